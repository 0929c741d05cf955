package dev.weft.testing;

import java.nio.charset.StandardCharsets;
import java.util.List;

/** What a real POSIX shell makes of a line Weft writes for one: its words, each as the shell hands it on. */
public final class ShellReads {
    private ShellReads() {
    }

    public static List<String> words(String line) throws Exception {
        Process p = new ProcessBuilder("sh", "-c", "for w in " + line + "; do printf '%s\\0' \"$w\"; done").start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (p.waitFor() != 0) {
            throw new IllegalStateException("sh could not read: " + line);
        }
        return List.of(out.split("\0", -1)).subList(0, (int) out.chars().filter(c -> c == 0).count());
    }
}
