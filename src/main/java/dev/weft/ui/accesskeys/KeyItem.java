package dev.weft.ui.accesskeys;

import dev.weft.api.objectstorage.AccessKeyInfo;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;

/** A key's table row, stable across refreshes so the selection stays. */
public final class KeyItem implements dev.weft.ui.common.Rows.Row<AccessKeyInfo> {
    private final ObjectProperty<AccessKeyInfo> info;

    public KeyItem(AccessKeyInfo info) {
        this.info = new SimpleObjectProperty<>(info);
    }

    public ObjectProperty<AccessKeyInfo> infoProperty() {
        return info;
    }

    public AccessKeyInfo info() {
        return info.get();
    }

    public String id() {
        return info.get().accessKeyId();
    }

    @Override
    public ObjectProperty<AccessKeyInfo> valueProperty() {
        return infoProperty();
    }
}
