package dev.weft.ui.common;

import dev.weft.api.FieldViolation;
import dev.weft.testing.Waits;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** A form says in words, under its fields, what the server refused in each, and unblocks as the user mends it. */
@ExtendWith(ApplicationExtension.class)
class RuleFormTest {
    private RuleForm form;
    private TextField name;
    private TextField region;

    @Start
    void start(Stage stage) {
        name = new TextField("analytics");
        region = new TextField("US-EAST-04A");
        form = new RuleForm();
        form.add("Bucket name", name, "name");
        form.add("Region", region, "region");
        form.rules(() -> name.getText().isEmpty() ? List.of(new FieldViolation("name", "is required")) : List.of());
        VBox root = new VBox(form.grid());
        root.getChildren().addAll(form.lines());
        stage.setScene(new Scene(root, 500, 300));
        stage.show();
        form.shown();
    }

    @Test
    void whatTheServerRefusedIsSaidAfterEachFieldsLabelUntilTheUserChangesThatField(FxRobot robot) {
        Label wrong = robot.lookup("#form-problems").queryAs(Label.class);
        Waits.fx(() -> !form.blockedProperty().get());
        assertThat(wrong.isVisible()).isFalse();

        robot.interact(() -> form.showServerViolations(List.of(new FieldViolation("name", "is taken by another organization"),
                new FieldViolation("region", "has no capacity left")), "The server did not accept it:"));
        Waits.fx(() -> wrong.getText().equals("Bucket name: is taken by another organization.\nRegion: has no capacity left."));
        assertThat(robot.lookup("#form-error").queryAs(Label.class).getText()).isEqualTo("The server did not accept it:");
        assertThat(form.blockedProperty().get()).as("not sent again unchanged").isTrue();

        robot.interact(() -> name.setText("analytics-2"));
        Waits.fx(() -> wrong.getText().equals("Region: has no capacity left."));
        robot.interact(() -> region.setText("US-WEST-04A"));
        Waits.fx(() -> !wrong.isVisible() && !form.blockedProperty().get());
    }
}
