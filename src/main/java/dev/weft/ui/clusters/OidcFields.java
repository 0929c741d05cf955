package dev.weft.ui.clusters;

import dev.weft.api.cks.Oidc;
import dev.weft.service.BackgroundWork;
import dev.weft.ui.common.Base64File;
import dev.weft.ui.common.FieldLabel;
import dev.weft.ui.common.FormValues;
import dev.weft.ui.common.RuleForm;
import javafx.scene.Node;
import javafx.scene.control.TextField;
import javafx.scene.control.TitledPane;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;

import java.util.List;
import java.util.Objects;
import java.util.function.Consumer;

/**
 * A cluster's OIDC settings, the same in the create and the edit forms: the issuer and client ID (laid out by each
 * form beside its other fields), and under "More OIDC settings" what decides who a token makes a user — the claims
 * and prefixes for the user and their groups (RBAC by group needs the groups claim), a claim every token must hold,
 * a group made cluster-admin, and the issuer's CA.
 */
final class OidcFields {
    final TextField issuer = new TextField();
    final TextField client = new TextField();
    private final TextField usernameClaim = new TextField();
    private final TextField usernamePrefix = new TextField();
    private final TextField groupsClaim = new TextField();
    private final TextField groupsPrefix = new TextField();
    private final TextField requiredClaim = new TextField();
    private final TextField adminGroup = new TextField();
    private final TextField ca = new TextField();
    private final TitledPane more;
    /** The settings beyond the issuer and client, in the order {@link #details()} gives them. */
    private final List<TextField> detailFields = List.of(usernameClaim, usernamePrefix, groupsClaim, groupsPrefix, requiredClaim,
            adminGroup, ca);

    /**
     * @param ids     the form's id prefix ("cluster", "edit"): the fields are {@code <ids>-oidc-issuer} and so on
     * @param shown   the cluster's OIDC to show, or null
     * @param problem where a CA file that cannot be read is said
     */
    OidcFields(String ids, RuleForm form, BackgroundWork work, Oidc shown, Consumer<String> problem) {
        issuer.setPromptText("https://issuer.example.com");
        // Examples, not defaults: an empty field sends nothing, and the server's defaults are its own.
        usernameClaim.setPromptText("e.g. email");
        usernamePrefix.setPromptText("e.g. oidc:");
        groupsClaim.setPromptText("e.g. groups");
        groupsPrefix.setPromptText("e.g. oidc:");
        requiredClaim.setPromptText("e.g. hd=example.com");
        adminGroup.setPromptText("a group given cluster-admin");
        GridPane grid = new GridPane();
        grid.setHgap(10);
        grid.setVgap(8);
        ColumnConstraints labels = new ColumnConstraints();
        labels.setMinWidth(Region.USE_PREF_SIZE);
        ColumnConstraints fields = new ColumnConstraints();
        fields.setHgrow(Priority.ALWAYS);
        grid.getColumnConstraints().setAll(labels, fields);
        Node caRow = Base64File.certificateField(ca, "The OIDC issuer's CA", work, problem);
        int row = 0;
        row = detail(grid, row, form, ids, "Username claim", usernameClaim, usernameClaim, "usernameClaim");
        row = detail(grid, row, form, ids, "Username prefix", usernamePrefix, usernamePrefix, "usernamePrefix");
        row = detail(grid, row, form, ids, "Groups claim", groupsClaim, groupsClaim, "groupsClaim");
        row = detail(grid, row, form, ids, "Groups prefix", groupsPrefix, groupsPrefix, "groupsPrefix");
        row = detail(grid, row, form, ids, "Required claim", requiredClaim, requiredClaim, "requiredClaim");
        row = detail(grid, row, form, ids, "Admin group", adminGroup, adminGroup, "adminGroupBinding");
        detail(grid, row, form, ids, "CA certificate", ca, caRow, "ca");
        issuer.setId(ids + "-oidc-issuer");
        client.setId(ids + "-oidc-client");
        if (shown != null) {
            issuer.setText(FormValues.shown(shown.issuerUrl()));
            client.setText(FormValues.shown(shown.clientId()));
            usernameClaim.setText(FormValues.shown(shown.usernameClaim()));
            usernamePrefix.setText(FormValues.shown(shown.usernamePrefix()));
            groupsClaim.setText(FormValues.shown(shown.groupsClaim()));
            groupsPrefix.setText(FormValues.shown(shown.groupsPrefix()));
            requiredClaim.setText(FormValues.shown(shown.requiredClaim()));
            adminGroup.setText(FormValues.shown(shown.adminGroupBinding()));
            ca.setText(FormValues.shown(shown.ca()));
        }
        more = new TitledPane("More OIDC settings", grid);
        more.setId(ids + "-oidc-more");
        more.setMaxWidth(Double.MAX_VALUE);
        // Open where the cluster has any of them, so what it has is seen; closed otherwise, the form kept short. Closed,
        // its title says how many are set, so nothing is sent that the user cannot tell is there.
        more.setExpanded(details().stream().anyMatch(Objects::nonNull));
        javafx.beans.InvalidationListener title = o -> {
            long set = details().stream().filter(Objects::nonNull).count();
            more.setText("More OIDC settings" + (set == 0 ? "" : " · " + set + " set"));
        };
        detailFields.forEach(f -> f.textProperty().addListener(title));
        title.invalidated(null);
        form.openOnProblem(more);
    }

    /** Lays out one of the settings beyond the issuer and client, tied to the form's rules by its path below "oidc". */
    private static int detail(GridPane grid, int row, RuleForm form, String ids, String label, TextField field, Node shown,
                              String member) {
        field.setId(ids + "-oidc-" + member);
        grid.addRow(row, FieldLabel.of(label, field), shown);
        form.tie(field, "oidc." + member);
        return row + 1;
    }

    /** The section of the settings beyond the issuer and client ID. */
    TitledPane more() {
        return more;
    }

    /**
     * The OIDC the fields describe: none when every field is empty; {@code before} itself while they say what it does.
     * Its signing algorithms, which the form does not show (the API knows one), are kept.
     */
    Oidc value(Oidc before) {
        String issuerUrl = FormValues.text(issuer.getText());
        String clientId = FormValues.text(client.getText());
        List<String> d = details();
        if (issuerUrl == null && clientId == null && d.stream().allMatch(Objects::isNull)) {
            return null;
        }
        Oidc now = new Oidc(issuerUrl, clientId, d.get(0), d.get(1), d.get(2), d.get(3), d.get(6), d.get(4), d.get(5),
                before == null ? null : before.signingAlgorithms());
        return before != null && now.equals(blanksAsNone(before)) ? before : now;
    }

    /** The claims, prefixes, required claim, admin group and CA, in that order; null for each left empty. */
    private List<String> details() {
        return detailFields.stream().map(f -> FormValues.text(f.getText())).toList();
    }

    /** The server's OIDC as the fields would read it back: an empty text is no text. */
    private static Oidc blanksAsNone(Oidc o) {
        return new Oidc(FormValues.text(o.issuerUrl()), FormValues.text(o.clientId()), FormValues.text(o.usernameClaim()),
                FormValues.text(o.usernamePrefix()), FormValues.text(o.groupsClaim()), FormValues.text(o.groupsPrefix()),
                FormValues.text(o.ca()), FormValues.text(o.requiredClaim()), FormValues.text(o.adminGroupBinding()),
                o.signingAlgorithms());
    }
}
