package dev.weft.ui.common;

import javafx.scene.control.Control;
import javafx.scene.control.TextArea;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import org.controlsfx.control.CheckComboBox;

/** What a form's fields lack from the keyboard on their own, so a form can be filled without a pointer. */
public final class FormKeys {
    private FormKeys() {
    }

    /** Gives the field what it lacks: Tab out of a text area, a check list that opens from the keyboard. */
    public static void apply(Control field) {
        if (field instanceof TextArea area) {
            tabLeaves(area);
        } else if (field instanceof CheckComboBox<?> list) {
            opensFromKeys(list);
        }
    }

    /**
     * Tab moves on from a field of several lines, as from any other field of the form, rather than typing a tab
     * into its JSON or its lines (a keyboard user tabbing through the form was caught there). The text area's own
     * behaviour moves on at Ctrl+Tab: Tab is handed to it as that.
     */
    private static void tabLeaves(TextArea area) {
        area.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == KeyCode.TAB && !e.isControlDown() && !e.isAltDown() && !e.isMetaDown()) {
                e.consume();
                area.fireEvent(new KeyEvent(e.getSource(), e.getTarget(), e.getEventType(), e.getCharacter(),
                        e.getText(), e.getCode(), e.isShiftDown(), true, false, false));
            }
        });
    }

    /**
     * ControlsFX's check list opens only to a click (its issue #1085): the load-balancer prefixes a cluster needs
     * could not be chosen from the keyboard. Space, Down, Alt+Down and F4 open it, as they open a combo box; in
     * the list Down and Space check, Escape closes.
     */
    private static void opensFromKeys(CheckComboBox<?> list) {
        list.addEventHandler(KeyEvent.KEY_PRESSED, e -> {
            KeyCode k = e.getCode();
            if (k == KeyCode.SPACE || k == KeyCode.F4 || k == KeyCode.DOWN || k == KeyCode.KP_DOWN) {
                e.consume();
                list.show();
            }
        });
    }
}
