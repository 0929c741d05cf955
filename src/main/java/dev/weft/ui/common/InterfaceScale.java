package dev.weft.ui.common;

import java.util.List;
import java.util.Locale;
import java.util.Properties;

/**
 * How large Weft draws everything it shows — text, controls, tables, dialogs and menus alike — in percent, as
 * chosen in Preferences; the system's own scale unless one is chosen. JavaFX follows a whole-number
 * {@code GDK_SCALE} on Linux, not a desktop's fractional 125 % or 150 %, so on a laptop's dense screen its text
 * was small beside every other application's. JavaFX reads the scale once, as its toolkit starts: a choice
 * applies from Weft's next start.
 */
public final class InterfaceScale {
    /** In {@link #CHOICES}: no size chosen, the system's own (saved as none). */
    public static final int SYSTEM = 0;
    /** The sizes offered, in percent; {@link #SYSTEM} is the system's own. */
    public static final List<Integer> CHOICES = List.of(SYSTEM, 100, 125, 150, 175, 200);

    private InterfaceScale() {
    }

    /**
     * The JavaFX property that scales every window on the system named {@code osName}, or null where the system
     * scales Weft as it scales every application (macOS), and a choice would have nothing to set.
     */
    static String property(String osName) {
        String os = osName == null ? "" : osName.toLowerCase(Locale.ROOT);
        if (os.startsWith("windows")) {
            return "glass.win.uiScale";
        }
        return os.startsWith("linux") ? "glass.gtk.uiScale" : null;
    }

    /** Whether a size can be chosen on this system. */
    public static boolean choosable() {
        return property(System.getProperty("os.name")) != null;
    }

    /**
     * Before the toolkit starts: sets the scale {@code percent} (null or {@link #SYSTEM}: none) for the windows
     * JavaFX is about to make, unless the command line already set one ({@code -Dglass.gtk.uiScale=1.5}). A size
     * not offered (a settings file edited by hand) is not applied: 1000 % would leave no room for the window.
     */
    public static void applyBeforeStart(Integer percent, Properties system, String osName) {
        String property = property(osName);
        int choice = choiceOf(percent);
        if (property != null && choice != SYSTEM && system.getProperty(property) == null) {
            system.setProperty(property, Double.toString(choice / 100.0));
        }
    }

    /**
     * The choices at which a window at its least size ({@code leastWidth} × {@code leastHeight}) still fits a
     * screen of {@code width} × {@code height} device pixels: 200 % on a 1,366 × 768 laptop left the window larger
     * than its screen. The system's own size is always offered.
     */
    public static List<Integer> fitting(double width, double height, double leastWidth, double leastHeight) {
        return CHOICES.stream().filter(c -> c == SYSTEM || (width * 100 / c >= leastWidth && height * 100 / c >= leastHeight)).toList();
    }

    /** A choice as Preferences words it. */
    public static String label(Integer percent) {
        return percent == null || percent == SYSTEM ? "As the system sets it" : percent + "%";
    }

    /** A saved size as a choice: one not offered (a file edited by hand) is the system's. */
    public static int choiceOf(Integer saved) {
        return saved != null && CHOICES.contains(saved) ? saved : SYSTEM;
    }
}
