package dev.weft.profiles;

import java.io.IOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Optional;
import java.util.Set;

/**
 * Writes files so that a crash never leaves half a file: a temporary file beside the target, then
 * a rename. Files Weft writes are owner-only (0600) where the file system knows permissions.
 */
public final class AtomicFiles {
    private static final Set<PosixFilePermission> OWNER_ONLY = PosixFilePermissions.fromString("rw-------");
    /** As Linux's own limit on links followed in one lookup. */
    private static final int MAX_LINKS = 40;
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss");

    private AtomicFiles() {
    }

    /**
     * Why writing {@code target} failed, in words that name it, not the temporary file beside it: "Weft could not
     * write to /path (No space left on device)".
     */
    public static String whyNotWritten(Path target, IOException failure) {
        String reason = failure instanceof java.nio.file.FileSystemException fs ? fs.getReason() : failure.getMessage();
        if (reason == null) {
            reason = failure instanceof java.nio.file.AccessDeniedException ? "not allowed"
                    : failure instanceof java.nio.file.FileAlreadyExistsException ? "a file is where a folder should be" : null;
        }
        return "Weft could not write to " + target + (reason == null ? "" : " (" + reason + ")");
    }

    /** Writes {@code content} to {@code target}, or to the file it links to: see {@link #throughLinks}. */
    public static void write(Path target, byte[] content) throws IOException {
        Path file = throughLinks(target);
        Path dir = file.getParent();
        Files.createDirectories(dir);
        Path tmp = Files.createTempFile(dir, "." + file.getFileName() + ".", ".tmp");
        try {
            ownerOnly(tmp);
            Files.write(tmp, content);
            try {
                Files.move(tmp, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING);
            }
        } finally {
            Files.deleteIfExists(tmp);
        }
    }

    /**
     * The file a write to {@code target} lands in: where {@code target} is a symbolic link (a ~/.kube/config or an
     * ~/.aws/credentials kept in a dotfiles folder), the file it names, so the rename replaces that file and the link
     * stays; renamed over the link itself, the link was gone and its file silently left behind, stale.
     */
    public static Path throughLinks(Path target) throws IOException {
        Path p = target.toAbsolutePath();
        for (int hops = 0; Files.isSymbolicLink(p); hops++) {
            if (hops == MAX_LINKS) {
                throw new java.nio.file.FileSystemException(target.toString(), null, "too many symbolic links");
            }
            p = p.getParent().resolve(Files.readSymbolicLink(p)); // a relative link is read from its own folder
        }
        return p;
    }

    /** Copies {@code file} to {@code file.bak-<time>} (owner-only) and returns the copy; empty when there was no file. */
    public static Optional<Path> backup(Path file) throws IOException {
        return keepAside(file, "bak", false);
    }

    /** Moves {@code file} out of the way as {@code file.<label>-<time>}, keeping it for the user. */
    public static Optional<Path> moveAside(Path file, String label) throws IOException {
        return keepAside(file, label, true);
    }

    private static Optional<Path> keepAside(Path file, String label, boolean move) throws IOException {
        if (!Files.exists(file)) {
            return Optional.empty();
        }
        Path aside = file.resolveSibling(file.getFileName() + "." + label + "-" + LocalDateTime.now().format(STAMP));
        for (int n = 2; Files.exists(aside); n++) {
            aside = file.resolveSibling(file.getFileName() + "." + label + "-" + LocalDateTime.now().format(STAMP) + "-" + n);
        }
        if (move) {
            Files.move(file, aside);
        } else {
            Files.copy(file, aside, StandardCopyOption.COPY_ATTRIBUTES);
        }
        ownerOnly(aside);
        return Optional.of(aside);
    }

    public static void ownerOnly(Path file) throws IOException {
        if (FileSystems.getDefault().supportedFileAttributeViews().contains("posix")) {
            Files.setPosixFilePermissions(file, OWNER_ONLY);
        }
    }

    /** Whether group or others may read the file (a warning for secrets files); false where unknowable. */
    public static boolean readableByOthers(Path file) throws IOException {
        if (!FileSystems.getDefault().supportedFileAttributeViews().contains("posix")) {
            return false;
        }
        Set<PosixFilePermission> p = Files.getPosixFilePermissions(file);
        return p.contains(PosixFilePermission.GROUP_READ) || p.contains(PosixFilePermission.OTHERS_READ)
                || p.contains(PosixFilePermission.GROUP_WRITE) || p.contains(PosixFilePermission.OTHERS_WRITE);
    }
}
