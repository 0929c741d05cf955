package dev.weft.ui.common;

import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.ComboBoxBase;
import javafx.scene.control.Spinner;
import javafx.scene.control.TextInputControl;
import javafx.scene.control.Toggle;
import org.controlsfx.control.CheckComboBox;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * What a person has changed in a window: each field's value when the keyboard or the mouse first came to
 * it, against its value now. What the window fills in itself, in a field nobody has been in, does not count,
 * nor does a field the window has since removed (an attribute's row taken away).
 */
final class EditedFields {
    private static final Object NOT_A_FIELD = new Object();
    private final Map<Node, Object> asFound = new HashMap<>();

    /** From now on, in this scene: the field the focus is in now, and each it goes to. */
    void watch(Scene scene) {
        record(scene.getFocusOwner());
        scene.focusOwnerProperty().addListener((o, was, now) -> record(now));
    }

    private void record(Node node) {
        if (node != null && !asFound.containsKey(node) && valueOf(node) != NOT_A_FIELD) {
            asFound.put(node, valueOf(node));
        }
    }

    /** Whether any field still in the window holds another value than it did when the focus came to it. */
    boolean any() {
        return asFound.entrySet().stream().anyMatch(e -> e.getKey().getScene() != null
                && !Objects.equals(valueOf(e.getKey()), e.getValue()));
    }

    private static Object valueOf(Node n) {
        if (n instanceof TextInputControl t) {
            return t.getText();
        } else if (n instanceof ComboBoxBase<?> b) {
            return b.getValue();
        } else if (n instanceof ChoiceBox<?> b) {
            return b.getValue();
        } else if (n instanceof CheckBox b) {
            return b.isSelected();
        } else if (n instanceof Toggle t) {
            return t.isSelected();
        } else if (n instanceof CheckComboBox<?> b) {
            return List.copyOf(b.getCheckModel().getCheckedItems());
        } else if (n instanceof Spinner<?> s) {
            return s.getValue();
        }
        return NOT_A_FIELD;
    }
}
