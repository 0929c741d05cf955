package dev.weft.ui.common;

import dev.weft.api.CurlCommand;
import dev.weft.api.PowerShellCommand;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.stage.Window;

import java.util.Optional;

/**
 * Shows a request as a curl command to copy, or as PowerShell's (Windows' own shell reads neither a curl
 * command's quotes nor its line ends); the token is always an environment variable in it.
 */
public final class CurlDialog {
    private CurlDialog() {
    }

    /** Whether PowerShell is shown first: on Windows. */
    private static final boolean POWERSHELL_FIRST = dev.weft.domain.WindowsCommandLine.here();

    public static void show(Window owner, String what, String curl) {
        Optional<CurlCommand.Parsed> parsed = CurlCommand.parse(curl);
        Optional<String> powerShell = parsed.map(PowerShellCommand::render);
        String variable = parsed.map(CurlCommand.Parsed::tokenVariable).orElse(null);
        TextArea text = new TextArea(curl);
        text.setAccessibleText("The request as a command");
        text.setId("curl-text");
        text.setEditable(false);
        text.setWrapText(true);
        text.setPrefRowCount(8);
        text.setPrefColumnCount(70);
        text.getStyleClass().add("monospace");
        VBox content = new VBox(8, text);
        VBox.setVgrow(text, Priority.ALWAYS);
        Alert alert = new Alert(Alert.AlertType.NONE, "", new ButtonType("Copy", ButtonBar.ButtonData.OK_DONE), ButtonType.CLOSE);
        powerShell.ifPresent(ps -> {
            ToggleButton posix = new ToggleButton("curl (bash, zsh)");
            posix.setId("curl-shell-posix");
            ToggleButton windows = new ToggleButton("PowerShell");
            windows.setId("curl-shell-powershell");
            ToggleGroup shells = new ToggleGroup();
            shells.getToggles().setAll(posix, windows);
            shells.selectedToggleProperty().addListener((o, was, now) -> {
                if (now == null) {
                    was.setSelected(true); // one is always chosen
                    return;
                }
                text.setText(now == windows ? ps : curl);
                alert.setHeaderText(header(what, now == windows ? variable : null));
            });
            (POWERSHELL_FIRST ? windows : posix).setSelected(true);
            HBox row = new HBox(6, new Label("Shell"), posix, windows);
            row.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
            content.getChildren().add(0, row);
        });
        alert.initOwner(owner);
        alert.setTitle("Copy as curl");
        alert.setHeaderText(header(what, powerShell.isPresent() && POWERSHELL_FIRST ? variable : null));
        alert.getDialogPane().setContent(content);
        alert.getDialogPane().setId("curl-dialog");
        alert.setResultConverter(b -> {
            if (b.getButtonData() == ButtonBar.ButtonData.OK_DONE) {
                ClipboardText.put(text.getText());
            }
            return b;
        });
        alert.show();
    }

    /** @param powerShellVariable the token's variable when PowerShell's command is shown, else null */
    private static String header(String what, String powerShellVariable) {
        return powerShellVariable != null
                ? what + " — as a PowerShell command. Set $env:" + powerShellVariable + " first; the token is never in this text."
                : what + " — as a curl command. Set the token in your shell first; it is never in this text.";
    }
}
