package dev.weft.profiles;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class AtomicFilesTest {

    @Test
    void aFileKeptBehindASymbolicLinkIsWrittenAndTheLinkStays(@TempDir Path home) throws Exception {
        Path dotfiles = Files.createDirectories(home.resolve("dotfiles/kube"));
        Path real = Files.writeString(dotfiles.resolve("config"), "old");
        Path kube = Files.createDirectories(home.resolve(".kube"));
        Path link = Files.createSymbolicLink(kube.resolve("config"), Path.of("../dotfiles/kube/config")); // relative, as ln -s makes them

        AtomicFiles.write(link, "new".getBytes(StandardCharsets.UTF_8));

        assertThat(Files.isSymbolicLink(link)).as("the user's link kept").isTrue();
        assertThat(Files.readString(real)).as("the file it names written").isEqualTo("new");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(real))).isEqualTo("rw-------");
        try (var left = Files.list(kube)) {
            assertThat(left).as("no temporary file left beside the link").containsExactly(link);
        }
    }

    @Test
    void aLinkToAFileNotThereYetMakesItAndALoopIsSaid(@TempDir Path home) throws Exception {
        Path target = home.resolve("elsewhere/credentials");
        Files.createDirectories(target.getParent());
        Path link = Files.createSymbolicLink(home.resolve("credentials"), target);
        AtomicFiles.write(link, "made".getBytes(StandardCharsets.UTF_8));
        assertThat(Files.readString(target)).isEqualTo("made");
        assertThat(Files.isSymbolicLink(link)).isTrue();

        Path a = home.resolve("a");
        Path b = home.resolve("b");
        Files.createSymbolicLink(a, b);
        Files.createSymbolicLink(b, a);
        assertThatThrownBy(() -> AtomicFiles.write(a, new byte[0])).hasMessageContaining("too many symbolic links");
    }
}
