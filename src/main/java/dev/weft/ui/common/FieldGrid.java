package dev.weft.ui.common;

import javafx.geometry.Insets;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;

import java.util.List;
import java.util.Locale;

/**
 * Labelled values in a grid, as a details pane shows a record: the label, the value (wrapped), and a Copy button
 * beside an identifier or an address. Long copyable values take a line of their own.
 */
public final class FieldGrid {
    /** A labelled value; {@code copyable} ones get a Copy button. */
    public record Field(String label, String value, boolean copyable) {
        /** A plain field, or null (left out) when there is no value. */
        public static Field of(String label, String value) {
            return value == null || value.isBlank() ? null : new Field(label, value, false);
        }

        /** A field with a Copy button, or null (left out) when there is no value. */
        public static Field copyable(String label, String value) {
            return value == null || value.isBlank() ? null : new Field(label, value, true);
        }
    }

    /** The room between a field's label, its value and its Copy button. */
    private static final double COLUMN_GAP = 10;

    /** Copyable values up to this long (a name, a short id) stay beside their label. */
    private static final int SHORT = 24;

    private FieldGrid() {
    }

    /**
     * The fields as a grid; each value's id is {@code idPrefix} and its label in lower case with dashes
     * ("detail-api-endpoint"), for tests and for the accessibility tree.
     */
    public static GridPane of(List<Field> fields, String idPrefix) {
        GridPane grid = new GridPane();
        // No gap between the columns: the room between them is the labels' and the Copy buttons' margin. With a
        // gap, GridPane measures a value that spans columns without it, so a value within a gap's width of its
        // room was measured on two lines, drawn on one, and its row stood twice as tall.
        grid.setVgap(6);
        ColumnConstraints labels = new ColumnConstraints();
        labels.setMaxWidth(110 + COLUMN_GAP); // "Kubernetes version" takes two lines rather than the values' room
        labels.setMinWidth(Region.USE_PREF_SIZE); // and never fewer than its longest word's width
        ColumnConstraints values = new ColumnConstraints();
        values.setHgrow(Priority.ALWAYS);
        grid.getColumnConstraints().setAll(labels, values, new ColumnConstraints());
        int r = 0;
        for (Field f : fields) {
            Label name = new Label(f.label());
            name.getStyleClass().add("detail-label");
            name.setWrapText(true);
            name.setMinHeight(Region.USE_PREF_SIZE);
            GridPane.setMargin(name, new Insets(0, COLUMN_GAP, 0, 0));
            Label value = new Label(f.value());
            value.setWrapText(true);
            value.getStyleClass().add("detail-value"); // ids and addresses wrap anywhere: they have no words
            value.setId(idPrefix + f.label().toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-"));
            grid.add(name, 0, r);
            boolean ownLine = f.copyable() && f.value() != null && f.value().length() > SHORT;
            if (ownLine) {
                // Ids and endpoints are long and unbroken: beside the labels they were cut into pieces
                // mid-word, so they take a line of their own, the pane's whole width.
                grid.add(value, 0, r + 1, 3, 1);
            } else {
                // Without a Copy button beside it, the value takes that column's room too: kept out of
                // it, "STATUS_CREATING" broke into "STATUS_CREATIN" and "G" with room to spare.
                grid.add(value, 1, r, f.copyable() ? 1 : 2, 1);
            }
            if (f.copyable()) {
                Button copy = new Button("Copy");
                copy.getStyleClass().addAll("flat", "small");
                copy.setMinWidth(Region.USE_PREF_SIZE);
                copy.setTooltip(new Tooltip("Copy " + f.label()));
                copy.setAccessibleText("Copy " + f.label()); // a screen reader said "Copy" alone, for every field
                copy.setOnAction(e -> ClipboardText.put(f.value()));
                GridPane.setMargin(copy, new Insets(0, 0, 0, COLUMN_GAP));
                grid.add(copy, 2, r);
            }
            r += ownLine ? 2 : 1;
        }
        return grid;
    }
}
