package dev.weft.ui.accesskeys;

import dev.weft.api.objectstorage.AccessKeyInfo;
import javafx.beans.property.ObjectProperty;

/** A key's table row, stable across refreshes so the selection stays. */
public final class KeyItem extends dev.weft.ui.common.Rows.Row<AccessKeyInfo> {
    public KeyItem(AccessKeyInfo info) {
        super(info);
    }

    /**
     * What the search box matches, lower-cased: id, principal, status and every attribute as key=value.
     * Made when the table's search index is (once per change of the rows), not kept by the row.
     */
    public String searchText() {
        AccessKeyInfo k = value();
        if (k == null) {
            return "";
        }
        // A plain loop, not a stream: this runs 100,000 times on the FX thread when a large list is searched.
        StringBuilder b = new StringBuilder(96).append(k.accessKeyId()).append('\n').append(k.principalName())
                .append('\n').append(k.status());
        for (var e : k.attributes().entrySet()) {
            b.append('\n').append(e.getKey()).append('=').append(e.getValue());
        }
        return b.toString().toLowerCase(java.util.Locale.ROOT);
    }

    public ObjectProperty<AccessKeyInfo> infoProperty() {
        return valueProperty();
    }

    public AccessKeyInfo info() {
        return value();
    }

    public String id() {
        return value().accessKeyId();
    }
}
