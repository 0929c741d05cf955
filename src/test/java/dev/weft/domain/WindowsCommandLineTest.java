package dev.weft.domain;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Microsoft's rules for a command line's arguments ("Parsing C++ command-line arguments"), as written. */
class WindowsCommandLineTest {
    @Test
    void aWordIsQuotedOnlyWhereItMustBeAndReadsBackAsItself() {
        assertThat(WindowsCommandLine.join(List.of("C:\\Weft\\Weft.exe", "s3-credentials", "--profile", "prod")))
                .as("backslashes not before a quote are themselves").isEqualTo("C:\\Weft\\Weft.exe s3-credentials --profile prod");
        assertThat(WindowsCommandLine.quote("C:\\Program Files\\Weft\\Weft.exe")).isEqualTo("\"C:\\Program Files\\Weft\\Weft.exe\"");
        assertThat(WindowsCommandLine.quote("")).as("an empty word is still a word").isEqualTo("\"\"");
        assertThat(WindowsCommandLine.quote("say \"hi\"")).isEqualTo("\"say \\\"hi\\\"\"");
        assertThat(WindowsCommandLine.quote("a\\\"b")).as("the backslash before a quote doubled, the quote escaped")
                .isEqualTo("\"a\\\\\\\"b\"");
        assertThat(WindowsCommandLine.quote("C:\\My Dir\\")).as("a trailing backslash doubled, so the closing quote closes")
                .isEqualTo("\"C:\\My Dir\\\\\"");
    }
}
