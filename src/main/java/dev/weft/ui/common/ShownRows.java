package dev.weft.ui.common;

import javafx.beans.property.ObjectProperty;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import javafx.scene.control.TableView;

import java.nio.charset.StandardCharsets;
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
 * texts are joined into one byte array, made once per change of the rows (on the sweeper thread, a
 * moment after the change), and a keystroke is one skipping sweep over it; the order is made once per sort by each
 * column's distinct values; and a
 * keystroke that leaves the same rows (typing "scale-" where every row says "scale-") changes nothing.
 *
 * <p>The source is followed for added and removed rows. A row whose value changed in place is not
 * taken in on its own (a refresh that changes 1,000 rows would sweep 1,000 times): a refresh's merge
 * goes through {@link #merge}, which takes in everything it did at once. FX thread only (but for the
 * rows' search texts, worked out on the sweeper thread).
 */
public final class ShownRows<R> {

    private final ObservableList<R> source;
    private final Function<R, String> searchText;
    private final java.util.concurrent.Executor sweeper;
    /** Where the search index of changed rows is begun: the sweeper, a moment after the change. */
    private final java.util.concurrent.Executor indexer;
    private final Shown<R> shown = new Shown<>();
    private String query = "";
    private Predicate<? super R> condition;
    private List<SortKey<R>> order;

    private Object[] rows = new Object[0];
    /** The search index of the rows as they are, being made on the sweeper thread since they changed. */
    private SearchIndex index;
    /** Row positions in table order; null until needed. */
    private int[] ordered;
    /** True while the shown rows are being replaced: the table's passing loss of selection is not the user's. */
    private boolean replacing;
    private Runnable beforeReplace = () -> { };
    private Runnable afterReplace = () -> { };
    private Runnable redraw = () -> { };
    /** True during {@link #merge}: changes of the source are taken in once it is done. */
    private boolean merging;
    private boolean missed;
    private final javafx.beans.property.ReadOnlyIntegerWrapper changes = new javafx.beans.property.ReadOnlyIntegerWrapper();

    /**
     * @param searchText a row's text to search in, lower-cased; called on the sweeper thread too (one thread
     *                   at a time), so it only reads the row
     */
    public ShownRows(ObservableList<R> source, Function<R, String> searchText) {
        this(source, searchText, SWEEPER, java.util.concurrent.CompletableFuture.delayedExecutor(
                INDEX_AFTER_MS, java.util.concurrent.TimeUnit.MILLISECONDS, SWEEPER));
    }

    /** @param sweeper where the second half of a long list's search may run, and the index is made at once */
    ShownRows(ObservableList<R> source, Function<R, String> searchText, java.util.concurrent.Executor sweeper) {
        this(source, searchText, sweeper, sweeper);
    }

    private ShownRows(ObservableList<R> source, Function<R, String> searchText, java.util.concurrent.Executor sweeper,
                      java.util.concurrent.Executor indexer) {
        this.source = source;
        this.searchText = searchText;
        this.sweeper = sweeper;
        this.indexer = indexer;
        source.addListener((ListChangeListener<R>) c -> {
            while (c.next()) {
                if (!c.wasUpdated()) { // rows added or removed; a value changed in place waits for merge() or refresh()
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

    /**
     * Counts the changes of the rows: added, removed or changed in place, a merge counting once. What
     * is worked out from all the rows (a chart, a detail pane) follows this, not the rows one by one:
     * a refresh that changes 10,000 rows would otherwise redo it 10,000 times.
     */
    public javafx.beans.property.ReadOnlyIntegerProperty changesProperty() {
        return changes.getReadOnlyProperty();
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
     * One sort key: a row's value, what of it is compared (made once per distinct value), how two of
     * those compare, and which way. The values are taken once per row before sorting: a table column
     * makes its value anew on every call, and a sort asks 1.7 million times for 100,000 rows.
     */
    public record SortKey<R>(Function<? super R, ?> value, Function<Object, ?> sortable, Comparator<Object> comparator,
                             boolean descending) {
        /** A key whose values are compared as they are. */
        public SortKey(Function<? super R, ?> value, Comparator<Object> comparator, boolean descending) {
            this(value, v -> v, comparator, descending);
        }

        /**
         * A table column's key. Its default comparator collates strings with a new {@code Collator} on
         * every comparison (seconds for 100,000 rows); the same order comes from collation keys, made
         * once per distinct text: a column of 50 principals makes 50, not 100,000.
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
            return new SortKey<>(column::getCellData,
                    v -> v == null || (v instanceof Comparable && !(v instanceof String)) ? v : collator.getCollationKey(v.toString()),
                    natural, descending);
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
        changes.set(changes.get() + 1);
        rows = source.toArray();
        ordered = null;
        // Made on the sweeper thread, not at the next keystroke here: for 100,000 keys the first keystroke
        // after a load or a refresh held the FX thread ~30 ms (~70 ms under C1) for it. A moment after the
        // change, not at once: on two cores a build beside the first drawing of the rows delayed it.
        index = new SearchIndex(rows, searchText, index);
        indexer.execute(index::make);
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
                    // clearAndSelect: where several may be selected, select() would add the row to them
                    int i = shown.indexOf(b);
                    if (i >= 0) {
                        table.getSelectionModel().clearAndSelect(i);
                    } else {
                        table.getSelectionModel().select(b);
                    }
                    inView(table);
                }
            }
        });
        // A new view of the rows makes the table drop its selection: it is put back if the row is still shown,
        // and so are the others of a selection of several (keys chosen to revoke together), those still shown.
        List<R> several = new java.util.ArrayList<>();
        beforeReplace = () -> {
            several.clear();
            if (table.getSelectionModel().getSelectedIndices().size() > 1) {
                several.addAll(table.getSelectionModel().getSelectedItems());
            }
        };
        afterReplace = () -> {
            if (!several.isEmpty()) {
                keepSeveral(table, selected, several);
                several.clear();
                return;
            }
            R keep = selected.get();
            if (keep != null && table.getSelectionModel().getSelectedItem() != keep) {
                int i = shown.indexOf(keep);
                if (i >= 0) {
                    table.getSelectionModel().clearAndSelect(i);
                } else {
                    selected.set(null);
                }
            }
        };
    }

    /**
     * Selects again those of {@code several} still shown, {@code selected} last (the table's selected row is the
     * last one selected), or the last of them shown when it is not.
     */
    private void keepSeveral(TableView<R> table, ObjectProperty<R> selected, List<R> several) {
        java.util.Set<Object> wanted = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
        wanted.addAll(several);
        R keep = selected.get();
        int keepAt = -1;
        int[] at = new int[several.size() + 1]; // room for the selected row, were it not among them
        int n = 0;
        Object[] now = shown.rows;
        for (int i = 0; i < now.length; i++) {
            if (now[i] == keep) {
                keepAt = i;
            } else if (wanted.contains(now[i])) {
                at[n++] = i;
            }
        }
        if (keepAt >= 0) {
            at[n++] = keepAt;
        }
        replacing = true;
        try {
            table.getSelectionModel().clearSelection();
            if (n > 0) {
                table.getSelectionModel().selectIndices(at[0], Arrays.copyOfRange(at, 1, n));
            }
        } finally {
            replacing = false;
        }
        R last = table.getSelectionModel().getSelectedItem();
        if (selected.get() != last) {
            selected.set(last);
        }
    }

    /**
     * Scrolls the table the least that shows its selected row whole: a row chosen for the user (a cluster or
     * key just made) may lie below the fold. TableView's own scrollTo puts the row at the top even when it is
     * already in view.
     */
    private static void inView(TableView<?> table) {
        int index = table.getSelectionModel().getSelectedIndex();
        if (index >= 0 && table.lookup(".virtual-flow") instanceof javafx.scene.control.skin.VirtualFlow<?> flow) {
            table.layout(); // the flow learns of rows just added at its next layout; before it, it cannot scroll to them
            flow.scrollTo(index);
        }
    }

    private void update() {
        boolean[] found = query.isEmpty() ? null : matches();
        int[] positions = order();
        // Compared with what is shown as it goes: a keystroke that leaves the same rows (the usual one
        // when typing on into a longer word) writes nothing and tells the table nothing.
        Object[] now = shown.rows;
        Object[] next = null;
        int count = 0;
        for (int p : positions) {
            if ((found == null || found[p]) && (condition == null || test(rows[p]))) {
                Object row = rows[p];
                if (next == null) {
                    if (count < now.length && now[count] == row) { // rows have no equals: identity
                        count++;
                        continue;
                    }
                    next = Arrays.copyOf(now, positions.length);
                }
                next[count++] = row;
            }
        }
        if (next == null && count == now.length) {
            return;
        }
        beforeReplace.run();
        replacing = true;
        try {
            shown.replace(Arrays.copyOf(next == null ? now : next, count));
        } finally {
            replacing = false;
        }
        afterReplace.run();
    }

    @SuppressWarnings("unchecked")
    private boolean test(Object row) {
        return condition.test((R) row);
    }

    /**
     * What the table shows: a read-only list replaced whole, as one change. An observable array list
     * would take the new rows one at a time, with a change record each (100,000 per keystroke), and
     * even {@code nextReplace} copies the removed rows into its change one call at a time; the change
     * here hands the table the old array as it was.
     */
    private static final class Shown<R> extends javafx.collections.ObservableListBase<R> {
        private Object[] rows = new Object[0];

        void replace(Object[] next) {
            @SuppressWarnings("unchecked")
            List<R> removed = (List<R>) Arrays.asList(rows);
            rows = next;
            fireChange(new Replaced<>(this, removed, next.length));
        }

        @Override
        @SuppressWarnings("unchecked")
        public R get(int index) {
            java.util.Objects.checkIndex(index, rows.length);
            return (R) rows[index];
        }

        @Override
        public int size() {
            return rows.length;
        }
    }

    /** The one change of a {@link Shown} list: everything that was, replaced by everything that is. */
    private static final class Replaced<R> extends javafx.collections.ListChangeListener.Change<R> {
        private final List<R> removed;
        private final int added;
        private int cursor = -1;

        Replaced(ObservableList<R> list, List<R> removed, int added) {
            super(list);
            this.removed = java.util.Collections.unmodifiableList(removed);
            this.added = added;
        }

        @Override
        public boolean next() {
            return ++cursor == 0;
        }

        @Override
        public void reset() {
            cursor = -1;
        }

        private void onChange() {
            if (cursor != 0) {
                throw new IllegalStateException("call next() first, and only while it returns true");
            }
        }

        @Override
        public int getFrom() {
            onChange();
            return 0;
        }

        @Override
        public int getTo() {
            onChange();
            return added;
        }

        @Override
        public List<R> getRemoved() {
            onChange();
            return removed;
        }

        @Override
        protected int[] getPermutation() {
            onChange();
            return new int[0];
        }
    }

    /** Which rows contain the query (see {@link SearchIndex#matches}). */
    private boolean[] matches() {
        return index.matches(query.getBytes(StandardCharsets.UTF_8), sweeper);
    }

    /** How long after the rows change their search index is begun: after the table has drawn them. */
    private static final long INDEX_AFTER_MS = 250;
    private static final java.util.concurrent.Executor SWEEPER = java.util.concurrent.Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "weft-search");
        t.setDaemon(true);
        return t;
    });

    @SuppressWarnings("unchecked")
    private int[] order() {
        if (ordered == null && order == null) {
            ordered = new int[rows.length];
            Arrays.setAll(ordered, i -> i);
        } else if (ordered == null) {
            // A stable sort by each key in turn, the last first, so the first decides: each a counting sort
            // of the rows by their value's place among the key's distinct values.
            int[] positions = new int[rows.length];
            Arrays.setAll(positions, i -> i);
            for (int k = order.size() - 1; k >= 0; k--) {
                positions = byPlace(positions, places(order.get(k)));
            }
            ordered = positions;
        }
        return ordered;
    }

    /**
     * Each row's place in one key's order, among the key's distinct values (0 first): what is compared
     * (a collation key) is made, and the comparator run, over the distinct values only, where a column of
     * 50 principals made 100,000 collation keys and compared them 1.7 million times (the window frozen
     * ~0.3 s, ~0.5 s under C1).
     */
    @SuppressWarnings("unchecked")
    private int[] places(SortKey<R> key) {
        int[] which = new int[rows.length];
        java.util.Map<Object, Integer> seen = new java.util.HashMap<>();
        List<Object> distinct = new java.util.ArrayList<>();
        for (int i = 0; i < rows.length; i++) {
            Object v = key.value().apply((R) rows[i]);
            Integer at = seen.putIfAbsent(v, distinct.size());
            if (at == null) {
                at = distinct.size();
                distinct.add(v);
            }
            which[i] = at;
        }
        Object[] compared = new Object[distinct.size()];
        Arrays.setAll(compared, d -> key.sortable().apply(distinct.get(d)));
        Integer[] sorted = new Integer[compared.length];
        Arrays.setAll(sorted, d -> d);
        Arrays.sort(sorted, (a, b) -> key.comparator().compare(compared[a], compared[b])); // stable
        int[] place = new int[sorted.length];
        int p = 0;
        for (int j = 0; j < sorted.length; j++) {
            if (j > 0 && key.comparator().compare(compared[sorted[j - 1]], compared[sorted[j]]) != 0) {
                p++; // values that compare equal share a place: their rows keep their order
            }
            place[sorted[j]] = p;
        }
        int last = p;
        for (int i = 0; i < which.length; i++) {
            which[i] = key.descending() ? last - place[which[i]] : place[which[i]];
        }
        return which;
    }

    /** {@code positions} reordered by the rows' places, stable: equal places keep their order. */
    private static int[] byPlace(int[] positions, int[] place) {
        int most = 0;
        for (int p : place) {
            most = Math.max(most, p);
        }
        int[] starts = new int[most + 2];
        for (int row : positions) {
            starts[place[row] + 1]++;
        }
        for (int i = 1; i < starts.length; i++) {
            starts[i] += starts[i - 1];
        }
        int[] sorted = new int[positions.length];
        for (int row : positions) {
            sorted[starts[place[row]]++] = row;
        }
        return sorted;
    }

}
