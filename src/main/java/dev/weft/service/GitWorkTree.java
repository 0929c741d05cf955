package dev.weft.service;

import dev.weft.profiles.AtomicFiles;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/**
 * Whether Git would take a file Weft is about to write a secret into. CoreWeave's advice is to keep kubeconfigs out
 * of version control, and a ~/.kube/config or ~/.aws/credentials kept in a dotfiles repository (a symbolic link to
 * the file or to its folder) lies in a work tree without anyone having chosen to put a secret there. Blocking: a few
 * file checks and, where Git is installed, one {@code git check-ignore}.
 */
public final class GitWorkTree {
    private static final long GIT_SECONDS = 5;

    private GitWorkTree() {
    }

    /** The work tree the write to {@code file} would land in, when Git does not ignore the file there; empty otherwise. */
    public static Optional<Path> taking(Path file) {
        Path target = landing(file);
        for (Path dir = target.getParent(); dir != null; dir = dir.getParent()) {
            if (Files.exists(dir.resolve(".git"))) { // a folder, or a file in a linked work tree or a submodule
                return ignored(dir, target) ? Optional.empty() : Optional.of(dir);
            }
        }
        return Optional.empty();
    }

    /** Where a write to {@code file} lands: through a link at the file and through any linked folder above it. */
    private static Path landing(Path file) {
        try {
            Path through = AtomicFiles.throughLinks(file);
            Path dir = through.getParent();
            while (dir != null && !Files.exists(dir)) { // the folders a write would make
                dir = dir.getParent();
            }
            return dir == null ? through.normalize() : dir.toRealPath().resolve(dir.relativize(through)).normalize();
        } catch (IOException e) {
            return file.toAbsolutePath().normalize();
        }
    }

    /** Git's own answer; a file Git cannot be asked about (not installed, a broken repository) is taken as not ignored. */
    private static boolean ignored(Path tree, Path file) {
        if (System.getProperty("os.name", "").toLowerCase(java.util.Locale.ROOT).contains("mac") && !succeeds("xcode-select", "-p")) {
            return false; // macOS's git without the developer tools offers, in a window, to install them
        }
        return succeeds("git", "-C", tree.toString(), "check-ignore", "-q", "--", file.toString());
    }

    /** Whether {@code command} ran and exited 0 within the time limit. */
    private static boolean succeeds(String... command) {
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD);
        builder.environment().keySet().removeIf(k -> k.startsWith("GIT_")); // another repository's, from the user's shell
        try {
            Process p = builder.start();
            if (!p.waitFor(GIT_SECONDS, TimeUnit.SECONDS)) {
                p.destroyForcibly();
                return false;
            }
            return p.exitValue() == 0;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }
}
