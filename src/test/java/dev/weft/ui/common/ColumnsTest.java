package dev.weft.ui.common;

import javafx.geometry.Orientation;
import javafx.scene.Scene;
import javafx.scene.control.ScrollBar;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/** A table narrower than its columns scrolls to them, and fills its width again once it is wide. */
@ExtendWith(ApplicationExtension.class)
class ColumnsTest {
    private TableView<String> table;
    private Stage stage;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        table = new TableView<>();
        for (int i = 0; i < 6; i++) {
            TableColumn<String, String> c = Columns.plain("Column " + i, s -> s);
            c.setMinWidth(150);
            table.getColumns().add(c);
        }
        table.getItems().addAll("a", "b", "c");
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        Columns.scrollWhenCut(table);
        stage.setScene(new Scene(table, 500, 300));
        stage.show();
    }

    @Test
    void theLastColumnsOfATooNarrowTableAreReachedByScrolling(FxRobot robot) throws Exception {
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> horizontalBar().isVisible());
        assertThat(horizontalBar().getMax()).as("a scroll bar over what is cut").isGreaterThan(0);
        robot.interact(() -> horizontalBar().setValue(horizontalBar().getMax()));
        WaitForAsyncUtils.waitForFxEvents();
        javafx.scene.Node last = robot.lookup(".table-row-cell .table-cell").queryAll().stream()
                .filter(n -> n instanceof javafx.scene.control.TableCell<?, ?> cell && cell.getTableColumn() == table.getColumns().get(5))
                .findFirst().orElseThrow();
        assertThat(last.localToScene(last.getBoundsInLocal()).getMaxX()).as("the last column scrolled into the window")
                .isLessThanOrEqualTo(table.getWidth() + 1);

        robot.interact(() -> stage.setWidth(1200));
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> !horizontalBar().isVisible());
        WaitForAsyncUtils.waitForFxEvents();
        double sum = table.getColumns().stream().mapToDouble(TableColumn::getWidth).sum();
        assertThat(sum).as("wide again, the columns fill the table as before").isGreaterThan(1100);

        robot.interact(() -> table.getColumns().subList(2, 6).forEach(c -> c.setVisible(false)));
        robot.interact(() -> stage.setWidth(500));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(horizontalBar().isVisible()).as("two columns fit in 500 px: nothing to scroll").isFalse();
    }

    private ScrollBar horizontalBar() {
        return table.lookupAll(".scroll-bar").stream().map(ScrollBar.class::cast)
                .filter(b -> b.getOrientation() == Orientation.HORIZONTAL).findFirst().orElseThrow();
    }
}
