package dev.weft.ui.shell;

import dev.weft.api.Version;
import javafx.geometry.Insets;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.image.ImageView;
import javafx.scene.layout.VBox;
import javafx.stage.Window;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;

/** Version, licence, the third-party licences and where the log files are. */
final class AboutDialog {
    private AboutDialog() {
    }

    static void show(Window owner) {
        Alert a = new Alert(Alert.AlertType.NONE, "", ButtonType.CLOSE);
        a.initOwner(owner);
        a.setTitle("About Weft");
        a.setHeaderText("Weft " + Version.current());
        a.setGraphic(new ImageView(Shell.icon(64)));
        Label what = new Label("A desktop console for CoreWeave and Kupe Cloud. Licensed under the Apache License 2.0.");
        what.setWrapText(true);
        TextArea third = new TextArea(read("/dev/weft/THIRD-PARTY.txt"));
        third.setAccessibleText("Third-party software and licences");
        third.setId("about-third-party");
        third.setEditable(false);
        third.setPrefRowCount(10);
        third.getStyleClass().add("monospace");
        VBox box = new VBox(10, what, new Label("Third-party licences"), third);
        java.nio.file.Path logs = dev.weft.service.LogFile.folder();
        if (logs != null) { // where to find what happened, for a problem report
            javafx.scene.control.TextField where = new javafx.scene.control.TextField(logs.toString());
            where.setEditable(false);
            where.setId("about-logs");
            Label name = new Label("Log files (newest: weft-0.log)");
            name.setLabelFor(where);
            box.getChildren().addAll(name, where);
        }
        box.setPadding(new Insets(6));
        box.setPrefWidth(560);
        a.getDialogPane().setContent(box);
        a.getDialogPane().setId("about-dialog");
        a.show();
    }

    private static String read(String resource) {
        try (InputStream in = AboutDialog.class.getResourceAsStream(resource)) {
            return in == null ? "" : new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (java.io.IOException e) {
            return "";
        }
    }
}
