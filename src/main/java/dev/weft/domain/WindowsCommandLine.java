package dev.weft.domain;

import java.util.List;
import java.util.stream.Collectors;

/**
 * Words joined into one Windows command line, as the C runtime splits it back (and the AWS CLI on Windows, which
 * reads a {@code credential_process} so): only double quotes quote, and a backslash is itself unless it leads up
 * to a quote. Single quotes, as {@link ShellWords} writes them, are ordinary characters there.
 */
public final class WindowsCommandLine {
    private WindowsCommandLine() {
    }

    /** Whether this is Windows, where command lines are split so (and shells read neither POSIX quotes nor {@code $VAR}). */
    public static boolean here() {
        return System.getProperty("os.name", "").startsWith("Windows");
    }

    public static String join(List<String> words) {
        return words.stream().map(WindowsCommandLine::quote).collect(Collectors.joining(" "));
    }

    /** The word as it is where it holds no space, tab or quote; else in double quotes, with a quote and the backslashes before one escaped. */
    static String quote(String word) {
        if (!word.isEmpty() && word.chars().noneMatch(c -> c == ' ' || c == '\t' || c == '"')) {
            return word;
        }
        StringBuilder b = new StringBuilder("\"");
        int backslashes = 0;
        for (char c : word.toCharArray()) {
            if (c == '\\') {
                backslashes++;
                continue;
            }
            // Backslashes before a quote are doubled and the quote escaped; before anything else they stay as they are.
            b.append("\\".repeat(c == '"' ? backslashes * 2 + 1 : backslashes)).append(c);
            backslashes = 0;
        }
        // Before the closing quote, trailing backslashes are doubled so that it still closes.
        return b.append("\\".repeat(backslashes * 2)).append('"').toString();
    }
}
