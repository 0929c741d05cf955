package dev.weft.ui.clusters;

import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;

/**
 * A table row that keeps its identity across refreshes: a refresh replaces its {@link ClusterRow},
 * so the selection and the scroll position stay where the user left them.
 */
public final class ClusterItem implements dev.weft.ui.common.Rows.Row<ClusterRow> {
    private final ObjectProperty<ClusterRow> row;
    private final dev.weft.ui.common.Derived<ClusterRow, String> searchText = new dev.weft.ui.common.Derived<>(ClusterRow::searchText);

    public ClusterItem(ClusterRow row) {
        this.row = new SimpleObjectProperty<>(row);
    }

    public ObjectProperty<ClusterRow> rowProperty() {
        return row;
    }

    public ClusterRow row() {
        return row.get();
    }

    /** What the search box matches, lower-cased; made once per value of the row. */
    public String searchText() {
        return searchText.of(row.get());
    }

    public String key() {
        return row.get().key();
    }

    @Override
    public ObjectProperty<ClusterRow> valueProperty() {
        return rowProperty();
    }
}
