package dev.weft.ui.policies;

import dev.weft.api.objectstorage.AccessPolicy.Statement;
import dev.weft.domain.policy.ActionCatalog;
import dev.weft.ui.common.FormValues;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.function.Supplier;
import java.util.stream.Stream;

/**
 * One statement as a card: name, Allow/Deny, and its actions, resources and principals as
 * comma-separated lists with completion (the action catalogue, the organization's buckets, the
 * principals seen on keys). A field commits on Enter or when it loses focus, as one undoable edit.
 */
final class StatementCard extends VBox {
    private final PolicyEditor editor;
    private final int index;
    private final Statement statement;

    StatementCard(PolicyEditor editor, int index, Statement s, Supplier<Collection<String>> buckets,
                  Supplier<Collection<String>> principals) {
        super(8);
        this.editor = editor;
        this.index = index;
        this.statement = s;
        getStyleClass().add("statement-card");
        setId("statement-" + index);
        setPadding(new Insets(10));
        TextField name = new TextField(s.name());
        name.setId("statement-name-" + index);
        name.setAccessibleText("Statement " + (index + 1) + " name");
        ToggleGroup effect = new ToggleGroup();
        ToggleButton allow = new ToggleButton("Allow");
        ToggleButton deny = new ToggleButton("Deny");
        allow.setId("statement-allow-" + index);
        deny.setId("statement-deny-" + index);
        allow.setToggleGroup(effect);
        deny.setToggleGroup(effect);
        allow.setSelected(Statement.ALLOW.equals(s.effect()));
        deny.setSelected(Statement.DENY.equals(s.effect()));
        TextField actions = list(s.actions(), "statement-actions-" + index, "s3:GetObject, s3:ListBucket");
        TextField resources = list(s.resources(), "statement-resources-" + index, "bucket, bucket/*, bucket/prefix*");
        TextField who = list(s.principals(), "statement-principals-" + index, "coreweave/<uid>, email, role/<issuer>:<subject>, *");
        complete(actions, () -> Stream.concat(Stream.of("*", ActionCatalog.S3_ALL, ActionCatalog.CWOBJECT_ALL),
                ActionCatalog.all().stream()).toList());
        complete(resources, () -> {
            List<String> all = new ArrayList<>(List.of("*"));
            buckets.get().forEach(b -> {
                all.add(b);
                all.add(b + "/*");
            });
            return all;
        });
        complete(who, () -> {
            List<String> all = new ArrayList<>(List.of("*", "role/<issuer>:<subject>"));
            all.addAll(principals.get());
            return all;
        });

        Runnable commit = () -> {
            Statement next = new Statement(name.getText().strip(), allow.isSelected() ? Statement.ALLOW : deny.isSelected()
                    ? Statement.DENY : s.effect(), split(actions.getText()), split(resources.getText()), split(who.getText()));
            if (!next.equals(s)) {
                editor.setStatement(index, next);
            }
        };
        for (TextField f : List.of(name, actions, resources, who)) {
            f.setOnAction(e -> commit.run());
            f.focusedProperty().addListener((o, was, now) -> {
                if (was && !now) {
                    commit.run();
                }
            });
        }
        effect.selectedToggleProperty().addListener((o, a, b) -> {
            if (b != null) {
                commit.run();
            }
        });

        Button up = small("↑", "Move up", () -> move(editor, index, -1, "statement-up-"));
        Button down = small("↓", "Move down", () -> move(editor, index, 1, "statement-down-"));
        Button copy = small("Duplicate", "Duplicate this statement", () -> editor.duplicate(index));
        Button remove = small("Remove", "Remove this statement", () -> editor.remove(index));
        up.setId("statement-up-" + index);
        down.setId("statement-down-" + index);
        copy.setId("statement-duplicate-" + index);
        remove.setId("statement-remove-" + index);
        name.setPrefColumnCount(12);
        name.setMinWidth(100);
        allow.setMinWidth(Region.USE_PREF_SIZE);
        deny.setMinWidth(Region.USE_PREF_SIZE);
        // The name beside its effect, and the card's tools under its fields: on one line with them, the
        // name was squeezed to three letters in the editor's column.
        HBox head = new HBox(8, name, allow, deny);
        head.setAlignment(Pos.CENTER_LEFT);
        HBox.setHgrow(name, Priority.ALWAYS);
        HBox tools = new HBox(8, up, down, copy, remove);
        tools.setAlignment(Pos.CENTER_RIGHT);
        GridPane g = new GridPane();
        g.setHgap(8);
        g.setVgap(6);
        Button pick = small("Pick…", "Choose from the catalogue, grouped by service", () -> new ActionPicker(getScene().getWindow(),
                split(actions.getText())).showAndWait().ifPresent(chosen -> {
                    actions.setText(String.join(", ", chosen));
                    actions.fireEvent(new javafx.event.ActionEvent());
                }));
        pick.setId("statement-pick-" + index);
        g.addRow(0, fieldName("Actions", actions), actions, pick);
        g.addRow(1, fieldName("Resources", resources), resources);
        g.addRow(2, fieldName("Principals", who), who);
        GridPane.setHgrow(actions, Priority.ALWAYS);
        GridPane.setHgrow(resources, Priority.ALWAYS);
        GridPane.setHgrow(who, Priority.ALWAYS);
        getChildren().addAll(head, g, tools);
    }

