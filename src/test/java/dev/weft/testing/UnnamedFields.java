package dev.weft.testing;

import javafx.scene.AccessibleAttribute;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Cell;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.ComboBoxBase;
import javafx.scene.control.Control;
import javafx.scene.control.Spinner;
import javafx.scene.control.TextInputControl;

import java.util.ArrayList;
import java.util.List;

/**
 * The fields (and tables and lists) on screen that a screen reader would read without a name: neither a label's {@code labelFor}
 * nor an accessible text of their own. A text beside a field names nothing; a prompt is gone once typed over.
 */
public final class UnnamedFields {
    private UnnamedFields() {
    }

    /** One line per shown field without a name (empty: all named). Call on the FX thread. */
    public static List<String> in(Node root) {
        List<String> unnamed = new ArrayList<>();
        collect(root, unnamed);
        return unnamed;
    }

    private static void collect(Node node, List<String> unnamed) {
        if (!node.isVisible() || node instanceof Cell<?>) {
            return;
        }
        if (isField(node) && !named((Control) node)) {
            unnamed.add(describe((Control) node));
        }
        // A combo box's editor, a spinner's field and a check-combo's box are named by the control itself.
        if (node instanceof Parent p && !isField(node)) {
            for (Node child : p.getChildrenUnmodifiable()) {
                collect(child, unnamed);
            }
        }
    }

    private static boolean isField(Node node) {
        return node instanceof TextInputControl || node instanceof ComboBoxBase<?> || node instanceof ChoiceBox<?>
                || node instanceof Spinner<?> || node instanceof org.controlsfx.control.CheckComboBox<?>
                || node instanceof javafx.scene.control.TableView<?> || node instanceof javafx.scene.control.ListView<?>;
    }

    private static boolean named(Control c) {
        return c.getAccessibleText() != null && !c.getAccessibleText().isBlank()
                || c.queryAccessibleAttribute(AccessibleAttribute.LABELED_BY) != null;
    }

    private static String describe(Control c) {
        String id = c.getId() != null ? "#" + c.getId() : c.getClass().getSimpleName();
        String prompt = c instanceof TextInputControl t && t.getPromptText() != null ? " (prompt \"" + t.getPromptText() + "\")" : "";
        return id + prompt;
    }
}
