package dev.weft.ui.common;

import javafx.scene.Node;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/**
 * A table's columns as the user left them, kept between runs: their order (a header dragged along the row),
 * widths (a border dragged) and which are hidden (the header's column menu), as each column's title and
 * width in pixels or "hidden" ("Principal:240", "Attributes:hidden"), so the settings file reads plainly.
 * <p>
 * Kept by title, as a person knows a column: the clusters table's columns take Kupe's titles on a Kupe
 * profile ("Resources" where CoreWeave's say "API endpoint"), and what was chosen for one provider's
 * column is not applied to the other's. A title the table does not show now is kept for when it does:
 * at a switch of profile, and in the settings for the next run.
 */
public final class ColumnLayout {
    private static final String HIDDEN = "hidden";
    private static final String KEY = "weft.column.layout";

    private final TableView<?> table;
    /** Each title's width or "hidden", as saved or as last seen. */
    private final Map<String, String> remembered = new LinkedHashMap<>();
    /** The titles in the order the user left them: the saved list's first entries, one per column, until a header is dragged. */
    private final List<String> order = new ArrayList<>();

    private ColumnLayout(TableView<?> table, List<String> saved) {
        this.table = table;
        for (String entry : saved) {
            int colon = entry.lastIndexOf(':');
            if (colon > 0) {
                remembered.putIfAbsent(entry.substring(0, colon), entry.substring(colon + 1));
                if (order.size() < table.getColumns().size()) {
                    order.add(entry.substring(0, colon));
                }
            }
        }
    }

    /**
     * Lets the user hide and show the table's columns, as a desktop table does: a column the user never needs
     * gives its room to the others. From the menu at the header's end, and from the rows' right-click menu
     * under "Columns", which the keyboard reaches too (the menu key, Shift+F10).
     */
    public static void offerChoice(TableView<?> table) {
        table.setTableMenuButtonVisible(true);
        javafx.scene.control.Menu columns = new javafx.scene.control.Menu("Columns");
        columns.setId("columns-menu");
        Map<TableColumn<?, ?>, javafx.scene.control.CheckMenuItem> items = new java.util.HashMap<>();
        for (TableColumn<?, ?> c : table.getColumns()) {
            javafx.scene.control.CheckMenuItem item = new javafx.scene.control.CheckMenuItem();
            item.textProperty().bind(c.textProperty()); // Kupe's titles on a Kupe profile
            item.selectedProperty().bindBidirectional(c.visibleProperty());
            items.put(c, item);
        }
        Runnable inTheTablesOrder = () -> columns.getItems().setAll(table.getColumns().stream().map(items::get).toList());
        inTheTablesOrder.run();
        table.getColumns().addListener((javafx.beans.InvalidationListener) change -> inTheTablesOrder.run());
        javafx.scene.control.ContextMenu menu = table.getContextMenu() != null ? table.getContextMenu()
                : new javafx.scene.control.ContextMenu();
        if (!menu.getItems().isEmpty()) {
            menu.getItems().add(new javafx.scene.control.SeparatorMenuItem());
        }
        menu.getItems().add(columns);
        table.setContextMenu(menu);
    }

    /**
     * Orders, sizes and hides the columns of each table in {@code view} (those with an id) as {@code saved}
     * says for it, and again for a column whose title changes.
     */
    public static void restore(Node view, Function<String, List<String>> saved) {
        for (TableView<?> table : tables(view)) {
            ColumnLayout layout = new ColumnLayout(table, saved.apply(table.getId()));
            table.getProperties().put(KEY, layout);
            layout.apply();
            layout.followTitles();
        }
    }

    /** Adds the columns of each table in {@code view} (those with an id) as they are now to {@code into}, by the table's id. */
    public static void collect(Node view, Map<String, List<String>> into) {
        for (TableView<?> table : tables(view)) {
            ColumnLayout layout = table.getProperties().get(KEY) instanceof ColumnLayout l ? l : new ColumnLayout(table, List.of());
            into.put(table.getId(), layout.describe());
        }
    }

    /** The table's titles in their order (the order a next run restores), then those remembered for titles not shown now. */
    List<String> describe() {
        List<String> out = new ArrayList<>();
        Set<String> shown = new HashSet<>();
        for (TableColumn<?, ?> c : table.getColumns()) {
            out.add(c.getText() + ":" + now(c));
            shown.add(c.getText());
        }
        remembered.forEach((title, value) -> {
            if (!shown.contains(title)) {
                out.add(title + ":" + value);
            }
        });
        return out;
    }

    private static String now(TableColumn<?, ?> c) {
        return c.isVisible() ? String.valueOf(Math.round(c.getWidth())) : HIDDEN;
    }

    /** Each column sized and shown or hidden as remembered for its title, and the order put back. */
    private void apply() {
        applyOrder(table);
        for (TableColumn<?, ?> c : table.getColumns()) {
            show(c, remembered.get(c.getText()));
        }
    }

    /**
     * The columns in the order last saved, when the table has the titles it was saved with: a Kupe table
     * named by CoreWeave's titles (or the reverse) is left as it is, not shuffled by the few they share.
     */
    private <S> void applyOrder(TableView<S> t) {
        if (order.size() != t.getColumns().size()
                || !new HashSet<>(order).equals(new HashSet<>(t.getColumns().stream().map(TableColumn::getText).toList()))) {
            return;
        }
        List<TableColumn<S, ?>> all = new ArrayList<>(t.getColumns());
        all.sort(java.util.Comparator.comparingInt(c -> order.indexOf(c.getText())));
        if (!all.equals(t.getColumns())) {
            t.getColumns().setAll(all);
        }
    }

    /** Sizes and shows the column as {@code value} says; nothing remembered is a column shown as it comes. */
    private static void show(TableColumn<?, ?> c, String value) {
        c.setVisible(!HIDDEN.equals(value));
        double width = value == null ? 0 : parseWidth(value);
        if (width > 0) {
            // The table's resize policy fits the columns to its width from their preferred widths.
            c.setPrefWidth(Math.max(width, c.getMinWidth()));
        }
    }

    /**
     * At a switch of provider: the old title's choice remembered, the new title's put back, and the saved
     * order once the table has the titles it was saved with (the view may be built before the profile's
     * provider is known, under the other provider's titles).
     */
    private void followTitles() {
        // A header dragged: that order is the one to come back to, not the one read at the start.
        table.getColumns().addListener((javafx.beans.InvalidationListener) change -> {
            order.clear();
            order.addAll(table.getColumns().stream().map(TableColumn::getText).toList());
        });
        for (TableColumn<?, ?> c : table.getColumns()) {
            c.textProperty().addListener((o, was, title) -> {
                remembered.put(was, now(c));
                show(c, remembered.get(title));
                applyOrder(table);
            });
        }
    }

    /** A width as written, or 0 for one that is not a sensible number of pixels (a file edited by hand). */
    private static double parseWidth(String text) {
        try {
            double w = Double.parseDouble(text);
            return w > 0 && w < 10_000 ? w : 0;
        } catch (NumberFormatException e) {
            return 0;
        }
    }

    private static List<TableView<?>> tables(Node view) {
        List<TableView<?>> found = new ArrayList<>();
        for (TableView<?> t : Nodes.all(view, TableView.class)) {
            if (t.getId() != null) {
                found.add(t);
            }
        }
        return found;
    }
}
