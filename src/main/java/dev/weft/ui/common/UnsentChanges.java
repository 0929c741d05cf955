package dev.weft.ui.common;

import javafx.scene.control.Dialog;
import javafx.scene.control.DialogEvent;
import javafx.stage.Window;

/**
 * A dialog that asks before it is closed unsent (Escape, Cancel, its close button) with a field changed:
 * Escape is pressed by reflex, to leave a field or close a list, and a cluster's dozen fields, or a token
 * pasted from elsewhere, went without a word. "Keep editing" is the answer Enter and Escape give.
 */
public final class UnsentChanges {
    private final Dialog<?> dialog;
    private final EditedFields edited = new EditedFields();

    public UnsentChanges(Dialog<?> dialog) {
        this.dialog = dialog;
    }

    /** The dialog is on screen: from now on, what the user changes counts. */
    public void watch() {
        edited.watch(dialog.getDialogPane().getScene());
    }

    /**
     * For the dialog's close request: stops it when a field was changed and the user keeps editing. Not asked
     * when the dialog is closing because its work is {@code done}, nor when its main window is closing (Weft
     * quits, and the windows it owns close with it): the dialog could not be kept without it.
     */
    public void onCloseRequest(DialogEvent request, boolean done) {
        Window owner = dialog.getOwner();
        boolean quitting = owner != null && !owner.isShowing();
        if (!done && !quitting && edited.any() && !discard()) {
            request.consume();
        }
    }

    private boolean discard() {
        return KeepOrDrop.drop(dialog.getDialogPane().getScene().getWindow(), "discard", dialog.getTitle(), "Discard your changes?",
                "What you entered in “" + dialog.getTitle() + "” will be lost.", "Keep editing", "Discard");
    }
}
