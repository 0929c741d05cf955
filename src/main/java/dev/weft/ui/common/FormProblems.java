package dev.weft.ui.common;

import javafx.scene.Node;
import javafx.scene.control.Control;
import javafx.scene.control.Label;
import javafx.scene.control.Labeled;
import javafx.scene.layout.GridPane;
import org.controlsfx.validation.ValidationMessage;
import org.controlsfx.validation.ValidationSupport;
import org.controlsfx.validation.decoration.GraphicValidationDecoration;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * A form's problems in words under its fields: in red, what the user's changes (or the server) found
 * wrong, each after its field's label; in grey, which fields are still needed. ControlsFX's marks alone
 * told what was wrong only to a pointer held over a mark 8 px across, so a name typed wrong left a
 * disabled button and no word why. A field the user has not changed since the form was shown is not
 * marked until its problem changes: a fresh form has nothing wrong yet, only something to fill in.
 */
public final class FormProblems {
    private final ValidationSupport validation;
    private final Node fields;
    private final Label wrong = line("form-problems", "status-error");
    private final Label needed = line("form-needed", "placeholder-hint");
    /** Each field's problem when the form was shown; null until then. */
    private Map<Control, String> atShow;
    private final Set<Control> changed = new HashSet<>();

    public FormProblems(ValidationSupport validation, Node fields) {
        this.validation = validation;
        this.fields = fields;
        validation.setValidationDecorator(new GraphicValidationDecoration() {
            @Override
            public void applyValidationDecoration(ValidationMessage message) {
                if (changedByUser(message.getTarget(), message.getText())) {
                    super.applyValidationDecoration(message);
                }
            }
        });
        validation.validationResultProperty().addListener(o -> update());
    }

    private static Label line(String id, String style) {
        Label l = new Label();
        l.setId(id);
        l.getStyleClass().add(style);
        l.setWrapText(true);
        l.managedProperty().bind(l.textProperty().isNotEmpty());
        l.visibleProperty().bind(l.managedProperty());
        return l;
    }

    public List<Label> lines() {
        return List.of(wrong, needed);
    }

    /** The form is on screen: what is wrong from now on is the user's to know. */
    public void shown() {
        // ControlsFX validates on the FX thread's next turn: what the form holds as it opens is known after those.
        validation.revalidate();
        javafx.application.Platform.runLater(() -> {
            atShow = problems();
            validation.redecorate();
            update();
        });
    }

    /** Whether the field's problem differs from when the form was shown, now or since. */
    private boolean changedByUser(Control field, String problem) {
        if (atShow == null) {
            return false;
        }
        if (!Objects.equals(atShow.get(field), problem)) {
            changed.add(field);
        }
        return changed.contains(field);
    }

    private void update() {
        if (atShow == null) {
            return;
        }
        Map<Control, String> problems = problems();
        Map<Control, String> labels = labels();
        List<String> said = new ArrayList<>();
        List<String> missing = new ArrayList<>();
        for (Map.Entry<Control, String> e : problems.entrySet()) {
            String label = labels.get(e.getKey());
            if (changedByUser(e.getKey(), e.getValue())) {
                said.add((label == null ? "" : label + ": ") + sentence(e.getValue()));
            } else {
                missing.add(label == null ? sentence(e.getValue()) : label);
            }
        }
        for (Control field : atShow.keySet()) {
            changedByUser(field, problems.get(field)); // put right since: remembered as changed
        }
        wrong.setText(String.join("\n", said));
        needed.setText(missing.isEmpty() ? "" : "Still needed: " + String.join(", ", missing) + ".");
    }

    private static String sentence(String problem) {
        return problem.endsWith(".") ? problem : problem + ".";
    }

    /** Each field's first error, in the order the form shows its fields. */
    private Map<Control, String> problems() {
        Map<Control, String> first = new HashMap<>();
        org.controlsfx.validation.ValidationResult result = validation.getValidationResult();
        for (ValidationMessage m : result == null ? List.<ValidationMessage>of() : result.getErrors()) {
            first.putIfAbsent(m.getTarget(), m.getText());
        }
        Map<Control, String> ordered = new LinkedHashMap<>();
        for (Control c : Nodes.all(fields, Control.class)) {
            if (first.containsKey(c)) {
                ordered.put(c, first.remove(c));
            }
        }
        ordered.putAll(first); // a field outside the form's grids, should there be one
        return ordered;
    }

    /** Each field's label: the text of the label in the first column of its grid row, or its own text. */
    private Map<Control, String> labels() {
        Map<Control, String> labels = new HashMap<>();
        for (GridPane grid : Nodes.all(fields, GridPane.class)) {
            Map<Integer, String> byRow = new HashMap<>();
            for (Node n : grid.getChildren()) {
                if (n instanceof Label l && column(n) == 0) {
                    byRow.put(row(n), l.getText());
                }
            }
            for (Node n : grid.getChildren()) {
                String label = column(n) > 0 ? byRow.get(row(n)) : null;
                for (Control c : Nodes.all(n, Control.class)) {
                    labels.putIfAbsent(c, label != null ? label : c instanceof Labeled own ? own.getText() : null);
                }
            }
        }
        labels.values().removeIf(Objects::isNull);
        return labels;
    }

    private static int column(Node n) {
        Integer c = GridPane.getColumnIndex(n);
        return c == null ? 0 : c;
    }

    private static int row(Node n) {
        Integer r = GridPane.getRowIndex(n);
        return r == null ? 0 : r;
    }
}
