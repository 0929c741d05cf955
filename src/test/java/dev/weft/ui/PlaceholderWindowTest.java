package dev.weft.ui;

import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

import static org.assertj.core.api.Assertions.assertThat;

/** The window opens headless (Monocle) with its title and its text. */
@ExtendWith(ApplicationExtension.class)
class PlaceholderWindowTest {
    private Stage stage;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        new WeftApp().start(stage);
    }

    @Test
    void theWindowIsTitledWeftAndSaysWhatItIs(FxRobot robot) {
        assertThat(stage.getTitle()).isEqualTo("Weft");
        assertThat(stage.isShowing()).isTrue();
        Label subtitle = robot.lookup("#subtitle").queryAs(Label.class);
        assertThat(subtitle.getText()).contains("CoreWeave");
        Scene scene = stage.getScene();
        assertThat(scene.getWidth()).isGreaterThan(0);
    }
}
