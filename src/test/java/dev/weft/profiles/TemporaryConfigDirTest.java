package dev.weft.profiles;

import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/** A smoke run's (or a test's) settings folder leaves nothing behind in the system's temporary folder. */
class TemporaryConfigDirTest {
    @Test
    void closingDeletesTheFolderAndEverythingInIt() throws Exception {
        TemporaryConfigDir dir = TemporaryConfigDir.create("weft-temporary-test");
        Path root = dir.path();
        assertThat(root).isDirectory().startsWith(Path.of(System.getProperty("java.io.tmpdir")));
        Files.writeString(root.resolve("ui-state.json"), "{}");
        Files.createDirectories(root.resolve("drafts/nested"));
        Files.writeString(root.resolve("drafts/nested/policy.json"), "{}");

        dir.close();

        assertThat(root).doesNotExist();
        dir.close(); // a second close finds nothing and says nothing
    }
}
