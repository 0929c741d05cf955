package dev.weft.ui.common;

import javafx.scene.control.Alert;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.stage.Window;

/**
 * Asks before what the user entered or set is lost. Keeping it is the default, and what Enter and Escape
 * answer: both are pressed by reflex. The question's parts have ids {@code <id>-question}, {@code <id>-keep}
 * and {@code <id>-drop}.
 */
public final class KeepOrDrop {
    private KeepOrDrop() {
    }

    /** Whether the user chose to let it go. */
    public static boolean drop(Window owner, String id, String title, String header, String content, String keepWords, String dropWords) {
        ButtonType keep = new ButtonType(keepWords, ButtonBar.ButtonData.CANCEL_CLOSE);
        ButtonType drop = new ButtonType(dropWords, ButtonBar.ButtonData.OTHER);
        Alert alert = new Alert(Alert.AlertType.CONFIRMATION, content, keep, drop);
        alert.initOwner(owner);
        alert.setTitle(title);
        alert.setHeaderText(header);
        alert.getDialogPane().setId(id + "-question");
        Button keepButton = (Button) alert.getDialogPane().lookupButton(keep);
        keepButton.setDefaultButton(true);
        keepButton.setId(id + "-keep");
        alert.getDialogPane().lookupButton(drop).setId(id + "-drop");
        return alert.showAndWait().filter(drop::equals).isPresent();
    }
}
