package dev.weft.ui.clusters;

import javafx.beans.property.ObjectProperty;

/**
 * A table row that keeps its identity across refreshes: a refresh replaces its {@link ClusterRow},
 * so the selection and the scroll position stay where the user left them.
 */
public final class ClusterItem extends dev.weft.ui.common.Rows.Row<ClusterRow> {
    private final dev.weft.ui.common.Derived<ClusterRow, String> searchText = new dev.weft.ui.common.Derived<>(ClusterRow::searchText);

    public ClusterItem(ClusterRow row) {
        super(row);
    }

    public ObjectProperty<ClusterRow> rowProperty() {
        return valueProperty();
    }

    public ClusterRow row() {
        return value();
    }

    /** What the search box matches, lower-cased; made once per value of the row. */
    public String searchText() {
        return searchText.of(value());
    }

    public String key() {
        return value().key();
    }
}
