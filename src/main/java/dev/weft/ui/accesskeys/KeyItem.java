package dev.weft.ui.accesskeys;

import dev.weft.api.objectstorage.AccessKeyInfo;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;

/** A key's table row, stable across refreshes so the selection stays. */
public final class KeyItem implements dev.weft.ui.common.Rows.Row<AccessKeyInfo> {
    private final ObjectProperty<AccessKeyInfo> info;
    /**
     * Kept in a field of the row itself, remade when the value changes: a keystroke over 100,000 keys
     * reads it 100,000 times, and each extra object between the row and the text costs a cache miss.
     */
    private String searchText;

    public KeyItem(AccessKeyInfo info) {
        this.info = new SimpleObjectProperty<>(info) {
            @Override
            protected void invalidated() {
                searchText = searchable(get());
            }
        };
        this.searchText = searchable(info);
    }

    private static String searchable(AccessKeyInfo k) {
        if (k == null) {
            return "";
        }
        // A plain loop, not a stream: this runs 100,000 times on the FX thread when a large list arrives.
        StringBuilder b = new StringBuilder(96).append(k.accessKeyId()).append('\n').append(k.principalName())
                .append('\n').append(k.status());
        for (var e : k.attributes().entrySet()) {
            b.append('\n').append(e.getKey()).append('=').append(e.getValue());
        }
        return b.toString().toLowerCase(java.util.Locale.ROOT);
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

    /** What the search box matches, lower-cased: id, principal, status and every attribute as key=value. */
    public String searchText() {
        return searchText;
    }

    @Override
    public ObjectProperty<AccessKeyInfo> valueProperty() {
        return infoProperty();
    }
}
