package dev.weft.ui.buckets;

import dev.weft.api.objectstorage.BucketInfo;
import dev.weft.api.objectstorage.BucketSettings;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;

/** A bucket's row, stable across refreshes. */
public final class BucketItem implements dev.weft.ui.common.Rows.Row<BucketInfo> {
    private final ObjectProperty<BucketInfo> info;
    private final dev.weft.ui.common.Derived<BucketInfo, long[]> figures = new dev.weft.ui.common.Derived<>(b ->
            new long[]{b.usage(BucketInfo.BYTES).orElse(0L), b.usage(BucketInfo.OBJECTS).orElse(0L)});
    private final dev.weft.ui.common.Derived<BucketInfo, String> searchText = new dev.weft.ui.common.Derived<>(b ->
            dev.weft.ui.common.Derived.searchable(b.name(), b.location()));

    public BucketItem(BucketInfo info) {
        this.info = new SimpleObjectProperty<>(info);
    }

    public ObjectProperty<BucketInfo> infoProperty() {
        return info;
    }

    public BucketInfo info() {
        return info.get();
    }

    public String name() {
        return info.get().name();
    }

    public long bytes() {
        return figures.of(info.get())[0];
    }

    public long objects() {
        return figures.of(info.get())[1];
    }

    /** What the search box matches, lower-cased: the name and the zone; made once per value of the row. */
    public String searchText() {
        return searchText.of(info.get());
    }

    public BucketSettings settings() {
        BucketSettings s = info.get().settings();
        return s == null ? new BucketSettings(false, false, null) : s;
    }

    @Override
    public ObjectProperty<BucketInfo> valueProperty() {
        return infoProperty();
    }
}
