package dev.weft.ui.common;

import dev.weft.api.FieldViolation;
import javafx.beans.value.ObservableValue;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.Control;
import javafx.scene.control.Label;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import org.controlsfx.control.CheckComboBox;
import org.controlsfx.validation.ValidationResult;
import org.controlsfx.validation.ValidationSupport;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/**
 * A labelled form whose controls are tied to the API field paths they edit. The shared rules are
 * checked as the user types and decorate each control (ControlsFX); violations the server sends back
 * land on the same controls, and those no control owns appear in a line under the form.
 */
public final class RuleForm {
    private final GridPane grid = new GridPane();
    private final ValidationSupport validation = new ValidationSupport();
    private final Map<Control, List<String>> fields = new LinkedHashMap<>();
    private final Map<String, String> fromServer = new HashMap<>();
    private final Label general = new Label();
    private final FormProblems problems = new FormProblems(validation, grid);
    /** Whether any rule is broken, whether or not a field shows it: what the form's button follows. */
    private final javafx.beans.property.BooleanProperty blocked = new javafx.beans.property.SimpleBooleanProperty();
    private Supplier<List<FieldViolation>> rules = List::of;
    private int row;

    public RuleForm() {
        // No gap between the columns: the labels' margin is the room. With a gap, GridPane measures a node that
        // spans both columns (the create form's Advanced section) without it, and at some widths gave it a blank line.
        grid.setHgap(0);
        grid.setVgap(8);
        grid.setPadding(new Insets(10, 4, 4, 4));
        ColumnConstraints labels = new ColumnConstraints();
        labels.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        ColumnConstraints values = new ColumnConstraints();
        values.setHgrow(Priority.ALWAYS);
        values.setFillWidth(true);
        grid.getColumnConstraints().setAll(labels, values);
        general.setId("form-error");
        general.getStyleClass().add("status-error");
        general.setWrapText(true);
        // Takes no room until there is something to say, so an untouched form ends at its last field.
        general.managedProperty().bind(general.textProperty().isNotEmpty());
        general.visibleProperty().bind(general.managedProperty());
        validation.validationResultProperty().addListener(o -> blocked.set(validation.isInvalid() || invalidNow()));
    }

    static {
        // ControlsFX knows no CheckComboBox: its checked items are the value its rules check.
        org.controlsfx.tools.ValueExtractor.addObservableValueExtractor(c -> c instanceof CheckComboBox,
                c -> new javafx.beans.property.SimpleListProperty<>(((CheckComboBox<?>) c).getCheckModel().getCheckedItems()));
    }

    public GridPane grid() {
        return grid;
    }

    public Label errorLine() {
        return general;
    }

    /** The lines under the fields: what the server or an action said, what is wrong, what is still needed. */
    public List<Label> lines() {
        List<Label> lines = new ArrayList<>(List.of(general));
        lines.addAll(problems.lines());
        return lines;
    }

    /** The form is on screen: from now on a field the user changes says what is wrong with it. */
    public void shown() {
        problems.shown();
    }

    /** True while any rule is broken, a field's or one no field shows: the form cannot be sent. */
    public javafx.beans.value.ObservableBooleanValue blockedProperty() {
        return blocked;
    }

    public ValidationSupport validation() {
        return validation;
    }

    /** Adds a labelled control that edits the given field paths (a violation on a path below one counts too). */
    public <C extends Control> C add(String label, C control, String... paths) {
        return add(label, control, control, paths);
    }

    /** As above, the control shown within {@code shown} (a field with a button beside it). */
    public <C extends Control> C add(String label, C control, Node shown, String... paths) {
        grid.addRow(row++, label(label, control), shown);
        if (control instanceof javafx.scene.control.TextInputControl || control instanceof javafx.scene.control.ComboBoxBase
                || control instanceof javafx.scene.control.CheckBox || control instanceof CheckComboBox) {
            control.setMaxWidth(Double.MAX_VALUE);
        }
        return paths.length > 0 ? tie(control, paths) : control;
    }

    /**
     * Ties a control laid out elsewhere (a section of its own) to the field paths it edits, as {@link #add} does:
     * its rules are checked again whenever any tied field changes, and what the server says of its paths lands on it.
     * Call before {@link #rules}.
     */
    public <C extends Control> C tie(C control, String... paths) {
        FormKeys.apply(control);
        fields.put(control, List.of(paths));
        validation.registerValidator(control, false, (Control c, Object value) -> {
            String problem = problemFor(c);
            return problem == null ? new ValidationResult() : ValidationResult.fromError(c, problem);
        });
        return control;
    }

