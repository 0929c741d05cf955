package dev.weft.ui.common;

import dev.weft.domain.Sizes;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.StringBinding;
import javafx.beans.value.ObservableStringValue;
import javafx.collections.ObservableList;

/**
 * A table's summary, led by how many rows it shows while a search or filter hides some: "12 shown · 100,012 keys
 * of 53 principals: …". The summary counts what the server has; without the lead, a search that left twelve rows
 * read as if it had hidden none.
 */
public final class ShownSummary {
    private ShownSummary() {
    }

    public static StringBinding of(ObservableStringValue summary, ObservableList<?> shown, ObservableList<?> all) {
        return Bindings.createStringBinding(() -> shown.size() == all.size() ? summary.get()
                : Sizes.count(shown.size()) + " shown  ·  " + summary.get(), summary, shown, all);
    }
}
