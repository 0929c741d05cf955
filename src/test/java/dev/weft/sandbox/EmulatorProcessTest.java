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
