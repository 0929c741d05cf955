package dev.weft.ui.common;

import javafx.beans.property.ObjectProperty;
import javafx.collections.ObservableList;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiConsumer;
import java.util.function.Function;

/**
 * Merging a fresh list from the server into a table's rows by key: rows that still exist are updated
 * in place (so selection and scroll position stay), new ones are added, gone ones removed.
 */
public final class Rows {
    /** A table row whose value a refresh replaces. */
    public interface Row<T> {
        ObjectProperty<T> valueProperty();
    }

    private Rows() {
    }

    /**
     * @param changed told about every row whose value changed, before and after
     * @return the rows that were removed
     */
    public static <T, R extends Row<T>> List<R> merge(ObservableList<R> rows, List<T> fresh, Function<T, String> key,
                                                      Function<T, R> create, BiConsumer<T, T> changed) {
        Map<String, T> byKey = new LinkedHashMap<>();
        fresh.forEach(v -> byKey.put(key.apply(v), v));
        List<R> gone = new ArrayList<>();
        for (R row : rows) {
            T before = row.valueProperty().get();
            T now = byKey.remove(key.apply(before));
            if (now == null) {
                gone.add(row);
            } else if (!now.equals(before)) {
                changed.accept(before, now);
                row.valueProperty().set(now);
            }
        }
        // One change each for what left and what came: a listener (a chart, a total, the table) runs twice
        // per refresh, not once per row, which with 100,000 rows is the difference between ms and minutes.
        if (!gone.isEmpty()) {
            java.util.Set<R> leaving = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
            leaving.addAll(gone);
            rows.removeAll(leaving); // one change; contains() on an identity set, not a list scan
        }
        if (!byKey.isEmpty()) {
            rows.addAll(byKey.values().stream().map(create).toList());
        }
        return gone;
    }
}
