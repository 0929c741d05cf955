package dev.weft.service;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;

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

    @Test
    void aFolderThatCannotBeMadeLeavesTheTerminalLogAlone() throws Exception {
        Files.writeString(config.resolve("logs"), "a file where the folder would be");
        assertThat(LogFile.install(config)).isNull();
        assertThat(LogFile.folder()).isNull();
    }
}
