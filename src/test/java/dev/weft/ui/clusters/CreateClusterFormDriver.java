package dev.weft.ui.clusters;

import dev.weft.testing.Waits;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.TextField;
import org.controlsfx.control.CheckComboBox;
import org.testfx.api.FxRobot;

/** Opens the new-cluster form from the Clusters tab and fills what a minimal cluster needs, as a user would. */
public record CreateClusterFormDriver(TextField name, ComboBox<String> zone, CheckComboBox<String> loadBalancers, Button submit) {

    @SuppressWarnings("unchecked")
    public static CreateClusterFormDriver openAndFill(FxRobot robot, String zone, String name, String loadBalancer) {
        robot.clickOn("#cluster-create");
        Waits.fx(() -> robot.lookup("#create-cluster").tryQuery().isPresent());
        CreateClusterFormDriver form = new CreateClusterFormDriver(robot.lookup("#cluster-name").queryAs(TextField.class),
                robot.lookup("#cluster-zone").queryAs(ComboBox.class), robot.lookup("#cluster-lbs").queryAs(CheckComboBox.class),
                robot.lookup("#create-cluster-submit").queryButton());
        robot.interact(() -> {
            form.zone.setValue(zone);
            form.name.setText(name);
            form.loadBalancers.getCheckModel().check(loadBalancer);
        });
        Waits.fx(() -> !form.submit.isDisabled());
        return form;
    }
}
