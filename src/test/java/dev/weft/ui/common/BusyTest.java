package dev.weft.ui.common;

import javafx.scene.Scene;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import static org.assertj.core.api.Assertions.assertThat;

/** The activity indicator turns only while someone could see it. */
@ExtendWith(ApplicationExtension.class)
class BusyTest {
    private final StackPane root = new StackPane();

    @Start
    void start(Stage stage) {
        stage.setScene(new Scene(root, 100, 100));
        stage.show();
    }

    @Test
    void turnsWhileVisibleInASceneAndStopsWhenHiddenOrTakenOut(FxRobot robot) throws Exception {
        Busy busy = WaitForAsyncUtils.asyncFx(() -> new Busy(18)).get();
        assertThat(busy.turning()).as("made, not yet shown").isFalse();

        robot.interact(() -> root.getChildren().add(busy));
        assertThat(busy.turning()).isTrue();
        double before = WaitForAsyncUtils.asyncFx(() -> busy.getChildrenUnmodifiable().get(0).getRotate()).get();
        WaitForAsyncUtils.waitFor(5, java.util.concurrent.TimeUnit.SECONDS,
                () -> busy.getChildrenUnmodifiable().get(0).getRotate() != before);

        robot.interact(() -> busy.setVisible(false));
        assertThat(busy.turning()).isFalse();
        robot.interact(() -> busy.setVisible(true));
        assertThat(busy.turning()).isTrue();

        robot.interact(() -> root.setVisible(false)); // as its tab or its table's placeholder is hidden
        double hidden = WaitForAsyncUtils.asyncFx(() -> busy.getChildrenUnmodifiable().get(0).getRotate()).get();
        Thread.sleep(400);
        assertThat(WaitForAsyncUtils.asyncFx(() -> busy.getChildrenUnmodifiable().get(0).getRotate()).get())
                .as("hidden with its parent, it does not step (and so draws no frame)").isEqualTo(hidden);
        robot.interact(() -> root.setVisible(true));
        WaitForAsyncUtils.waitFor(5, java.util.concurrent.TimeUnit.SECONDS,
                () -> busy.getChildrenUnmodifiable().get(0).getRotate() != hidden);

        robot.interact(() -> root.getChildren().clear()); // as a table cell drops its graphic
        assertThat(busy.turning()).as("not left turning where nobody can see it").isFalse();
    }
}
