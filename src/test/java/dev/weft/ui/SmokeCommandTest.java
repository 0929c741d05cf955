package dev.weft.ui;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/** {@code weft --smoke} as CI runs it: its own JVM, headless, exit 0 once every tab has loaded. */
class SmokeCommandTest {
    @Test
    void opensTheWindowLoadsEveryTabAndExitsZero(@TempDir Path home) throws Exception {
        String text = run(home, "--smoke");
        assertThat(text).contains("all 4 tabs loaded");
        assertThat(home.resolve(".config/weft")).as("a smoke run leaves the user's settings alone").doesNotExist();
    }

    @Test
    void theStartupBenchmarksPrintTheirFiguresOnOneLineEach(@TempDir Path home) throws Exception {
        assertThat(run(home, "--benchmark-startup"))
                .containsPattern("(?m)^benchmark-startup: first window \\d+ ms, its content \\d+ ms, all tabs populated \\d+ ms \\(after JVM start\\)$");
        assertThat(run(home, "--benchmark-bare-window")).containsPattern("(?m)^benchmark-bare-window: first window \\d+ ms");
    }

    /** Runs Weft in its own headless JVM; returns its output once it exited 0. */
    private static String run(Path home, String command) throws Exception {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Path out = home.resolve("out.txt");
        Process p = new ProcessBuilder(List.of(java, "-Dglass.platform=Monocle", "-Dmonocle.platform=Headless",
                "-Dprism.order=sw", "-Duser.home=" + home, "-Dweft.home=" + home, "-cp", System.getProperty("java.class.path"), "dev.weft.Main", command))
                .redirectErrorStream(true).redirectOutput(out.toFile()).start();
        assertThat(p.waitFor(90, TimeUnit.SECONDS)).isTrue();
        String text = Files.readString(out, StandardCharsets.UTF_8);
        assertThat(p.exitValue()).as(text).isZero();
        return text;
    }
}
