package dev.weft.ui.common;

import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/**
 * A table's sort kept between runs: each sorting column as its title and direction ("Expires:DESCENDING"),
 * so the settings file reads plainly. A title the table no longer has (Kupe names some columns otherwise)
 * is skipped.
 */
public final class TableSorts {
    private TableSorts() {
    }

    /** Sorts the table as {@code saved} says, then tells {@code changed} every sort the user chooses. */
    public static <S> void remember(TableView<S> table, List<String> saved, Consumer<List<String>> changed) {
        apply(table, saved);
        // A sort event, not the comparator: turning a column from ascending to descending keeps the same one.
        List<List<String>> last = new ArrayList<>(List.of(describe(table)));
        table.addEventHandler(javafx.scene.control.SortEvent.ANY, e -> {
            List<String> now = describe(table);
            if (!now.equals(last.get(0))) { // a table also sorts again as its rows change
                last.set(0, now);
                changed.accept(now);
            }
        });
    }

    static <S> List<String> describe(TableView<S> table) {
        return table.getSortOrder().stream().map(c -> c.getText() + ":" + c.getSortType().name()).toList();
    }

    static <S> void apply(TableView<S> table, List<String> saved) {
        List<TableColumn<S, ?>> order = new ArrayList<>();
        for (String entry : saved) {
            int colon = entry.lastIndexOf(':');
            String title = colon < 0 ? entry : entry.substring(0, colon);
            TableColumn.SortType type = colon >= 0 && entry.endsWith(":DESCENDING")
                    ? TableColumn.SortType.DESCENDING : TableColumn.SortType.ASCENDING;
            table.getColumns().stream().filter(c -> c.isSortable() && title.equals(c.getText()) && !order.contains(c))
                    .findFirst().ifPresent(c -> {
                        c.setSortType(type);
                        order.add(c);
                    });
        }
        if (!order.isEmpty()) {
            table.getSortOrder().setAll(order);
        }
    }
}
