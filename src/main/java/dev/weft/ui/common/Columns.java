package dev.weft.ui.common;

import javafx.beans.InvalidationListener;
import javafx.geometry.Orientation;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollBar;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableColumnBase;
import javafx.scene.control.TableView;
import javafx.scene.control.skin.TableColumnHeader;
import javafx.scene.control.Tooltip;
import javafx.scene.text.Text;
import javafx.util.Callback;

import java.util.function.Function;

/** Table columns over rows whose value a refresh replaces. */
public final class Columns {
    private Columns() {
    }

    /**
     * A column of text worked out from a row, again whenever the row's value changes. The cell value is
     * a lazy {@code map()} of the row's value: a sort asks every row for it once (100,000 times for
     * the keys), and unlike a binding made for the purpose it leaves no listener behind. A value the
     * column is too narrow for shows whole in a tooltip.
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
        col.setCellFactory(c -> new CutTextCell<>());
        return col;
    }

    /** A column of text worked out from a plain value (a row a refresh replaces whole), whole in a tooltip when cut. */
    public static <R> TableColumn<R, String> plain(String title, Function<R, String> value) {
        TableColumn<R, String> col = new TableColumn<>(title);
        col.setCellValueFactory(c -> new javafx.beans.property.ReadOnlyStringWrapper(value.apply(c.getValue())));
        col.setCellFactory(c -> new CutTextCell<>());
        return col;
    }

    /** A text cell with a tooltip only while its text is cut short ("…"), so a hover never repeats what is shown. */
    static final class CutTextCell<R> extends TableCell<R, String> {
        /** Made the first time the text is cut: most cells never need one, and each is a popup window. */
        private Tooltip whole;

        @Override
        protected void updateItem(String item, boolean empty) {
            super.updateItem(item, empty);
            setText(empty ? null : item);
            if (whole != null) {
                whole.setText(empty ? null : item);
            }
        }

        @Override
        protected void layoutChildren() {
            super.layoutChildren();
            // The skin draws the text in a Text child that holds what fits: it differs from the cell's text when
            // cut. Found among the children, not by lookup(), which parses its selector on every call.
            String drawn = null;
            for (Node n : getChildrenUnmodifiable()) {
                if (n instanceof Text t) {
                    drawn = t.getText();
                    break;
                }
            }
            boolean cut = drawn != null && getText() != null && !getText().isEmpty() && !getText().equals(drawn);
            if (cut && whole == null) {
                whole = new Tooltip(getText());
            }
            if (cut != (getTooltip() != null)) {
                setTooltip(cut ? whole : null);
            }
        }
    }

    /** Room beside a title for the sort arrow a header click adds. */
    private static final double SORT_ARROW = 14;

    /**
     * Keeps each column at least as wide as its title and a sort arrow, in the font the header is drawn
     * in: minimums in pixels fitted to one font cut "Display name" to "Display n…" in a desktop's font a
     * pixel larger. Checked after each layout of the table (a handful of headers) and only ever raised.
     */
    public static void keepTitlesWhole(TableView<?> table) {
        table.needsLayoutProperty().addListener((o, was, needs) -> {
            if (!needs) {
                fitTitles(table);
            }
        });
    }

    /**
     * A horizontal scroll bar when the columns cannot all be shown at their minimum widths: JavaFX's constrained
     * resize policies never show one, so in a narrow window (or a split's narrow side) the last columns were cut off
     * with no way to reach them. While the visible columns fit, they share the width as before; when they do not,
     * the table keeps their widths and scrolls.
     */
    public static void scrollWhenCut(TableView<?> table) {
        Callback<TableView.ResizeFeatures, Boolean> fitted = table.getColumnResizePolicy();
        InvalidationListener check = o -> {
            double need = table.getVisibleLeafColumns().stream().mapToDouble(TableColumnBase::getMinWidth).sum();
            Callback<TableView.ResizeFeatures, Boolean> policy = need > room(table)
                    ? TableView.UNCONSTRAINED_RESIZE_POLICY : fitted;
            if (table.getColumnResizePolicy() != policy) {
                table.setColumnResizePolicy(policy);
            }
        };
        table.widthProperty().addListener(check);
        table.getVisibleLeafColumns().addListener(check);
        table.getColumns().forEach(c -> c.minWidthProperty().addListener(check)); // raised by keepTitlesWhole
    }

    /** The width the columns have without scrolling: the table's, less its borders and a vertical scroll bar shown. */
    private static double room(TableView<?> table) {
        double bar = 0;
        for (Node n : table.lookupAll(".scroll-bar")) {
            if (n instanceof ScrollBar b && b.getOrientation() == Orientation.VERTICAL && b.isVisible()) {
                bar = b.getWidth();
            }
        }
        return table.getWidth() - table.snappedLeftInset() - table.snappedRightInset() - bar;
    }

    private static void fitTitles(TableView<?> table) {
        Node headers = table.lookup(".column-header-background");
        if (headers == null) {
            return;
        }
        for (Node n : headers.lookupAll(".column-header")) {
            if (n instanceof TableColumnHeader header && header.getTableColumn() != null
                    && header.lookup(".label") instanceof Label title && title.getText() != null) {
                double need = Math.ceil(title.prefWidth(-1) + header.snappedLeftInset() + header.snappedRightInset() + SORT_ARROW);
                if (header.getTableColumn().getMinWidth() < need) {
                    header.getTableColumn().setMinWidth(need);
                }
            }
        }
    }
}
