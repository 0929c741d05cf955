package dev.weft.ui.common;

import javafx.scene.control.Alert;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.TextArea;
import javafx.stage.Window;

/** Shows a request as a curl command to copy; the token is always an environment variable in it. */
public final class CurlDialog {
    private CurlDialog() {
    }

    public static void show(Window owner, String what, String curl) {
        TextArea text = new TextArea(curl);
        text.setAccessibleText("The request as a curl command");
        text.setId("curl-text");
        text.setEditable(false);
        text.setWrapText(true);
        text.setPrefRowCount(8);
        text.setPrefColumnCount(70);
        text.getStyleClass().add("monospace");
        ButtonType copy = new ButtonType("Copy", ButtonBar.ButtonData.OK_DONE);
        Alert alert = new Alert(Alert.AlertType.NONE, "", copy, ButtonType.CLOSE);
        alert.initOwner(owner);
        alert.setTitle("Copy as curl");
        alert.setHeaderText(what + " — as a curl command. Set the token in your shell first; it is never in this text.");
        alert.getDialogPane().setContent(text);
        alert.getDialogPane().setId("curl-dialog");
        alert.setResultConverter(b -> {
            if (b == copy) {
                ClipboardText.put(curl);
            }
            return b;
        });
        alert.show();
    }
}
