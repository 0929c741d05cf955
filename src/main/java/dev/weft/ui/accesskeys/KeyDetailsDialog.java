package dev.weft.ui.accesskeys;

import dev.weft.api.ApiException;
import dev.weft.api.Json;
import dev.weft.api.objectstorage.AccessKeyInfo;
import dev.weft.ui.common.CurlDialog;
import dev.weft.ui.common.DialogPadding;
import dev.weft.ui.common.ErrorPresenter;
import dev.weft.ui.common.FieldGrid;
import dev.weft.ui.common.FieldGrid.Field;
import dev.weft.ui.common.Moments;
import dev.weft.ui.common.Outcome;
import dev.weft.ui.common.StatusBadge;
import javafx.application.Platform;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.control.TitledPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.Window;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * One key inspected: every field the API gives (the organization and each attribute too, which the table
 * joins or leaves out), copy buttons for the identifiers, the raw JSON, and the key asked of the server
 * afresh as the dialog opens ({@code GET /access-key/{id}}): the list may be minutes old, and a key revoked
 * meanwhile elsewhere is what an administrator inspecting it needs to know. The table's row takes the answer.
 */
final class KeyDetailsDialog extends Dialog<Void> {
    private final VBox fields = new VBox(8);
    private final StatusBadge badge = new StatusBadge();
    private final TextArea raw = new TextArea();
    private final Label check = new Label("Checking with the server…");

    private final ButtonType revoke = new ButtonType("Revoke…", javafx.scene.control.ButtonBar.ButtonData.LEFT);
    private final ButtonType rotate = new ButtonType("Rotate…", javafx.scene.control.ButtonBar.ButtonData.LEFT);

    /**
     * @param revokeIt what the tab's Revoke… does for this key (its confirmation first), run once this dialog has closed
     * @param rotateIt what the rows' Rotate… does for this key, likewise
     */
    KeyDetailsDialog(Window owner, AccessKeysViewModel vm, KeyItem item, Runnable revokeIt, Runnable rotateIt) {
        initOwner(owner);
        setTitle("Access key");
        setResizable(true);
        getDialogPane().setId("key-details");
        AccessKeyInfo listed = item.info();
        Label title = new Label(listed.accessKeyId());
        title.getStyleClass().add("detail-title");
        title.setId("key-details-title");
        badge.setMinWidth(Region.USE_PREF_SIZE);
        HBox head = new HBox(10, title, badge);
        head.setAlignment(Pos.CENTER_LEFT);
        check.setId("key-details-check");
        check.setWrapText(true);
        check.setMinHeight(Region.USE_PREF_SIZE);
        Button curl = new Button("Copy as curl…");
        curl.setId("key-details-curl");
        curl.getStyleClass().addAll("flat", "small");
        curl.setMinWidth(Region.USE_PREF_SIZE);
        curl.setOnAction(e -> CurlDialog.show(getDialogPane().getScene().getWindow(), "Get this key", vm.curlGet(listed.accessKeyId())));
        HBox checkRow = new HBox(10, check, curl);
        HBox.setHgrow(check, Priority.ALWAYS);
        checkRow.setAlignment(Pos.CENTER_LEFT);
        raw.setId("key-details-raw");
        raw.setAccessibleText("The key as raw JSON");
        raw.setEditable(false);
        raw.setPrefRowCount(8);
        raw.getStyleClass().add("monospace");
        TitledPane rawPane = new TitledPane("Raw JSON", raw);
        rawPane.setExpanded(false);
        rawPane.setAnimated(false);
        // Scrolled past a height that leaves room for the rest on a small screen: a key may carry 20 attributes, and
        // all of them on one page put Close below the screen's edge.
        javafx.scene.control.ScrollPane scroll = dev.weft.ui.common.Scrolling.down(fields);
        scroll.setMaxHeight(Math.min(420, javafx.stage.Screen.getPrimary().getVisualBounds().getHeight() - 320));
        VBox content = new VBox(12, head, scroll, checkRow, rawPane);
        content.setPadding(DialogPadding.CONTENT);
        content.setPrefWidth(520);
        getDialogPane().setContent(content);
        getDialogPane().getButtonTypes().setAll(rotate, revoke, ButtonType.CLOSE);
        getDialogPane().lookupButton(rotate).setId("key-details-rotate");
        getDialogPane().lookupButton(rotate).addEventHandler(javafx.event.ActionEvent.ACTION, e -> Platform.runLater(rotateIt));
        // Inspected, a leaked key is revoked from here: the same question as the toolbar's, once this has closed.
        getDialogPane().lookupButton(revoke).setId("key-details-revoke");
        getDialogPane().lookupButton(revoke).addEventHandler(javafx.event.ActionEvent.ACTION, e -> Platform.runLater(revokeIt));
        // The keyboard starts on Close, not on the first button: Space there would have asked to revoke.
        setOnShown(e -> getDialogPane().lookupButton(ButtonType.CLOSE).requestFocus());
        showKey(listed, vm.nowProperty().get());
        vm.inspect(item).whenComplete((now, failure) -> Platform.runLater(() -> {
            if (failure != null) {
                checked(failure);
            } else {
                showKey(now, Instant.now());
                Outcome.went(check, (now.equals(listed) ? "As the server reports it now" : "Changed since the list was read; "
                        + "shown as the server reports it now") + " (" + Moments.timeOfDay(Instant.now()) + ").");
            }
        }));
    }

