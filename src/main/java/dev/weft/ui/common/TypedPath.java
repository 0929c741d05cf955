package dev.weft.ui.common;

import java.io.File;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;

/**
 * A file's path as a person types it into a field: "~" is their home, as in a shell, and a path not from the root
 * is read from their home too. Taken as Java reads it, "~/.kube/staging" was a folder named "~" made wherever the
 * app was started (a desktop launcher's "/" or its install folder), and the file was written there.
 */
public final class TypedPath {
    private TypedPath() {
    }

    /** The path {@code typed} names, for a user whose home is {@code home}; InvalidPathException for what no file can be named. */
    public static Path of(String typed, String home) {
        String t = typed.strip();
        if (t.isEmpty()) {
            throw new InvalidPathException(t, "no file named");
        }
        if (t.equals("~")) {
            return Path.of(home);
        }
        if (t.startsWith("~/") || t.startsWith("~" + File.separator)) {
            return Path.of(home, t.substring(2));
        }
        Path p = Path.of(t);
        return p.isAbsolute() ? p : Path.of(home).resolve(p);
    }

    /** {@code path} as a person reads it: under their home, from "~" (the inverse of {@link #of}). */
    public static String shown(Path path, String home) {
        Path h = Path.of(home);
        return path.startsWith(h) && !path.equals(h) ? "~" + File.separator + h.relativize(path) : path.toString();
    }
}
