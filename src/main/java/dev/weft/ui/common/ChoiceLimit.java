package dev.weft.ui.common;

import javafx.scene.control.TablePositionBase;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;

/**
 * Keeps a table's choice of several rows within a number. JavaFX 21 clears a choice in time that grows with
 * its square: 100,000 keys chosen by Ctrl+A took 3.2 s to clear at the next click or keystroke, the window
 * frozen (1,000: under a millisecond). Ctrl+A, and Shift with a click, Home or End, are refused where they would
 * choose more, and the refusal is told; a choice grown a row or a page at a time is left alone.
 */
public final class ChoiceLimit {
    private static final KeyCombination ALL = Keys.shortcut(KeyCode.A);

    private ChoiceLimit() {
    }

    /** @param most the most rows chosen at once, asked each time */
    public static void attach(TableView<?> table, java.util.function.IntSupplier most, Runnable refused) {
        table.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            int size = table.getItems().size();
            int reach = ALL.match(e) ? size
                    : e.isShiftDown() && e.getCode() == KeyCode.END ? size - anchor(table)
                    : e.isShiftDown() && e.getCode() == KeyCode.HOME ? anchor(table) + 1 : 0;
            if (reach > most.getAsInt()) {
                e.consume();
                refused.run();
            }
        });
        table.addEventFilter(MouseEvent.MOUSE_PRESSED, e -> {
            if (e.isShiftDown() && e.getButton() == MouseButton.PRIMARY) {
                int row = rowAt(e.getPickResult().getIntersectedNode());
                if (row >= 0 && Math.abs(row - anchor(table)) + 1 > most.getAsInt()) {
                    e.consume();
                    refused.run();
                }
            }
        });
    }

    /** Where a range chosen with Shift starts: the table's anchor (the row last clicked without Shift), else its focus. */
    private static int anchor(TableView<?> table) {
        if (table.getProperties().get("anchor") instanceof TablePositionBase<?> p && p.getRow() >= 0) {
            return p.getRow();
        }
        return Math.max(table.getFocusModel().getFocusedIndex(), 0);
    }

    private static int rowAt(javafx.scene.Node node) {
        for (javafx.scene.Node n = node; n != null; n = n.getParent()) {
            if (n instanceof javafx.scene.control.TableRow<?> row) {
                return row.isEmpty() ? -1 : row.getIndex();
            }
        }
        return -1;
    }
}
