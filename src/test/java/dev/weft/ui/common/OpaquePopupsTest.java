package dev.weft.ui.common;

import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.Label;
import javafx.scene.control.MenuItem;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Where windows cannot be see-through, a popup's shadow margin is painted white: the popup goes without one. */
@ExtendWith(ApplicationExtension.class)
class OpaquePopupsTest {
    private Label owner;
    private Stage stage;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        owner = new Label("right-click me");
        Scene scene = new Scene(new StackPane(owner), 300, 200);
        Themes.apply(scene, true);
        stage.setScene(scene);
        stage.show();
    }

    @Test
    void aMenuWithoutItsShadowIsOnlyItsContentNoMarginAroundIt(FxRobot robot) {
        ContextMenu menu = WaitForAsyncUtils.waitForAsyncFx(5000, () -> new ContextMenu(new MenuItem("Add profile…"), new MenuItem("Remove profile…")));
        robot.interact(() -> menu.show(owner, stage.getX() + 20, stage.getY() + 20));
        assertThat(WaitForAsyncUtils.waitForAsyncFx(5000, () -> shadowed(menu.getScene().getRoot())))
                .as("the theme's menus have a shadow, whose margin the popup's window holds").isNotEmpty();
        double withShadow = menu.getWidth();

        robot.interact(() -> OpaquePopups.flatten(menu));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(WaitForAsyncUtils.waitForAsyncFx(5000, () -> shadowed(menu.getScene().getRoot()))).isEmpty();
        double content = WaitForAsyncUtils.waitForAsyncFx(5000, () -> menu.getSkin().getNode().getLayoutBounds().getWidth());
        assertThat(menu.getWidth()).as("the window as wide as the menu itself").isLessThan(withShadow).isCloseTo(content,
                org.assertj.core.data.Offset.offset(1.0));
        robot.interact(menu::hide);
    }

    private static List<Node> shadowed(Node node) {
        List<Node> found = new ArrayList<>();
        if (node.getEffect() != null) {
            found.add(node);
        }
        if (node instanceof Parent p) {
            for (Node child : p.getChildrenUnmodifiable()) {
                found.addAll(shadowed(child));
            }
        }
        return found;
    }
}
