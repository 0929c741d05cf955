package dev.weft.ui.shell;

import dev.weft.ui.common.UiState;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Another Weft window beside this one, for a second account side by side: a second Weft process started as
 * this one was (the installed launcher, or the same java command). Two Weft processes share the settings
 * safely: profiles are changed in the file as it is then, and a draft open in one is not offered in the other.
 */
public final class NewWindow {
    /**
     * Set in the new process's environment to this window's place and size ("x,y,width,height"): the new
     * window opens a step down and right of it, not exactly over it (a window never moved has no saved place).
     */
    static final String CASCADE = "WEFT_CASCADE";
    private static final double STEP = 32;

    private NewWindow() {
    }

    /**
     * How to start another Weft: the launcher jpackage names, or this process's own command line; empty where
     * the system does not tell it (a plain java command on Windows). {@code from}: the window to open beside,
     * or null for a Weft that opens where this one's window was saved (a restart).
     */
    static Optional<ProcessBuilder> process(String jpackageAppPath, ProcessHandle.Info self, javafx.geometry.Rectangle2D from) {
        List<String> command = new ArrayList<>();
        if (jpackageAppPath != null && !jpackageAppPath.isBlank()) {
            command.add(jpackageAppPath);
        } else if (self.command().isPresent() && self.arguments().isPresent()) {
            command.add(self.command().get());
            command.addAll(Arrays.asList(self.arguments().get()));
        } else {
            return Optional.empty();
        }
        ProcessBuilder pb = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD);
        environment(pb.environment(), from);
        return Optional.of(pb);
    }

    /**
     * The new process's environment: this one's, offset from {@code from} (none when null), and without the mark
     * jpackage's Linux launcher sets for itself (_JPACKAGE_LAUNCHER), which made the second launcher act as a bare
     * {@code java} command and print its usage instead of opening a window.
     */
    static void environment(Map<String, String> env, javafx.geometry.Rectangle2D from) {
        env.remove("_JPACKAGE_LAUNCHER");
        if (from == null) {
            env.remove(CASCADE); // this process's own, when it was opened as a new window
        } else {
            env.put(CASCADE, from.getMinX() + "," + from.getMinY() + "," + from.getWidth() + "," + from.getHeight());
        }
    }

    /** This process's way to start another beside the window at {@code from}, as the desktop started this one. */
    static Optional<ProcessBuilder> process(javafx.geometry.Rectangle2D from) {
        return process(System.getProperty("jpackage.app-path"), ProcessHandle.current().info(), from);
    }

    /** This process's way to start Weft again, its window where this one's is saved: for a setting read only at start. */
    static Optional<ProcessBuilder> again() {
        return process(System.getProperty("jpackage.app-path"), ProcessHandle.current().info(), null);
    }

    /** The window's place for a process started as a new window: a step down and right of the one that started it. */
    public static UiState cascaded(UiState saved, Map<String, String> env) {
        String[] from = String.valueOf(env.get(CASCADE)).split(",");
        try {
            if (from.length == 4) {
                return saved.withGeometry(Double.parseDouble(from[0]) + STEP, Double.parseDouble(from[1]) + STEP,
                        Double.parseDouble(from[2]), Double.parseDouble(from[3]), false);
            }
        } catch (NumberFormatException notAPlace) {
            // opened where it was saved
        }
        return saved;
    }
}
