package dev.weft.sandbox;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/** {@code weft emulator} as a user runs it: its own JVM, the listening line first, serving, stopped cleanly. */
class EmulatorProcessTest {

    @Test
    void printsTheListeningLineQuicklyServesAndStopsOnSigterm(@TempDir Path dir) throws Exception {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Path log = dir.resolve("out.txt");
        ProcessBuilder pb = new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"), "dev.weft.Main",
                "emulator", "--port", "0", "--empty", "--token", "t-1");
        pb.redirectErrorStream(true).redirectOutput(log.toFile());
        long start = System.nanoTime();
        Process p = pb.start();
        try {
            String first = firstLine(log, 10_000);
            long millis = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start);
            assertThat(first).matches("Weft sandbox listening on http://127\\.0\\.0\\.1:\\d+");
            assertThat(millis).as("ms from JVM start to the listening line").isLessThan(5_000);

            String base = first.substring(first.indexOf("http://"));
            HttpResponse<String> r = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(base + "/v1beta1/cks/clusters"))
                    .header("Authorization", "Bearer t-1").build(), HttpResponse.BodyHandlers.ofString());
            assertThat(r.statusCode()).isEqualTo(200);
            assertThat(r.body()).isEqualTo("{\"items\":[]}");

            p.destroy();
            assertThat(p.waitFor(10, TimeUnit.SECONDS)).isTrue();
            assertThat(Files.readString(log, StandardCharsets.UTF_8)).contains("Weft sandbox stopped.");
        } finally {
            p.destroyForcibly();
        }
    }

    /**
     * An https:// address typed for the emulator's plain-http port: its handshake was read as a request line that
     * never ended, and the client waited out its connect timeout (~30 s with its attempts). The emulator now drops a
     * request that has not come in 5 s, and the client says what is wrong: an answer, not a timeout.
     */
    @Test
    void anHttpsAddressOnTheEmulatorIsAnsweredNotWaitedOut(@TempDir Path dir) throws Exception {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Path log = dir.resolve("out.txt");
        Process p = new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"), "dev.weft.Main",
                "emulator", "--port", "0", "--empty", "--token", "t-1").redirectErrorStream(true).redirectOutput(log.toFile()).start();
        try {
            String first = firstLine(log, 10_000);
            String https = first.substring(first.indexOf("http://")).replace("http://", "https://");
            dev.weft.api.ApiException e = dev.weft.testing.SandboxFixture.failure(dev.weft.api.ApiClient.builder(URI.create(https))
                    .token(dev.weft.api.ApiToken.of("t-1")).build().send(dev.weft.api.ApiRequest.get("/v1beta1/cks/clusters")));
            assertThat(e.userMessage()).as("not \"HTTP connect timed out\"").contains("no secure (https) connection could be set up")
                    .contains("begins with http://");
        } finally {
            p.destroyForcibly();
        }
    }

    private static String firstLine(Path log, long timeoutMillis) throws Exception {
        long deadline = System.currentTimeMillis() + timeoutMillis;
        while (System.currentTimeMillis() < deadline) {
            String text = Files.readString(log, StandardCharsets.UTF_8);
            int nl = text.indexOf('\n');
            if (nl >= 0) {
                return text.substring(0, nl);
            }
            Thread.sleep(20);
        }
        return Files.readString(log, StandardCharsets.UTF_8);
    }
}
