package dev.weft.ui.common;

/** The user's theme choice; SYSTEM follows the OS where Weft can read it. */
public enum Theme {
    SYSTEM("Follow the system"), LIGHT("Light"), DARK("Dark");

    public final String label;

    Theme(String label) {
        this.label = label;
    }

    @Override
    public String toString() {
        return label;
    }
}
