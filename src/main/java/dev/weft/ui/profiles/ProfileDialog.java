package dev.weft.ui.profiles;

import dev.weft.api.FieldViolation;
import dev.weft.profiles.Profile;
import dev.weft.profiles.ProfileDraft;
import dev.weft.profiles.Provider;
import dev.weft.profiles.TokenStore;
import dev.weft.ui.common.DialogMessage;
import dev.weft.ui.common.DialogPadding;
import dev.weft.ui.common.ErrorPresenter;
import dev.weft.ui.common.FieldLabel;
import dev.weft.ui.common.FormProblems;
import dev.weft.ui.common.Outcome;
import dev.weft.ui.shell.ShellViewModel;
import javafx.application.Platform;
import javafx.beans.binding.Bindings;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.event.ActionEvent;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleButton;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.StackPane;
import javafx.stage.Window;
import org.controlsfx.validation.ValidationResult;
import org.controlsfx.validation.ValidationSupport;
import org.controlsfx.validation.Validator;

import java.util.List;
import java.util.Map;

/**
 * Add or edit a profile: name, provider, endpoint, tenant (Kupe) and token. Fields are checked as the
 * user types (ControlsFX decorations); the token is masked and revealed on demand; where the token
 * will be kept is said plainly. A failed save keeps everything typed.
 */
public final class ProfileDialog extends Dialog<Profile> {
    private final TextField name = new TextField();
    private final ComboBox<Provider> provider = new ComboBox<>();
    private final TextField endpoint = new TextField();
    private final TextField tenant = new TextField();
    private final PasswordField token = new PasswordField();
    private final TextField tokenShown = new TextField();
    private final Label connection = new Label();
    /** Under the fields, one row: what is wrong or still needed, then what a test or save answered. */
    private final javafx.scene.layout.VBox messages = new javafx.scene.layout.VBox(4, connection);
    private final BooleanProperty endpointEdited = new SimpleBooleanProperty();
    /** The tenant last filled in from the endpoint's URL, not typed. */
    private String tenantFilled;

    public ProfileDialog(Window owner, ShellViewModel vm, Profile existing, TokenStore store) {
        initOwner(owner);
        setTitle(existing == null ? "Add profile" : "Edit profile");
        setHeaderText(existing == null ? "Add a CoreWeave or Kupe Cloud account" : "Edit " + existing.name());
        getDialogPane().setId("profile-dialog");
        ButtonType saveType = new ButtonType(existing == null ? "Add" : "Save", ButtonBar.ButtonData.OK_DONE);
        ButtonType testType = new ButtonType("Test connection", ButtonBar.ButtonData.LEFT);
        getDialogPane().getButtonTypes().addAll(testType, saveType, ButtonType.CANCEL);

        name.setId("profile-name");
        provider.setId("profile-provider");
        endpoint.setId("profile-endpoint");
        tenant.setId("profile-tenant");
        token.setId("profile-token");
        tokenShown.setId("profile-token-shown");
        connection.setId("profile-connection");
        DialogMessage.attach(this, connection); // empty, it held a line of blank above the buttons
        provider.getItems().setAll(Provider.values());
        fill(existing);

        boolean sandbox = existing != null && existing.isSandbox();
        boolean hasToken = existing != null;
        GridPane grid = form(store, sandbox, hasToken);
        getDialogPane().setContent(grid);

        List<String> otherNames = vm.profiles().stream().filter(p -> p != existing).map(Profile::name).toList();
        ValidationSupport validation = new ValidationSupport();
        Map<String, Node> fields = Map.of("name", name, "endpoint", endpoint, "tenant", tenant, "token", token);
        fields.forEach((field, node) -> validation.registerValidator((javafx.scene.control.Control) node, false,
                (Validator<Object>) (control, value) -> {
                    ProfileDraft d = draft();
                    List<FieldViolation> problems = sandbox ? d.validateSandbox(otherNames) : d.validate(otherNames, !hasToken);
                    return problems.stream().filter(v -> v.field().equals(field)).findFirst()
                            .map(v -> ValidationResult.fromError(control, v.description()))
                            .orElse(new ValidationResult());
                }));
        FormProblems problems = new FormProblems(validation, grid);
        problems.lines().forEach(line -> DialogMessage.attach(this, line));
        messages.getChildren().addAll(0, problems.lines());
        setOnShowing(e -> problems.shown());
        // A token pasted from elsewhere, or an endpoint looked up, is asked about before Escape drops it.
        dev.weft.ui.common.UnsentChanges unsent = new dev.weft.ui.common.UnsentChanges(this);
        setOnShown(e -> unsent.watch());
        setOnCloseRequest(e -> unsent.onCloseRequest(e, getResult() != null));
        provider.valueProperty().addListener((o, a, b) -> {
            // The other provider's own endpoint is no one's choice for this one (a saved profile's is kept as "edited").
            boolean theLastDefault = a != null && endpoint.getText().strip().equals(a.defaultEndpoint.toString());
            if (!endpointEdited.get() || endpoint.getText().isBlank() || theLastDefault) {
                endpoint.setText(b.defaultEndpoint.toString());
                endpointEdited.set(false);
            }
            tenantFromEndpoint();
            validation.revalidate();
        });
        endpoint.textProperty().addListener((o, a, b) -> {
            if (endpoint.isFocused()) {
                endpointEdited.set(true);
            }
            tenantFromEndpoint();
        });
        // ...and the server it names is what is kept: shown as such once the field is left.
        endpoint.focusedProperty().addListener((o, was, now) -> {
            java.net.URI root = now ? null : draft().endpointUri();
            if (root != null && !root.toString().equals(endpoint.getText().strip())) {
                endpoint.setText(root.toString());
            }
        });

        Button save = (Button) getDialogPane().lookupButton(saveType);
        save.setId("profile-save");
        save.disableProperty().bind(validation.invalidProperty());
        save.addEventFilter(ActionEvent.ACTION, e -> {
            e.consume();
            save.disableProperty().unbind();
            save.setDisable(true);
            Outcome.running(connection, "Saving…");
            vm.save(existing, draft()).whenComplete((saved, failure) -> Platform.runLater(() -> {
                save.disableProperty().bind(validation.invalidProperty());
                if (failure != null) {
                    Outcome.failed(connection, "Not saved: " + ErrorPresenter.sentence(failure));
                } else {
                    setResult(saved);
                    close();
                }
            }));
        });
        Button test = (Button) getDialogPane().lookupButton(testType);
        test.setId("profile-test");
        test.addEventFilter(ActionEvent.ACTION, e -> {
            e.consume();
            Outcome.sending(test, connection, "Testing…");
            vm.testConnection(existing, draft()).whenComplete((text, failure) -> Platform.runLater(() -> {
                test.setDisable(false);
                String t = text != null ? text : "Failed: " + ErrorPresenter.sentence(failure);
                if (t.startsWith("Connected")) {
                    Outcome.went(connection, t);
                } else {
                    Outcome.failed(connection, t);
                }
            }));
        });
        setResultConverter(b -> null);
        getDialogPane().setPrefWidth(560);
    }

