package dev.weft.ui.buckets;

import dev.weft.api.objectstorage.BucketInfo;
import dev.weft.api.objectstorage.BucketSettings;
import javafx.beans.property.ObjectProperty;

/** A bucket's row, stable across refreshes. */
public final class BucketItem extends dev.weft.ui.common.Rows.Row<BucketInfo> {
    private final dev.weft.ui.common.Derived<BucketInfo, long[]> figures = new dev.weft.ui.common.Derived<>(b ->
            new long[]{b.usage(BucketInfo.BYTES).orElse(0L), b.usage(BucketInfo.OBJECTS).orElse(0L)});
    private final dev.weft.ui.common.Derived<BucketInfo, String> searchText = new dev.weft.ui.common.Derived<>(b ->
            dev.weft.ui.common.Derived.searchable(b.name(), b.location()));

    public BucketItem(BucketInfo info) {
        super(info);
    }

    public ObjectProperty<BucketInfo> infoProperty() {
        return valueProperty();
    }

    public BucketInfo info() {
        return value();
    }

    public String name() {
        return value().name();
    }

    public long bytes() {
        return figures.of(value())[0];
    }

    public long objects() {
        return figures.of(value())[1];
    }

    /** What the search box matches, lower-cased: the name and the zone; made once per value of the row. */
    public String searchText() {
        return searchText.of(value());
    }

    public BucketSettings settings() {
        return settingsOf(value());
    }

    /** A bucket's settings, all off where the server gave none. */
    static BucketSettings settingsOf(BucketInfo b) {
        BucketSettings s = b.settings();
        return s == null ? new BucketSettings(false, false, null) : s;
    }
}
