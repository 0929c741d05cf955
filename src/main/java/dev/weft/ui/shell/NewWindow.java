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
    /** Set in the new process's environment: its window opens offset from this one's, not exactly over it. */
    static final String CASCADE = "WEFT_CASCADE";
    private static final double STEP = 32;

    private NewWindow() {
    }

    /**
     * How to start another Weft: the launcher jpackage names, or this process's own command line; empty where
     * the system does not tell it (a plain java command on Windows).
     */
    static Optional<ProcessBuilder> process(String jpackageAppPath, ProcessHandle.Info self) {
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
        pb.environment().put(CASCADE, "1");
        return Optional.of(pb);
    }

    /** This process's way to start another, as the desktop started this one. */
    static Optional<ProcessBuilder> process() {
        return process(System.getProperty("jpackage.app-path"), ProcessHandle.current().info());
    }

    /** The window's place for a process started as a new window: a step down and right of the saved one. */
    public static UiState cascaded(UiState saved, Map<String, String> env) {
        if (!"1".equals(env.get(CASCADE)) || saved.x() == null || saved.y() == null || saved.width() == null || saved.height() == null) {
            return saved;
        }
        return saved.withGeometry(saved.x() + STEP, saved.y() + STEP, saved.width(), saved.height(), Boolean.TRUE.equals(saved.maximized()));
    }
}
