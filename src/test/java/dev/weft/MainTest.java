package dev.weft;

import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class MainTest {
    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    private int run(String... args) {
        return Main.run(List.of(args), new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    @Test
    void helpAndVersionPrintAndSucceed() {
        assertThat(run("--help")).isZero();
        assertThat(out.toString(StandardCharsets.UTF_8)).contains("usage: weft").contains("emulator");
        out.reset();
        assertThat(run("--version")).isZero();
        assertThat(out.toString(StandardCharsets.UTF_8)).matches("Weft \\d+\\.\\d+\\.\\d+.*\\R");
    }

    @Test
    void anUnknownArgumentIsAOneLineErrorAndExit2() {
        assertThat(run("--frobnicate")).isEqualTo(2);
        String e = err.toString(StandardCharsets.UTF_8);
        assertThat(e.lines().findFirst()).contains("weft: unknown argument: --frobnicate");
        assertThat(e).contains("usage: weft");
        assertThat(out.toString(StandardCharsets.UTF_8)).isEmpty();
    }

    @Test
    void emulatorOptionsAreChecked() {
        assertThat(run("emulator", "--port", "http")).isEqualTo(2);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("--port must be a whole number");
        assertThat(run("emulator", "--bogus")).isEqualTo(2);
        assertThat(run("emulator", "--help")).isZero();
        assertThat(out.toString(StandardCharsets.UTF_8)).contains("--provision-seconds");
    }
}