    /** Whether this card shows statement {@code s} at {@code index} of {@code e}'s policy, and so can stay as it is. */
    boolean shows(PolicyEditor e, int i, Statement s) {
        return editor == e && index == i && statement.equals(s);
    }

    /** Moves the statement; the keyboard stays on the button, on the card where the statement now is. */
    private void move(PolicyEditor editor, int index, int delta, String button) {
        javafx.scene.Scene scene = getScene();
        editor.move(index, delta);
        javafx.scene.Node moved = scene == null ? null : scene.lookup("#" + button + (index + delta));
        if (moved != null) {
            moved.requestFocus();
        }
    }

    private static TextField list(List<String> values, String id, String prompt) {
        TextField t = new TextField(String.join(", ", values));
        t.setId(id);
        t.setPromptText(prompt);
        return t;
    }

    /**
     * Suggestions for the entry being typed (the text after the last comma), from the first time the field has
     * the keyboard: each binding makes a popup window, a scene of its own to style, and three per card made
     * opening a policy of 100 statements take over a second.
     */
    private static void complete(TextField field, Supplier<List<String>> options) {
        field.focusedProperty().addListener(new javafx.beans.InvalidationListener() {
            @Override
            public void invalidated(javafx.beans.Observable o) {
                if (field.isFocused()) {
                    field.focusedProperty().removeListener(this);
                    suggest(field, options);
                }
            }
        });
    }

    private static void suggest(TextField field, Supplier<List<String>> options) {
        dev.weft.ui.common.Suggestions.offer(field, text -> {
            int comma = text.lastIndexOf(',');
            String head = comma < 0 ? "" : text.substring(0, comma + 1) + " ";
            String typed = (comma < 0 ? text : text.substring(comma + 1)).strip().toLowerCase(java.util.Locale.ROOT);
            if (typed.isEmpty()) {
                return List.of();
            }
            return options.get().stream().filter(o -> o.toLowerCase(java.util.Locale.ROOT).contains(typed)).limit(12).map(o -> head + o).toList();
        });
    }

    private static List<String> split(String text) {
        List<String> l = FormValues.list(text);
        return l == null ? List.of() : l.stream().filter(x -> !x.isEmpty()).toList();
    }

    /** A field's name, whole: in a narrow editor the fields give up room, not it ("Act…"). */
    private static Label fieldName(String text, javafx.scene.Node field) {
        Label l = dev.weft.ui.common.FieldLabel.of(text, field);
        l.setMinWidth(Region.USE_PREF_SIZE);
        return l;
    }

    private static Button small(String text, String tip, Runnable action) {
        Button b = new Button(text);
        b.getStyleClass().addAll("flat", "small");
        // The tip made when the pointer first comes: a tooltip is a popup window, and five per card cost as
        // much as the rest of it.
        b.addEventHandler(javafx.scene.input.MouseEvent.MOUSE_ENTERED, e -> {
            if (b.getTooltip() == null) {
                b.setTooltip(new Tooltip(tip));
            }
        });
        if (text.chars().noneMatch(Character::isLetter)) {
            b.setAccessibleText(tip); // "Move up" to a screen reader, not "upwards arrow"
        }
        b.setMinWidth(Region.USE_PREF_SIZE);
        b.setOnAction(e -> action.run());
        return b;
    }
}
