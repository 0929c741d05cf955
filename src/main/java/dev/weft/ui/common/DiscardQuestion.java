package dev.weft.ui.common;

import javafx.scene.control.Alert;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.stage.Window;

/** Asks before a form with changes is closed unsent; keeping it is the answer Enter and Escape give. */
final class DiscardQuestion {
    private DiscardQuestion() {
    }

    /** True when the user chose to drop the changes. */
    static boolean ask(Window owner, String formTitle) {
        ButtonType keep = new ButtonType("Keep editing", ButtonBar.ButtonData.CANCEL_CLOSE);
        ButtonType drop = new ButtonType("Discard", ButtonBar.ButtonData.OTHER);
        Alert alert = new Alert(Alert.AlertType.CONFIRMATION, "What you entered in “" + formTitle + "” has not been sent.", keep, drop);
        alert.initOwner(owner);
        alert.setTitle(formTitle);
        alert.setHeaderText("Discard your changes?");
        alert.getDialogPane().setId("discard-question");
        Button keepButton = (Button) alert.getDialogPane().lookupButton(keep);
        keepButton.setDefaultButton(true);
        keepButton.setId("discard-keep");
        alert.getDialogPane().lookupButton(drop).setId("discard-drop");
        return alert.showAndWait().filter(drop::equals).isPresent();
    }
}