    /**
     * Opens {@code section} when a control inside it has a problem (the rules', or the server's), so the field the
     * problem is said on is in sight rather than folded away.
     */
    public void openOnProblem(javafx.scene.control.TitledPane section) {
        validation.validationResultProperty().addListener((o, was, now) -> {
            if (now != null && now.getMessages().stream().anyMatch(m -> within(m.getTarget(), section))) {
                section.setExpanded(true);
            }
        });
    }

    private static boolean within(Node node, Node section) {
        for (Node n = node; n != null; n = n.getParent()) {
            if (n == section) {
                return true;
            }
        }
        return false;
    }

    /** Adds a labelled node that is not itself validated. */
    public void add(String label, Node node) {
        grid.addRow(row++, label(label, node), node);
    }

    private static javafx.scene.control.Label label(String text, Node field) {
        javafx.scene.control.Label label = FieldLabel.of(text, field);
        javafx.scene.layout.GridPane.setMargin(label, new Insets(0, 10, 0, 0));
        return label;
    }

    /** Adds a node across both columns. */
    public void span(Node node) {
        grid.add(node, 0, row++, 2, 1);
    }

    /** The rules to check: called on every change, so cross-field rules stay current. */
    public void rules(Supplier<List<FieldViolation>> rules, ObservableValue<?>... alsoWatch) {
        this.rules = rules;
        for (Control c : fields.keySet()) {
            watch(c);
        }
        for (ObservableValue<?> o : alsoWatch) {
            o.addListener((obs, a, b) -> validation.revalidate());
        }
        validation.revalidate();
    }

    private void watch(Control c) {
        javafx.beans.Observable value = c instanceof javafx.scene.control.TextInputControl t ? t.textProperty()
                : c instanceof javafx.scene.control.ComboBoxBase<?> b ? b.valueProperty()
                : c instanceof CheckComboBox<?> x ? x.getCheckModel().getCheckedItems()
                : c instanceof javafx.scene.control.CheckBox x ? x.selectedProperty() : null;
        if (value != null) {
            value.addListener(o -> {
                fields.get(c).forEach(fromServer::remove);
                validation.revalidate();
            });
        }
    }

    private String problemFor(Control c) {
        List<String> paths = fields.get(c);
        for (String p : paths) {
            if (fromServer.containsKey(p)) {
                return fromServer.get(p);
            }
        }
        for (FieldViolation v : rules.get()) {
            if (owns(paths, v.field())) {
                return v.description();
            }
        }
        return null;
    }

    private static boolean owns(List<String> paths, String field) {
        return paths.stream().anyMatch(p -> field.equals(p) || field.startsWith(p + ".") || field.startsWith(p + "["));
    }

    /** Violations whose field no control owns: shown under the form instead. */
    public List<FieldViolation> unowned(List<FieldViolation> violations) {
        List<FieldViolation> out = new ArrayList<>();
        for (FieldViolation v : violations) {
            if (fields.values().stream().noneMatch(paths -> owns(paths, v.field()))) {
                out.add(v);
            }
        }
        return out;
    }

    /** Puts what the server refused onto the controls; everything typed stays as it was. */
    public void showServerViolations(List<FieldViolation> violations, String otherwise) {
        fromServer.clear();
        for (FieldViolation v : violations) {
            fields.values().stream().flatMap(List::stream).filter(p -> v.field().equals(p) || v.field().startsWith(p + ".")
                    || v.field().startsWith(p + "[")).findFirst().ifPresent(p -> fromServer.putIfAbsent(p, v.description()));
        }
        List<FieldViolation> rest = unowned(violations);
        StringBuilder s = new StringBuilder(otherwise == null ? "" : otherwise);
        for (FieldViolation v : rest) {
            s.append(s.isEmpty() ? "" : " ").append(v.field()).append(": ").append(v.description()).append('.');
        }
        general.setText(s.toString());
        validation.revalidate();
    }

    public boolean invalidNow() {
        return !rules.get().isEmpty() || !fromServer.isEmpty();
    }
}
