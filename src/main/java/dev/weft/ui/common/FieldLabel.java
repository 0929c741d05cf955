package dev.weft.ui.common;

import javafx.scene.Node;
import javafx.scene.control.Control;
import javafx.scene.control.Label;

import java.util.List;

/**
 * A field's label that is also its name for a screen reader (JavaFX's {@code labelFor}): a text set beside
 * a field names nothing, and the field is read as a bare "text field".
 */
public final class FieldLabel {
    private FieldLabel() {
    }

    public static Label of(String text, Node field) {
        Label label = new Label(text);
        label.setLabelFor(named(field));
        return label;
    }

    /** The control a label names: the field itself, or the first one in a row (a field and its "Choose file…"). */
    private static Node named(Node field) {
        if (field instanceof Control) {
            return field;
        }
        List<Control> inside = Nodes.all(field, Control.class);
        return inside.isEmpty() ? field : inside.get(0);
    }
}
