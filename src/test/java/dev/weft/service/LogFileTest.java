package dev.weft.service;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** What Weft says on the terminal is kept in a file too, for a problem reported after the fact. */
class LogFileTest {
    @TempDir
    Path config;

    @AfterEach
    void stop() {
        LogFile.close();
    }

    @Test
    void aWarningLandsInTheOwnerOnlyLogFolderOfTheSettings() throws Exception {
        Path folder = LogFile.install(config);
        assertThat(folder).isEqualTo(config.resolve("logs")).isEqualTo(LogFile.folder());
        System.getLogger("dev.weft.somewhere").log(System.Logger.Level.WARNING, "the bucket settings could not be saved",
                new IllegalStateException("disk full"));
        System.getLogger("dev.weft.api.Somewhere").log(System.Logger.Level.DEBUG, "GET /v1beta1/cks/clusters -> 200");
        System.getLogger("com.example.library").log(System.Logger.Level.DEBUG, "a library's detail nobody asked for");
        LogFile.close();

        String log = Files.readString(folder.resolve("weft-0.log"));
        assertThat(log).matches("(?s)\\d{4}-\\d\\d-\\d\\d \\d\\d:\\d\\d:\\d\\d\\.\\d{3} WARNING dev\\.weft\\.somewhere: "
                + "the bucket settings could not be saved\\R.*IllegalStateException: disk full.*");
        assertThat(log).as("Weft's requests, from DEBUG up").contains("DEBUG dev.weft.api.Somewhere: GET /v1beta1/cks/clusters -> 200");
        assertThat(log).as("a library's details").doesNotContain("nobody asked for");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(folder))).isEqualTo("rwx------");
    }

    /** Every log file owner-only, the first and those the rotation makes, as the folder is. */
    @Test
    void theLogFilesAreOwnerOnlyAcrossARotation() throws Exception {
        Path folder = LogFile.install(config);
        String line = "x".repeat(1_000);
        for (int i = 0; i < LogFile.LIMIT_BYTES / 1_000 + 50; i++) { // past one file's limit: the files rotate
            System.getLogger("dev.weft.somewhere").log(System.Logger.Level.INFO, line);
        }
        LogFile.close();
        try (var files = Files.list(folder)) {
            List<Path> logs = files.filter(p -> p.getFileName().toString().endsWith(".log")).toList();
            assertThat(logs).extracting(p -> p.getFileName().toString()).contains("weft-0.log", "weft-1.log");
            assertThat(logs).allSatisfy(p -> assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(p)))
                    .as("%s", p.getFileName()).isEqualTo("rw-------"));
        }
    }

    @Test
    void aFolderThatCannotBeMadeLeavesTheTerminalLogAlone() throws Exception {
        Files.writeString(config.resolve("logs"), "a file where the folder would be");
        assertThat(LogFile.install(config)).isNull();
        assertThat(LogFile.folder()).isNull();
    }
}
