package dev.weft.ui.common;

import javafx.scene.Node;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * A table's columns as the user left them, kept between runs: their order (a header dragged along the row),
 * widths (a border dragged) and which are hidden (the header's column menu), as each column's title and
 * width in pixels or "hidden" ("Principal:240", "Attributes:hidden"), so the settings file reads plainly.
 * A title the table no longer has (Kupe names some columns otherwise) is skipped; a column the saved list
 * does not name keeps its place after those it does.
 */
public final class ColumnLayout {
    private static final String HIDDEN = "hidden";

    private ColumnLayout() {
    }

    /**
     * Lets the user hide and show the table's columns from a menu at the header's end, as a desktop table
     * does: a column the user never needs gives its room to the others.
     */
    public static void offerChoice(TableView<?> table) {
        table.setTableMenuButtonVisible(true);
    }

    /** Orders, sizes and hides the columns of each table in {@code view} (those with an id) as {@code saved} says for it. */
    public static void restore(Node view, Function<String, List<String>> saved) {
        for (TableView<?> table : tables(view)) {
            apply(table, saved.apply(table.getId()));
        }
    }

    /** Adds the columns of each table in {@code view} (those with an id) as they are now to {@code into}, by the table's id. */
    public static void collect(Node view, Map<String, List<String>> into) {
        for (TableView<?> table : tables(view)) {
            into.put(table.getId(), describe(table));
        }
    }

    static List<String> describe(TableView<?> table) {
        return table.getColumns().stream().map(c -> c.getText() + ":" + (c.isVisible() ? Math.round(c.getWidth()) : HIDDEN)).toList();
    }

    static <S> void apply(TableView<S> table, List<String> saved) {
        List<TableColumn<S, ?>> order = new ArrayList<>();
        for (String entry : saved) {
            int colon = entry.lastIndexOf(':');
            if (colon < 0) {
                continue;
            }
            String title = entry.substring(0, colon);
            boolean hidden = entry.substring(colon + 1).equals(HIDDEN);
            double width = hidden ? 0 : parseWidth(entry.substring(colon + 1));
            table.getColumns().stream().filter(c -> title.equals(c.getText()) && !order.contains(c)).findFirst()
                    .ifPresent(c -> {
                        // The table's resize policy fits the columns to its width from their preferred widths.
                        if (width > 0) {
                            c.setPrefWidth(Math.max(width, c.getMinWidth()));
                        }
                        c.setVisible(!hidden);
                        order.add(c);
                    });
        }
        if (order.isEmpty()) {
            return;
        }
        List<TableColumn<S, ?>> all = new ArrayList<>(order);
        table.getColumns().stream().filter(c -> !order.contains(c)).forEach(all::add);
        if (!all.equals(table.getColumns())) {
            table.getColumns().setAll(all);
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
