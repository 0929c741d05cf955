package dev.weft.ui.common;

import javafx.scene.control.TableColumn;

import java.util.function.Function;

/** Table columns over rows whose value a refresh replaces. */
public final class Columns {
    private Columns() {
    }

    /**
     * A column of text worked out from a row, again whenever the row's value changes. The cell value is
     * a lazy {@code map()} of the row's value: a sort asks every row for it once (100,000 times for
     * the keys), and unlike a binding made for the purpose it leaves no listener behind.
     */
    public static <R extends Rows.Row<?>> TableColumn<R, String> text(String title, Function<R, String> value) {
        TableColumn<R, String> col = new TableColumn<>(title);
        col.setCellValueFactory(c -> {
            R row = c.getValue();
            return row.valueProperty().map(v -> {
                String s = value.apply(row);
                return s == null ? "" : s;
            });
        });
        return col;
    }
}
