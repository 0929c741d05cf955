package dev.weft.ui.common;

import javafx.scene.control.Label;

/** A status in words with a colour that repeats it (never colour alone), and a spinner while it is changing. */
public final class StatusBadge extends Label {
    /** What the colour says: all is well, something is under way, something is wrong, or neither. */
    public enum Tone { HEALTHY, BUSY, FAILED, UNKNOWN }

    private Tone shown;

    public StatusBadge() {
        getStyleClass().add("badge");
        setMinWidth(USE_PREF_SIZE);
    }

    /** Shows the words in the tone's colour, with a spinner while {@code changing}; null words show nothing. */
    public void show(String words, Tone tone, boolean changing) {
        setText(words == null ? "" : words);
        Tone now = words == null ? null : tone;
        if (now != shown) { // a style class changed restyles the badge: in a table scrolled or filtered, only when it must
            getStyleClass().removeAll("badge-healthy", "badge-busy", "badge-failed", "badge-unknown");
            if (now != null) {
                getStyleClass().add("badge-" + now.name().toLowerCase(java.util.Locale.ROOT));
            }
            shown = now;
        }
        if (words == null) {
            setGraphic(null);
            return;
        }
        if (!changing) {
            setGraphic(null);
        } else if (!(getGraphic() instanceof Busy)) {
            setGraphic(new Busy(12));
        }
    }
}
