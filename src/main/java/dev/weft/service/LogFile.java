package dev.weft.service;

import java.io.IOException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.logging.FileHandler;
import java.util.logging.Formatter;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;

/**
 * Weft's log in a file too, not only on the terminal: started from a desktop menu it has none, and a problem met
 * in the afternoon needs its record when it is reported. {@code logs/weft-0.log} in the settings folder (the
 * folder and its files owner-only), three files of at most 1 MB, the newest first: what the terminal shows, and each
 * request's operation and status, which never hold a token or a secret key (SecretsScanTest reads every file Weft
 * writes). Owner-only as the folder is, so that a log copied out of it for a report stays the user's alone.
 */
public final class LogFile {
    static final int LIMIT_BYTES = 1_000_000;
    static final int FILES = 3;
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss.SSS");
    private static volatile Path current;
    private static volatile FileHandler handler;
    /**
     * Weft's own records from DEBUG up (each request's operation and status, each retry) go to the file; the
     * terminal's handler still shows INFO and up. Held here: a logger nobody references can lose its level.
     */
    private static final Logger WEFT = Logger.getLogger("dev.weft");

    private LogFile() {
    }

    /**
     * Adds the file to the root logger, instead of one added before; returns its folder, or null (said on the
     * terminal) when it cannot be made.
     */
    public static synchronized Path install(Path configDir) {
        close();
        Path dir = configDir.resolve("logs");
        try {
            ownerOnly(dir);
            FileHandler file = new OwnerOnlyFiles(dir);
            file.setEncoding("UTF-8");
            file.setLevel(Level.FINE);
            file.setFormatter(new OneLine());
            Logger.getLogger("").addHandler(file);
            WEFT.setLevel(Level.FINE);
            handler = file;
            current = dir;
            return dir;
        } catch (IOException | RuntimeException e) {
            System.getLogger(LogFile.class.getName()).log(System.Logger.Level.WARNING,
                    "no log file in " + dir + ": " + e.getMessage());
            return null;
        }
    }

    /** Where this run's log files are, or null when they are not written. */
    public static Path folder() {
        return current;
    }

    /** Stops writing the file (tests; the app's is closed by the JVM as it ends). */
    public static synchronized void close() {
        FileHandler file = handler;
        if (file != null) {
            Logger.getLogger("").removeHandler(file);
            WEFT.setLevel(null);
            file.close();
            handler = null;
            current = null;
        }
    }

    private static void ownerOnly(Path dir) throws IOException {
        if (FileSystems.getDefault().supportedFileAttributeViews().contains("posix")) {
            var rwx = PosixFilePermissions.fromString("rwx------");
            Files.createDirectories(dir, PosixFilePermissions.asFileAttribute(rwx));
            Files.setPosixFilePermissions(dir, rwx);
        } else {
            Files.createDirectories(dir);
        }
    }

    /**
     * The rotating files, each owner-only: the handler makes them as the process's umask says (0644), the first at
     * once and a new first one at each rotation, so each record's write is followed by a look at the newest file.
     */
    private static final class OwnerOnlyFiles extends FileHandler {
        private final Path newest;

        OwnerOnlyFiles(Path dir) throws IOException {
            super(dir.resolve("weft-%g.log").toString(), LIMIT_BYTES, FILES, true);
            newest = dir.resolve("weft-0.log");
            restrict();
        }

        @Override
        public synchronized void publish(LogRecord record) {
            super.publish(record);
            restrict();
        }

        private void restrict() {
            try {
                if (FileSystems.getDefault().supportedFileAttributeViews().contains("posix")
                        && !Files.getPosixFilePermissions(newest).equals(OWNER_READ_WRITE)) {
                    Files.setPosixFilePermissions(newest, OWNER_READ_WRITE);
                }
            } catch (IOException | RuntimeException e) {
                // A log file left as the system made it is no reason to lose the record; the folder is owner-only.
            }
        }
    }

    private static final java.util.Set<java.nio.file.attribute.PosixFilePermission> OWNER_READ_WRITE =
            PosixFilePermissions.fromString("rw-------");

    /** One line a record (its stack trace after it), in local time, as people read a log. */
    static final class OneLine extends Formatter {
        @Override
        public String format(LogRecord r) {
            StringBuilder line = new StringBuilder()
                    .append(WHEN.format(r.getInstant().atZone(ZoneId.systemDefault()))).append(' ')
                    .append(words(r.getLevel())).append(' ')
                    .append(r.getLoggerName()).append(": ")
                    .append(formatMessage(r)).append(System.lineSeparator());
            if (r.getThrown() != null) {
                java.io.StringWriter trace = new java.io.StringWriter();
                r.getThrown().printStackTrace(new java.io.PrintWriter(trace));
                line.append(trace);
            }
            return line.toString();
        }

        /** The level in System.Logger's words, which Weft logs in (java.util.logging would say FINE for DEBUG). */
        private static String words(Level level) {
            int v = level.intValue();
            return v >= Level.SEVERE.intValue() ? "ERROR" : v >= Level.WARNING.intValue() ? "WARNING"
                    : v >= Level.INFO.intValue() ? "INFO" : v >= Level.FINE.intValue() ? "DEBUG" : "TRACE";
        }
    }
}
