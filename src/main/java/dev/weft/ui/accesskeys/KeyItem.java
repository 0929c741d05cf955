package dev.weft.ui.accesskeys;

import dev.weft.api.objectstorage.AccessKeyInfo;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;

/** A key's table row, stable across refreshes so the selection stays. */
public final class KeyItem {
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
}
