package dev.weft.ui.common;

import org.junit.jupiter.api.Test;

import java.io.UncheckedIOException;
import java.nio.charset.MalformedInputException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.NoSuchFileException;
import java.util.concurrent.CompletionException;

import static org.assertj.core.api.Assertions.assertThat;

/** What a person reads when a file cannot be read or written: words, not the JDK's bare messages. */
class ErrorPresenterTest {
    private static String said(java.io.IOException e) {
        return ErrorPresenter.sentence(new CompletionException(new UncheckedIOException(e)));
    }

    @Test
    void fileErrorsAreSaidInWords() {
        assertThat(said(new MalformedInputException(1))).isEqualTo("The file is not text in UTF-8.");
        assertThat(said(new NoSuchFileException("/tmp/q.csv"))).isEqualTo("There is no file /tmp/q.csv.");
        assertThat(said(new AccessDeniedException("/etc/shadow"))).isEqualTo("Weft is not allowed to use /etc/shadow.");
        assertThat(said(new FileSystemException("/mnt/full/a.json", null, "No space left on device")))
                .isEqualTo("/mnt/full/a.json: No space left on device.");
        assertThat(said(new FileSystemException(null, null, "Read-only file system"))).isEqualTo("Read-only file system.");
    }

    @Test
    void otherErrorsKeepTheirOwnMessage() {
        assertThat(said(new java.io.IOException("the disk vanished"))).isEqualTo("the disk vanished");
        assertThat(ErrorPresenter.sentence(new UncheckedIOException("Not a policy file: line 1", new java.io.IOException("line 1"))))
                .isEqualTo("Not a policy file: line 1");
        assertThat(ErrorPresenter.sentence(new IllegalStateException())).isEqualTo("Something went wrong (IllegalStateException).");
    }
}
