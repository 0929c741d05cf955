package dev.weft.ui.buckets;

import dev.weft.api.objectstorage.BucketInfo;
import dev.weft.api.objectstorage.BucketSettings;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;

/** A bucket's row, stable across refreshes. */
public final class BucketItem implements dev.weft.ui.common.Rows.Row<BucketInfo> {
    private final ObjectProperty<BucketInfo> info;

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
        return info.get().usage(BucketInfo.BYTES).orElse(0L);
    }

    public long objects() {
        return info.get().usage(BucketInfo.OBJECTS).orElse(0L);
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
