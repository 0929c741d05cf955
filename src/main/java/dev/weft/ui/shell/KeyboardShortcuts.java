package dev.weft.ui.shell;

import dev.weft.ui.common.DialogPadding;
import dev.weft.ui.common.Keys;
import javafx.scene.Scene;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCombination;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Region;
import javafx.stage.Window;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The window's keyboard shortcuts, each registered and described in one place, so that the sheet (F1,
 * or Preferences) lists exactly what works, in this platform's words ("Ctrl+R", "⌘R").
 */
final class KeyboardShortcuts {
    /** A line of the sheet: the keys and what they do; a heading has no keys. */
    record Line(String keys, String does) {
    }

    private final Scene scene;
    private final List<Line> lines = new ArrayList<>();
    private Alert sheet;

    KeyboardShortcuts(Scene scene) {
        this.scene = scene;
    }

    void heading(String title) {
        lines.add(new Line(null, title));
    }

    /** Runs {@code action} on any of {@code keys} anywhere in the window, and lists them on one line. */
    void add(String does, Runnable action, KeyCombination... keys) {
        for (KeyCombination k : keys) {
            scene.getAccelerators().put(k, action);
        }
        describe(does, keys);
    }

    /** Lists keys that a part of the window handles itself (a table's rows). */
    void describe(String does, KeyCombination... keys) {
        lines.add(new Line(Arrays.stream(keys).map(Keys::words).collect(Collectors.joining(" or ")), does));
    }

    /** The sheet's height beside its list (header, button bar, title bar), with a margin: measured ~150 px. */
    private static final double SHEET_CHROME = 200;

    /** The sheet, beside the window; brought forward if it is open already. */
    void show(Window owner) {
        if (sheet != null && sheet.isShowing()) {
            ((javafx.stage.Stage) sheet.getDialogPane().getScene().getWindow()).toFront();
            return;
        }
        GridPane grid = new GridPane();
        grid.setHgap(16);
        grid.setVgap(6);
        grid.setPadding(DialogPadding.CONTENT);
        ColumnConstraints keys = new ColumnConstraints();
        keys.setMinWidth(Region.USE_PREF_SIZE); // the keys whole; the words beside them wrap
        grid.getColumnConstraints().setAll(keys);
        int row = 0;
        for (Line line : lines) {
            if (line.keys() == null) {
                Label title = new Label(line.does());
                title.getStyleClass().add("shortcuts-heading");
                grid.add(title, 0, row++, 2, 1);
                continue;
            }
            Label k = new Label(line.keys());
            k.getStyleClass().add("shortcut-keys");
            Label does = new Label(line.does());
            does.setWrapText(true);
            grid.addRow(row++, k, does);
        }
        sheet = new Alert(Alert.AlertType.NONE, "", ButtonType.CLOSE);
        sheet.initOwner(owner);
        sheet.initModality(javafx.stage.Modality.NONE); // open beside the window while trying them
        sheet.setTitle("Keyboard shortcuts");
        sheet.setHeaderText("Keyboard shortcuts");
        sheet.getDialogPane().setId("shortcuts-dialog");
        // Scrolled in a short screen (a 768-px laptop's cut the Close button off): as tall as the screen leaves
        // beside the sheet's header and button, and then moved whole onto it.
        javafx.scene.control.ScrollPane scroll = dev.weft.ui.common.Scrolling.down(grid);
        scroll.getStyleClass().add("edge-to-edge");
        javafx.geometry.Rectangle2D screen = dev.weft.ui.common.OnScreen.boundsFor(owner, owner.getWidth(), owner.getHeight());
        scroll.setMaxHeight(Math.max(160, screen.getHeight() - SHEET_CHROME));
        sheet.getDialogPane().setContent(scroll);
        sheet.setOnShown(e -> dev.weft.ui.common.OnScreen.moveInto(sheet.getDialogPane().getScene().getWindow()));
        Alert shown = sheet; // told by its showing, which follows its window however that is closed (onHidden does not)
        shown.showingProperty().addListener((o, was, now) -> {
            if (!now && sheet == shown) {
                sheet = null; // closed, it is let go (a new one is made at the next F1)
            }
        });
        sheet.show();
    }
}
