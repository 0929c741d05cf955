package dev.weft.domain;

import java.util.List;
import java.util.regex.Pattern;

/** Text made into words a POSIX shell (or a tool splitting as one does, like the AWS CLI) reads back unchanged. */
public final class ShellWords {
    /** What a shell takes literally without quotes. */
    private static final Pattern PLAIN = Pattern.compile("[A-Za-z0-9_./:=@%+,-]+");

    private ShellWords() {
    }

    /** Single quotes: nothing inside is expanded; a single quote is closed, escaped and reopened. */
    public static String quote(String text) {
        return "'" + text.replace("'", "'\\''") + "'";
    }

    /** The words as this system's shell reads them: quoted as here, or on Windows as its command lines are. */
    public static String joinHere(List<String> words) {
        return WindowsCommandLine.here() ? WindowsCommandLine.join(words) : join(words);
    }

    /** The words joined by spaces, each quoted only where it needs to be, so that the usual ones read as typed. */
    public static String join(List<String> words) {
        return String.join(" ", words.stream().map(w -> PLAIN.matcher(w).matches() ? w : quote(w)).toList());
    }
}
