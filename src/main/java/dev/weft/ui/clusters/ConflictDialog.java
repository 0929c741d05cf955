package dev.weft.ui.clusters;

import com.fasterxml.jackson.databind.JsonNode;
import dev.weft.api.kupe.KupeCluster;
import dev.weft.ui.common.DialogPadding;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.layout.GridPane;
import javafx.stage.Window;

import java.util.Objects;

/** Someone changed the cluster first: their version beside your change; nothing is overwritten silently. */
final class ConflictDialog extends Dialog<ConflictDialog.Choice> {
    enum Choice { REAPPLY, DISCARD }

    ConflictDialog(Window owner, KupeCluster loaded, KupeCluster theirs, KupeCluster yours, KupeCluster.Patch change) {
        initOwner(owner);
        setTitle("Changed on the server");
        setHeaderText(theirs.name() + " was changed on the server after you opened it. Nothing was saved.");
        getDialogPane().setId("conflict-dialog");
        GridPane g = new GridPane();
        g.setHgap(14);
        g.setVgap(6);
        g.setPadding(DialogPadding.CONTENT);
        g.addRow(0, bold("Field"), bold("When you opened it"), bold("On the server now"), bold("Your change"));
        KupeCluster.Resources l = orEmpty(loaded.resources());
        KupeCluster.Resources t = orEmpty(theirs.resources());
        KupeCluster.Resources y = orEmpty(yours.resources());
        int r = 1;
        r = row(g, r, "Version", loaded.version(), theirs.version(), yours(change, "version", yours.version()));
        r = row(g, r, "CPU", l.cpu(), t.cpu(), yours(change, "resources.cpu", y.cpu()));
        r = row(g, r, "Memory", l.memory(), t.memory(), yours(change, "resources.memory", y.memory()));
        r = row(g, r, "Storage", l.storage(), t.storage(), yours(change, "resources.storage", y.storage()));
        row(g, r, "Alerts", text(loaded.alerts()), text(theirs.alerts()), yours(change, "alerts", text(yours.alerts())));
        getDialogPane().setContent(g);
        ButtonType reapply = new ButtonType("Reload and re-apply my change", ButtonBar.ButtonData.OK_DONE);
        ButtonType discard = new ButtonType("Discard mine", ButtonBar.ButtonData.CANCEL_CLOSE);
        getDialogPane().getButtonTypes().setAll(reapply, discard);
        getDialogPane().lookupButton(reapply).setId("conflict-reapply");
        getDialogPane().lookupButton(discard).setId("conflict-discard");
        setResultConverter(b -> b == reapply ? Choice.REAPPLY : Choice.DISCARD);
    }

    private static int row(GridPane g, int r, String field, String loaded, String theirs, String yours) {
        if (yours == null && Objects.equals(loaded, theirs)) {
            return r;
        }
        Label now = new Label(nz(theirs));
        if (!Objects.equals(loaded, theirs)) {
            now.getStyleClass().add("status-error");
        }
        g.addRow(r, new Label(field), new Label(nz(loaded)), now, new Label(yours == null ? "(unchanged)" : yours));
        return r + 1;
    }

    /** The user's value where the change touches the field: null where it does not, "(removed)" where it empties it. */
    private static String yours(KupeCluster.Patch change, String path, String value) {
        return !change.changes(path) ? null : value == null ? "(removed)" : value;
    }

    private static Label bold(String s) {
        Label l = new Label(s);
        l.setStyle("-fx-font-weight: bold;");
        return l;
    }

    private static KupeCluster.Resources orEmpty(KupeCluster.Resources r) {
        return r == null ? new KupeCluster.Resources(null, null, null) : r;
    }

    private static String text(JsonNode n) {
        return n == null ? null : n.toString();
    }

    private static String nz(String s) {
        return s == null ? "—" : s;
    }
}
