package dev.weft.ui.clusters;

import dev.weft.ui.common.DialogPadding;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.VBox;
import javafx.stage.Window;

/** Deleting asks the user to type the cluster's name: the button stays disabled until it matches exactly. */
final class DeleteClusterDialog extends Dialog<Boolean> {
    DeleteClusterDialog(Window owner, ClusterRow row) {
        initOwner(owner);
        setTitle("Delete cluster");
        setHeaderText("Delete the cluster “" + row.name() + "”?");
        getDialogPane().setId("delete-dialog");
        Label what = new Label((row.failed()
                ? "The cluster failed; deleting it is the way out. Its workloads and data are lost."
                : "The cluster, its nodes and everything running on them are deleted. This cannot be undone.")
                // Left behind, a VPC holds its prefixes: where it is deleted is said here, where the cluster goes.
                + (row.isKupe() ? "" : " Its VPC stays; once no cluster is in it, “VPCs…” deletes it."));
        what.setWrapText(true);
        Label ask = new Label("Type the cluster's name to confirm:");
        TextField typed = new TextField();
        typed.setId("delete-confirm-name");
        ask.setLabelFor(typed);
        typed.setPromptText(row.name());
        VBox box = new VBox(10, what, ask, typed);
        box.setPadding(DialogPadding.CONTENT);
        box.setPrefWidth(460);
        getDialogPane().setContent(box);
        ButtonType delete = new ButtonType("Delete", ButtonBar.ButtonData.OK_DONE);
        getDialogPane().getButtonTypes().setAll(delete, ButtonType.CANCEL);
        Button button = (Button) getDialogPane().lookupButton(delete);
        button.setId("delete-confirm");
        button.getStyleClass().add("danger");
        button.disableProperty().bind(typed.textProperty().isNotEqualTo(row.name()));
        setResultConverter(b -> b == delete);
        setOnShown(e -> typed.requestFocus());
    }
}
