package dev.weft.ui.clusters;

import dev.weft.ui.common.Busy;
import javafx.scene.control.Label;

/** A status in words with a colour that repeats it (never colour alone), and a spinner while it is changing. */
final class StatusBadge extends Label {
    StatusBadge() {
        getStyleClass().add("badge");
        setMinWidth(USE_PREF_SIZE);
    }

    void show(ClusterRow row) {
        if (row == null) {
            setText("");
            setGraphic(null);
            getStyleClass().removeAll("badge-healthy", "badge-busy", "badge-failed", "badge-unknown");
            return;
        }
        setText(row.status());
        getStyleClass().removeAll("badge-healthy", "badge-busy", "badge-failed", "badge-unknown");
        getStyleClass().add("badge-" + row.health().name().toLowerCase());
        if (row.transitional()) {
            if (!(getGraphic() instanceof Busy)) {
                setGraphic(new Busy(12));
            }
        } else {
            setGraphic(null);
        }
    }
}
