package dev.weft.ui.common;

import dev.weft.testing.Waits;
import javafx.scene.Scene;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

import static org.assertj.core.api.Assertions.assertThat;

/** What "Choose file…" puts in a form is the user's work: Escape asks before dropping it, as for what they type. */
@ExtendWith(ApplicationExtension.class)
class Base64FileTest {
    private Stage stage;
    private Dialog<Void> dialog;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        stage.setScene(new Scene(new StackPane(), 300, 200));
        stage.show();
    }

    @Test
    void aFileWithoutTheUsualEndingCanStillBeChosen() {
        var offered = Base64File.offered(new javafx.stage.FileChooser.ExtensionFilter("Certificate", "*.pem", "*.crt"));
        assertThat(offered).extracting(javafx.stage.FileChooser.ExtensionFilter::getDescription)
                .as("the named kind first, the one the chooser opens on").containsExactly("Certificate", "All files");
        assertThat(offered.get(1).getExtensions()).containsExactly("*", "*.*");
        assertThat(Base64File.offered()).as("no kind named: the chooser's own, every file").isEmpty();
    }

    @Test
    void whatAChosenFilePutsInAFieldCountsAsTypedThere(FxRobot robot) {
        robot.interact(() -> {
            dialog = new Dialog<>();
            dialog.initOwner(stage);
            dialog.getDialogPane().getButtonTypes().add(ButtonType.CANCEL);
            TextField first = new TextField();
            TextField ca = new TextField();
            // As a form's file is chosen: read, then put in the field (the file chooser itself is the OS's window).
            dialog.getDialogPane().setContent(new VBox(8, first, Base64File.fieldWithChooser(ca, () -> ca.setText("Y2E="))));
            UnsentChanges unsent = new UnsentChanges(dialog);
            dialog.setOnShown(e -> unsent.watch());
            dialog.setOnCloseRequest(e -> unsent.onCloseRequest(e, false));
            dialog.show();
        });
        robot.clickOn("Choose file…");
        robot.press(KeyCode.ESCAPE).release(KeyCode.ESCAPE);
        Waits.fx(() -> robot.lookup("#discard-question").tryQuery().isPresent());
        robot.clickOn("#discard-keep");
        Waits.fx(() -> robot.lookup("#discard-question").tryQuery().isEmpty());
        assertThat(dialog.isShowing()).as("kept, with the chosen file's content").isTrue();
        robot.interact(() -> dialog.setOnCloseRequest(null));
        robot.interact(dialog::close);
    }
}
