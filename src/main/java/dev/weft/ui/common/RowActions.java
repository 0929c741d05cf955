package dev.weft.ui.common;

import javafx.scene.control.Button;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.Control;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;

import java.util.function.Supplier;

/**
 * What a desktop list offers beyond its toolbar: the toolbar's actions on the selected row from a right
 * click (or the menu key, or Shift+F10), Delete (or Backspace, as on a Mac keyboard) for its destructive one,
 * and Ctrl/Cmd+C to copy the row's identifier. The menu's items are the toolbar's buttons: same words, same enabled state, same action.
 */
public final class RowActions {
    /** Copies the selected row's identifier. */
    public static final KeyCombination COPY = Keys.shortcut(KeyCode.C);
    /** Delete the selected row, behind the toolbar button's confirmation. */
    public static final java.util.List<KeyCombination> DELETE = java.util.List.of(new KeyCodeCombination(KeyCode.DELETE),
            new KeyCodeCombination(KeyCode.BACK_SPACE));

    /** The right-click menu from the keyboard, as desktop lists open it: the menu key, or Shift+F10. */
    public static final java.util.List<KeyCombination> MENU = java.util.List.of(new KeyCodeCombination(KeyCode.CONTEXT_MENU),
            new KeyCodeCombination(KeyCode.F10, KeyCombination.SHIFT_DOWN));

    private RowActions() {
    }

    /**
     * @param copyLabel  the menu's words for copying, e.g. "Copy key ID"
     * @param copyText   the selected row's identifier, or null when nothing is selected
     * @param delete     the toolbar's destructive button, fired by Delete; null when the list has none
     * @param actions    the toolbar's buttons that act on the selected row (the destructive one too), in the menu's order
     */
    public static void attach(Control list, String copyLabel, Supplier<String> copyText, Button delete, Button... actions) {
        attach(list, () -> copyLabel, copyText, delete, actions);
    }

    /** As above, with the copy's words asked for each time the menu opens (a Kupe cluster's ID is its name). */
    public static void attach(Control list, Supplier<String> copyLabel, Supplier<String> copyText, Button delete, Button... actions) {
        ContextMenu menu = new ContextMenu();
        for (Button b : actions) {
            menu.getItems().add(itemFor(b));
        }
        MenuItem copy = new MenuItem(copyLabel.get());
        copy.setOnAction(e -> copy(copyText));
        if (!menu.getItems().isEmpty()) {
            menu.getItems().add(new SeparatorMenuItem());
        }
        menu.getItems().add(copy);
        menu.setOnShowing(e -> {
            copy.setText(copyLabel.get());
            copy.setDisable(copyText.get() == null);
        });
        list.setContextMenu(menu);
        list.addEventHandler(KeyEvent.KEY_PRESSED, e -> {
            if (delete != null && DELETE.stream().anyMatch(k -> k.match(e))) {
                delete.fire(); // does nothing while the button is disabled
                e.consume();
            } else if (COPY.match(e)) {
                copy(copyText);
                e.consume();
            } else if (MENU.stream().anyMatch(k -> k.match(e))) {
                openAtTheSelectedRow(list);
                e.consume();
            }
        });
    }

    /** Shows the list's menu under its selected row (or its top when none is): JavaFX opens it only for a mouse here. */
    private static void openAtTheSelectedRow(Control list) {
        javafx.scene.Node at = list.lookupAll(".indexed-cell").stream()
                .filter(n -> n instanceof javafx.scene.control.IndexedCell<?> c && c.isSelected() && !c.isEmpty()
                        && !(n instanceof javafx.scene.control.TableCell<?, ?>))
                .findFirst().orElse(list);
        javafx.geometry.Bounds b = at.localToScreen(at.getBoundsInLocal());
        if (b != null && list.getContextMenu() != null) {
            // No row shown (none selected, or scrolled out of sight): near the list's top, not below its end.
            list.getContextMenu().show(list, b.getMinX() + 16, at == list ? b.getMinY() + 32 : b.getMaxY());
        }
    }

    /**
     * A double click on a row, or Enter, does what {@code open} does (a cluster's Edit…), as a desktop list's
     * rows do; nothing where the button is disabled, or on the header or below the last row.
     */
    public static void openWith(Control list, Button open) {
        list.addEventHandler(javafx.scene.input.MouseEvent.MOUSE_CLICKED, e -> {
            if (e.getButton() == javafx.scene.input.MouseButton.PRIMARY && e.getClickCount() == 2
                    && onARow(e.getPickResult().getIntersectedNode()) && !open.isDisabled()) {
                open.fire();
            }
        });
        list.addEventHandler(KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == KeyCode.ENTER && !e.isShortcutDown() && !e.isAltDown() && !open.isDisabled()) {
                open.fire();
                e.consume();
            }
        });
    }

    /** Whether {@code node} is part of a row that shows an item. */
    private static boolean onARow(javafx.scene.Node node) {
        for (javafx.scene.Node n = node; n != null; n = n.getParent()) {
            if (n instanceof javafx.scene.control.IndexedCell<?> cell) {
                return !cell.isEmpty();
            }
        }
        return false;
    }

    private static MenuItem itemFor(Button b) {
        MenuItem item = new MenuItem(b.getText());
        item.disableProperty().bind(b.disableProperty());
        item.setOnAction(e -> b.fire());
        return item;
    }

    private static void copy(Supplier<String> text) {
        String t = text.get();
        if (t != null) {
            ClipboardText.put(t);
        }
    }
}