    /**
     * A URL from Kupe's documents names the tenant too: filled in where none is typed, and followed as the URL is
     * typed on ("…/tenants/a", "…/tenants/acme") until the user types a tenant of their own.
     */
    private void tenantFromEndpoint() {
        if (tenant.getText().isBlank() || tenant.getText().equals(tenantFilled)) {
            draft().tenantInEndpoint().ifPresent(t -> {
                tenantFilled = t;
                tenant.setText(t);
            });
        }
    }

    private void fill(Profile existing) {
        if (existing == null) {
            provider.setValue(Provider.COREWEAVE);
            endpoint.setText(Provider.COREWEAVE.defaultEndpoint.toString());
            return;
        }
        name.setText(existing.name());
        provider.setValue(existing.provider());
        endpoint.setText(existing.endpoint() == null ? "" : existing.endpoint().toString());
        tenant.setText(existing.tenant() == null ? "" : existing.tenant());
        endpointEdited.set(true);
        if (existing.isSandbox()) {
            provider.setDisable(true);
            endpoint.setDisable(true);
            endpoint.setPromptText("the local sandbox");
            tenant.setDisable(true);
        }
    }

    private GridPane form(TokenStore store, boolean sandbox, boolean hasToken) {
        GridPane g = new GridPane();
        g.setHgap(10);
        g.setVgap(8);
        g.setPadding(DialogPadding.CONTENT);
        name.setPromptText("e.g. Production");
        tenant.setPromptText("your Kupe tenant");
        token.setPromptText(hasToken ? "leave empty to keep the stored token" : "CW-SECRET-… or kupe_…");
        tokenShown.setPromptText(token.getPromptText());
        tokenShown.setAccessibleText("API token, shown");
        tokenShown.textProperty().bindBidirectional(token.textProperty());
        ToggleButton reveal = new ToggleButton("Show");
        reveal.setId("profile-token-reveal");
        reveal.textProperty().bind(Bindings.when(reveal.selectedProperty()).then("Hide").otherwise("Show"));
        tokenShown.visibleProperty().bind(reveal.selectedProperty());
        token.visibleProperty().bind(reveal.selectedProperty().not());
        StackPane tokenBox = new StackPane(token, tokenShown);
        HBox tokenRow = new HBox(6, tokenBox, reveal);
        HBox.setHgrow(tokenBox, Priority.ALWAYS);

        Label tenantLabel = FieldLabel.of("Tenant", tenant);
        tenantLabel.visibleProperty().bind(provider.valueProperty().isEqualTo(Provider.KUPE));
        tenant.visibleProperty().bind(tenantLabel.visibleProperty());
        tenantLabel.managedProperty().bind(tenantLabel.visibleProperty());
        tenant.managedProperty().bind(tenantLabel.visibleProperty());

        Label keychain = new Label(sandbox ? "The sandbox needs no token." : store.describe());
        keychain.setId("profile-keychain-note");
        keychain.setWrapText(true);
        keychain.getStyleClass().add(store.persistent() || sandbox ? "dialog-hint" : "dialog-warning");

        int r = 0;
        g.addRow(r++, FieldLabel.of("Name", name), name);
        g.addRow(r++, FieldLabel.of("Provider", provider), provider);
        g.addRow(r++, FieldLabel.of("Endpoint", endpoint), endpoint);
        g.addRow(r++, tenantLabel, tenant);
        if (!sandbox) {
            g.addRow(r++, FieldLabel.of("API token", tokenRow), tokenRow);
        }
        g.add(keychain, 1, r++);
        g.add(messages, 1, r);
        javafx.scene.layout.ColumnConstraints labels = new javafx.scene.layout.ColumnConstraints();
        labels.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        javafx.scene.layout.ColumnConstraints fields = new javafx.scene.layout.ColumnConstraints();
        fields.setHgrow(Priority.ALWAYS);
        fields.setFillWidth(true);
        g.getColumnConstraints().setAll(labels, fields);
        provider.setMaxWidth(Double.MAX_VALUE);
        return g;
    }

    /** The form as typed. */
    public ProfileDraft draft() {
        return new ProfileDraft(name.getText(), provider.getValue(), endpoint.getText(), tenant.getText(), token.getText());
    }
}
