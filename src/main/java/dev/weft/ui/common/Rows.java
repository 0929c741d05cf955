package dev.weft.ui.common;

import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.ObservableList;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.BiConsumer;
import java.util.function.Function;
import java.util.stream.Collector;

/**
 * Merging a fresh list from the server into a table's rows by key: rows that still exist are updated
 * in place (so selection and scroll position stay), new ones are added, gone ones removed.
 */
public final class Rows {
    /**
     * A table row whose value a refresh replaces. The value is held plainly until something observes it:
     * a table's cells ask for the property of the ~30 rows they show, and a property per row was about a
     * third of what the FX thread did to take in 100,000 new keys under the packaged app's quick compiler
     * (RowsBenchmark.firstLoad 13.4 → 9–10 ms without them).
     */
    public abstract static class Row<T> {
        private T value;
        private ObjectProperty<T> property;

        protected Row(T value) {
            this.value = value;
        }

        public final T value() {
            ObjectProperty<T> p = property;
            return p == null ? value : p.get();
        }

        /** Replaces the value; whatever observes the row follows. */
        public final void setValue(T now) {
            value = now;
            if (property != null) {
                property.set(now);
            }
        }

        /**
         * The value as a property, made the first time it is asked for; from then on it holds the value.
         * Asked for on the FX thread only (cells, a header click's sort), so it is never made twice.
         */
        public final ObjectProperty<T> valueProperty() {
            if (property == null) {
                property = new SimpleObjectProperty<>(value);
            }
            return property;
        }
    }

    private Rows() {
    }

    /**
     * A fresh list from the server, keyed: a later value with the same key replaces an earlier one.
     * Made off the FX thread when the list is long, so that the merge there only looks rows up.
     */
    public static final class Fresh<T> {
        private final List<T> values = new ArrayList<>();
        /** The keys added here, with their places in {@link #values}. */
        private final Map<String, Integer> positions;
        /** Keys of later parts joined whole, each with its places in that part and where the part starts here. */
        private final List<Part> joined = new ArrayList<>(0);
        private final Function<T, String> key;

        private record Part(Map<String, Integer> positions, int start) {
        }

        private Fresh(Function<T, String> key, int expected) {
            this.key = key;
            this.positions = new java.util.HashMap<>(expected * 4 / 3 + 1);
        }

        /**
         * An empty list to add to. {@code expected}, the size of the last such list, saves growing the keys'
         * table step by step, which for 100,000 keys was two thirds of the keying's time.
         */
        public static <T> Fresh<T> keyedBy(Function<T, String> key, int expected) {
            return new Fresh<>(key, expected);
        }

        public static <T> Fresh<T> of(List<T> values, Function<T, String> key) {
            Fresh<T> fresh = new Fresh<>(key, values.size());
            values.forEach(fresh::add);
            return fresh;
        }

        /** Keys each value as it comes, so a list read an element at a time is keyed as it downloads. */
        public static <T> Collector<T, ?, Fresh<T>> collector(Function<T, String> key, int expected) {
            return Collector.of(() -> keyedBy(key, expected), Fresh::add, (a, b) -> {
                a.join(b);
                return a;
            });
        }

        /**
         * Adds a value after those added so far.
         * @return the value it replaced (its key came before: it keeps that place), or null
         */
        public T add(T value) {
            String k = key.apply(value);
            Integer was = joined.isEmpty() ? positions.putIfAbsent(k, values.size()) : position(k);
            if (was == null) {
                if (!joined.isEmpty()) {
                    positions.put(k, values.size());
                }
                values.add(value);
                return null;
            }
            return values.set(was, value); // a key twice (no API here sends one): the first place, the last value
        }

        /**
         * Takes in the list's next part, keyed on another thread, as if its values had been added here one
         * by one. When no key is in both, as in every answer seen, its keys are kept as they are rather
         * than keyed again here: for the second half of 100,000 keys that was ~14 ms after the last byte.
         * @return the values here that the part's replaced
         */
        public List<T> join(Fresh<T> later) {
            boolean overlap = false;
            for (T v : later.values) {
                if (position(key.apply(v)) != null) {
                    overlap = true;
                    break;
                }
            }
            if (overlap) {
                List<T> replaced = new ArrayList<>();
                for (T v : later.values) {
                    T r = add(v);
                    if (r != null) {
                        replaced.add(r);
                    }
                }
                return replaced;
            }
            int start = values.size();
            joined.add(new Part(later.positions, start));
            for (Part p : later.joined) {
                joined.add(new Part(p.positions, start + p.start));
            }
            values.addAll(later.values);
            return List.of();
        }

        /**
         * This list's value equal to {@code value} (same key, equal), else {@code value} itself. A list read
         * against the one the table shows takes that one's objects for the keys that did not change: the
         * merge then finds them unchanged by identity, where comparing 100,000 keys field by field took the
         * FX thread ~30 ms (~66 ms under C1), and the new copies die young.
         */
        public T same(T value) {
            Integer at = position(key.apply(value));
            if (at == null) {
                return value;
            }
            T was = values.get(at);
            return was.equals(value) ? was : value;
        }

        /** Where the value with this key is in {@link #values}, or null. */
        private Integer position(String k) {
            Integer at = positions.get(k);
            for (int i = 0; at == null && i < joined.size(); i++) {
                Integer in = joined.get(i).positions.get(k);
                if (in != null) {
                    at = joined.get(i).start + in;
                }
            }
            return at;
        }

        public int size() {
            return values.size();
        }

        /** One value per key, in the order the keys first came. */
        public List<T> values() {
            return java.util.Collections.unmodifiableList(values);
        }
    }

    /**
     * What a merge did.
     * @param gone the rows that were removed
     * @param changed whether any row that stayed has a new value
     */
    public record Merged<R>(List<R> gone, boolean changed) {
    }

    /** {@link #merge(ObservableList, Fresh, Function, BiConsumer)} of a list keyed here. */
    public static <T, R extends Row<T>> Merged<R> merge(ObservableList<R> rows, List<T> fresh, Function<T, String> key,
                                                        Function<T, R> create, BiConsumer<T, T> changed) {
        return merge(rows, Fresh.of(fresh, key), create, changed);
    }

    /** @param changed told about every row whose value changed, before and after */
    public static <T, R extends Row<T>> Merged<R> merge(ObservableList<R> rows, Fresh<T> fresh,
                                                        Function<T, R> create, BiConsumer<T, T> changed) {
        boolean[] kept = new boolean[fresh.values.size()];
        boolean anyChanged = false;
        List<R> gone = new ArrayList<>();
        for (R row : rows) {
            T before = row.value();
            Integer at = fresh.position(fresh.key.apply(before));
            if (at == null) {
                gone.add(row);
                continue;
            }
            kept[at] = true;
            T now = fresh.values.get(at);
            if (now != before && !now.equals(before)) {
                anyChanged = true;
                changed.accept(before, now);
                row.setValue(now);
            }
        }
        // One change each for what left and what came: a listener (a chart, a total, the table) runs twice
        // per refresh, not once per row, which with 100,000 rows is the difference between ms and minutes.
        if (!gone.isEmpty()) {
            java.util.Set<R> leaving = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
            leaving.addAll(gone);
            rows.removeAll(leaving); // one change; contains() on an identity set, not a list scan
        }
        List<R> added = new ArrayList<>();
        for (int i = 0; i < kept.length; i++) {
            if (!kept[i]) {
                added.add(create.apply(fresh.values.get(i)));
            }
        }
        if (!added.isEmpty()) {
            rows.addAll(added);
        }
        return new Merged<>(gone, anyChanged);
    }
}
