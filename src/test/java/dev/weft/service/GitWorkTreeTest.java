package dev.weft.service;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * Which files a secret would be committed from: those in a Git work tree that does not ignore them, reached directly
 * or through a dotfiles link. With the real {@code git} (CI installs it; elsewhere the test runs where it is found).
 */
class GitWorkTreeTest {
    @TempDir
    Path dir;
    private Path repo;

    @BeforeEach
    void aRepository() throws Exception {
        repo = dir.resolve("dotfiles");
        Files.createDirectories(repo);
        boolean git;
        try {
            Process p = new ProcessBuilder("git", "init", "-q", repo.toString()).redirectErrorStream(true).start();
            git = p.waitFor(20, TimeUnit.SECONDS) && p.exitValue() == 0;
        } catch (java.io.IOException e) {
            git = false;
        }
        assumeTrue(git || System.getenv("CI") != null, "git is not installed here");
        assertThat(git).as("git init").isTrue();
    }

    @Test
    void aFileInTheRepositoryIsTakenAndOneOutsideIsNot() {
        assertThat(GitWorkTree.taking(repo.resolve("kube/config"))).as("in a folder not made yet").contains(real(repo));
        assertThat(GitWorkTree.taking(dir.resolve("elsewhere/config"))).isEmpty();
    }

    @Test
    void aFileTheRepositoryIgnoresIsNotTaken() throws Exception {
        Files.writeString(repo.resolve(".gitignore"), "aws/\n");
        assertThat(GitWorkTree.taking(repo.resolve("aws/credentials"))).isEmpty();
        assertThat(GitWorkTree.taking(repo.resolve("kube/config"))).contains(real(repo));
    }

    /** ~/.kube/config linked to the dotfiles' copy, and ~/.aws a linked folder: the write lands in the repository. */
    @Test
    void aLinkIntoTheRepositoryIsFollowed() throws Exception {
        Path home = dir.resolve("home");
        Files.createDirectories(home.resolve(".kube"));
        Files.createDirectories(repo.resolve("kube"));
        Files.writeString(repo.resolve("kube/config"), "apiVersion: v1\n");
        Files.createSymbolicLink(home.resolve(".kube/config"), repo.resolve("kube/config"));
        Files.createDirectories(repo.resolve("aws"));
        Files.createSymbolicLink(home.resolve(".aws"), repo.resolve("aws"));

        assertThat(GitWorkTree.taking(home.resolve(".kube/config"))).contains(real(repo));
        assertThat(GitWorkTree.taking(home.resolve(".aws/credentials"))).contains(real(repo));
        assertThat(GitWorkTree.taking(home.resolve(".kube/other"))).as("beside the link, outside").isEmpty();
    }

    private static Path real(Path p) {
        try {
            return p.toRealPath();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