    private void checked(Throwable failure) {
        Throwable cause = ErrorPresenter.unwrap(failure);
        Outcome.failed(check, cause instanceof ApiException a && a.httpStatus() == 404
                ? "The server does not know this key any more. Refresh the list to see it as it is now."
                : "Could not check with the server: " + ErrorPresenter.sentence(failure) + " Shown as last listed.");
    }

    private void showKey(AccessKeyInfo k, Instant now) {
        getDialogPane().lookupButton(revoke).setDisable(AccessKeyInfo.REVOKED.equals(k.status()));
        getDialogPane().lookupButton(rotate).setDisable(AccessKeyInfo.REVOKED.equals(k.status()));
        badge.show(KeyStatus.words(k.status()), KeyStatus.tone(k.status()), false);
        List<Field> key = new ArrayList<>();
        key.add(Field.copyable("Access key ID", k.accessKeyId()));
        key.add(Field.copyable("Principal", k.principalName()));
        key.add(Field.of("Status", k.status()));
        key.add(Field.of("Expires", expires(k, now)));
        key.add(Field.copyable("Organization", k.orgId()));
        List<Field> attributes = k.attributes().entrySet().stream().sorted(java.util.Map.Entry.comparingByKey())
                .map(e -> Field.copyable(e.getKey(), e.getValue())).filter(Objects::nonNull).toList();
        Label attributesTitle = new Label(attributes.isEmpty() ? "No attributes" : "Attributes");
        attributesTitle.getStyleClass().add("detail-label");
        fields.getChildren().setAll(FieldGrid.of(key.stream().filter(Objects::nonNull).toList(), "key-detail-"), attributesTitle,
                FieldGrid.of(attributes, "key-attribute-"));
        raw.setText(Json.pretty(k, "(could not be shown)"));
    }

    /** "2026-12-07 04:50:00 CET · in 2 h 59 min" (the zone named: an audit compares it with logs), "never (a permanent key)". */
    static String expires(AccessKeyInfo k, Instant now) {
        if (k.permanent() || k.expiry() == null) {
            return "never (a permanent key)";
        }
        String when = Moments.detailed(k.expiry()) + "  ·  ";
        return AccessKeyInfo.REVOKED.equals(k.status()) ? when + "revoked before then" : when + Countdown.of(k.expiry(), false, now);
    }
}
