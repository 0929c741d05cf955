package dev.weft.ui.common;

import javafx.beans.property.ObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import javafx.scene.control.TableView;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * The rows a table shows: its source rows that contain the search text and meet a condition, in the
 * table's sort order.
 *
 * <p>Why not {@code FilteredList} and {@code SortedList}: with 100,000 rows a keystroke re-tested every
 * row object (a cache miss each, ~20 ms) and then re-sorted the whole view. Here the rows' search
 * texts are joined into one string, made once per change of the rows, and a keystroke is one
 * {@link String#indexOf} sweep over it; the order is an index array made once per sort; and a
 * keystroke that leaves the same rows (typing "scale-" where every row says "scale-") changes nothing.
 *
 * <p>The source is followed for added and removed rows. A row whose value changed in place is not
 * taken in on its own (a refresh that changes 1,000 rows would sweep 1,000 times): a refresh's merge
 * goes through {@link #merge}, which takes in everything it did at once. FX thread only.
 */
public final class ShownRows<R> {
    private static final char SEPARATOR = '\u0000';

    private final ObservableList<R> source;
    private final Function<R, String> searchText;
    private final ObservableList<R> shown = FXCollections.observableArrayList();
    private String query = "";
    private Predicate<? super R> condition;
    private List<SortKey<R>> order;

    private Object[] rows = new Object[0];
    /** The rows' search texts, lower-cased, joined by {@link #SEPARATOR}; null until a search needs it. */
    private String joined;
    private int[] starts;
    /** Row positions in table order; null until needed. */
    private int[] ordered;
    /** True while the shown rows are being replaced: the table's passing loss of selection is not the user's. */
    private boolean replacing;
    private Runnable afterReplace = () -> { };
    private Runnable redraw = () -> { };
    /** True during {@link #merge}: changes of the source are taken in once it is done. */
    private boolean merging;
    private boolean missed;

    /** @param searchText a row's text to search in, lower-cased */
    public ShownRows(ObservableList<R> source, Function<R, String> searchText) {
        this.source = source;
        this.searchText = searchText;
        source.addListener((ListChangeListener<R>) c -> {
            while (c.next()) {
                if (!c.wasUpdated()) { // rows added or removed; a value changed in place waits for refresh()
                    if (merging) {
                        missed = true;
                    } else {
                        reindex();
                    }
                    return;
                }
            }
        });
        reindex();
    }

    /** What the table shows; not to be changed by anyone else. */
    public ObservableList<R> shown() {
        return shown;
    }

    /**
     * Shows the rows whose search text contains {@code text} (any case; blank for all) and that meet
     * {@code test} (null for all).
     */
    public void filter(String text, Predicate<? super R> test) {
        query = text == null ? "" : text.strip().toLowerCase(Locale.ROOT);
        condition = test;
        update();
    }

    /**
     * One sort key: a row's value, how two values compare, and which way. The values are taken once
     * per row before sorting: a table column makes its value anew on every call, and a sort asks
     * 1.7 million times for 100,000 rows.
     */
    public record SortKey<R>(Function<? super R, ?> value, Comparator<Object> comparator, boolean descending) {
        /**
         * A table column's key. Its default comparator collates strings with a new {@code Collator} on
         * every comparison (seconds for 100,000 rows); the same order comes from collation keys made
         * once per row.
         */
        public static <R> SortKey<R> of(javafx.scene.control.TableColumn<R, ?> column) {
            boolean descending = column.getSortType() == javafx.scene.control.TableColumn.SortType.DESCENDING;
            @SuppressWarnings("unchecked")
            Comparator<Object> given = (Comparator<Object>) column.getComparator();
            if (given != javafx.scene.control.TableColumn.DEFAULT_COMPARATOR) {
                return new SortKey<>(column::getCellData, given, descending);
            }
            java.text.Collator collator = java.text.Collator.getInstance();
            @SuppressWarnings({"unchecked", "rawtypes"})
            Comparator<Object> natural = Comparator.nullsFirst((a, b) -> ((Comparable) a).compareTo(b));
            return new SortKey<>(r -> {
                Object v = column.getCellData(r);
                return v == null || (v instanceof Comparable && !(v instanceof String)) ? v : collator.getCollationKey(v.toString());
            }, natural, descending);
        }
    }

    /** Orders the rows by these keys, the first deciding first; none keeps the source's order. */
    public void orderBy(List<SortKey<R>> keys) {
        order = keys.isEmpty() ? null : List.copyOf(keys);
        ordered = null;
        update();
    }

    /**
     * Runs a refresh's merge of the source rows and takes in all it did at once: one re-index for rows
     * added, removed and changed in place (followed change by change, a merge re-indexed up to three
     * times), and a redraw of the table when a row changed in place (its style may depend on its value).
     */
    public Rows.Merged<R> merge(java.util.function.Supplier<Rows.Merged<R>> merge) {
        merging = true;
        missed = false;
        Rows.Merged<R> merged;
        try {
            merged = merge.get();
        } finally {
            merging = false;
        }
        if (merged.changed()) {
            refresh();
        } else if (missed) {
            reindex();
        }
        return merged;
    }

    /** Takes in rows whose values changed in place: tests them again and has the table draw them again. */
    public void refresh() {
        reindex();
        redraw.run();
    }

    private void reindex() {
        rows = source.toArray();
        joined = null;
        starts = null;
        ordered = null;
        update();
    }

    /**
     * Makes {@code table} show these rows, sorted by its columns, with its selection mirrored in
     * {@code selected} both ways and kept while the selected row stays shown.
     */
    public void showIn(TableView<R> table, ObjectProperty<R> selected) {
        table.setItems(shown);
        redraw = table::refresh;
        table.setSortPolicy(t -> {
            orderBy(t.getSortOrder().stream().map(SortKey::of).toList());
            return true;
        });
        table.getSelectionModel().selectedItemProperty().addListener((o, a, b) -> {
            if (!replacing) {
                selected.set(b);
            }
        });
        selected.addListener((o, a, b) -> {
            if (table.getSelectionModel().getSelectedItem() != b) {
                if (b == null) {
                    table.getSelectionModel().clearSelection();
                } else {
                    table.getSelectionModel().select(b);
                }
            }
        });
        // A new view of the rows makes the table drop its selection: it is put back if the row is still shown.
        afterReplace = () -> {
            R keep = selected.get();
            if (keep != null && table.getSelectionModel().getSelectedItem() != keep) {
                if (shown.contains(keep)) {
                    table.getSelectionModel().select(keep);
                } else {
                    selected.set(null);
                }
            }
        };
    }

    @SuppressWarnings("unchecked")
    private void update() {
        boolean[] found = query.isEmpty() ? null : matches();
        int[] positions = order();
        List<R> next = new ArrayList<>(positions.length);
        for (int p : positions) {
            if ((found == null || found[p]) && (condition == null || condition.test((R) rows[p]))) {
                next.add((R) rows[p]);
            }
        }
        if (!same(next)) {
            replacing = true;
            try {
                shown.setAll(next);
            } finally {
                replacing = false;
            }
            afterReplace.run();
        }
    }

    /** Which rows contain the query: one sweep of indexOf over the joined texts. */
    private boolean[] matches() {
        if (joined == null) {
            join();
        }
        boolean[] found = new boolean[rows.length];
        int row = 0;
        int at = joined.indexOf(query);
        while (at >= 0) {
            while (starts[row + 1] <= at) {
                row++;
            }
            found[row] = true;
            at = joined.indexOf(query, starts[row + 1]);
        }
        return found;
    }

    @SuppressWarnings("unchecked")
    private void join() {
        StringBuilder b = new StringBuilder(rows.length * 64);
        starts = new int[rows.length + 1];
        for (int i = 0; i < rows.length; i++) {
            starts[i] = b.length();
            b.append(searchText.apply((R) rows[i])).append(SEPARATOR);
        }
        starts[rows.length] = b.length();
        joined = b.toString();
    }

    @SuppressWarnings("unchecked")
    private int[] order() {
        if (ordered == null && order == null) {
            ordered = new int[rows.length];
            Arrays.setAll(ordered, i -> i);
        } else if (ordered == null) {
            Object[][] values = new Object[order.size()][];
            for (int k = 0; k < values.length; k++) {
                Function<? super R, ?> value = order.get(k).value();
                values[k] = Arrays.stream(rows).map(r -> value.apply((R) r)).toArray();
            }
            Integer[] boxed = new Integer[rows.length];
            Arrays.setAll(boxed, i -> i);
            Arrays.sort(boxed, (a, b) -> { // stable: ties keep the source's order
                for (int k = 0; k < values.length; k++) {
                    int c = order.get(k).comparator().compare(values[k][a], values[k][b]);
                    if (c != 0) {
                        return order.get(k).descending() ? -c : c;
                    }
                }
                return 0;
            });
            ordered = Arrays.stream(boxed).mapToInt(Integer::intValue).toArray();
        }
        return ordered;
    }

    private boolean same(List<R> next) {
        if (next.size() != shown.size()) {
            return false;
        }
        for (int i = 0; i < next.size(); i++) {
            if (next.get(i) != shown.get(i)) {
                return false;
            }
        }
        return true;
    }
}
