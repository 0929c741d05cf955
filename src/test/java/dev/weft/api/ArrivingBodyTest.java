package dev.weft.api;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Flow;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** An answer's body read while it comes, from its start or from any offset, by more than one reader. */
class ArrivingBodyTest {
    private final AtomicBoolean cancelled = new AtomicBoolean();
    private final ArrivingBody body = new ArrivingBody(-1, java.time.Duration.ofMinutes(1));

    ArrivingBodyTest() {
        body.onSubscribe(new Flow.Subscription() {
            @Override
            public void request(long n) {
            }

            @Override
            public void cancel() {
                cancelled.set(true);
            }
        });
    }

    private void send(String... chunks) {
        for (String c : chunks) {
            body.onNext(List.of(ByteBuffer.wrap(c.getBytes(StandardCharsets.UTF_8))));
        }
    }

    private static String text(byte[] bytes) {
        return new String(bytes, StandardCharsets.UTF_8);
    }

    @Test
    void readsFromAnyOffsetAcrossItsChunks() throws Exception {
        send("abc", "", "defg", "h");
        body.onComplete();

        assertThat(body.length()).isCompletedWithValue(8L);
        assertThat(text(body.stream().readAllBytes())).isEqualTo("abcdefgh");
        for (int from = 0; from <= 8; from++) {
            assertThat(text(body.from(from).readAllBytes())).isEqualTo("abcdefgh".substring(from));
        }
    }

    @Test
    void aReaderWaitsForBytesStillComing() throws Exception {
        CompletableFuture<String> read = CompletableFuture.supplyAsync(() -> {
            try {
                return text(body.from(2).readAllBytes());
            } catch (IOException e) {
                throw new IllegalStateException(e);
            }
        });
        send("ab");
        Thread.sleep(50);
        assertThat(read).as("still waiting for the rest").isNotDone();
        send("cd", "ef");
        body.onComplete();

        assertThat(read.get(10, TimeUnit.SECONDS)).isEqualTo("cdef");
    }

    @Test
    void aBodyThatFailsFailsItsReadersAndNeverArrives() {
        send("{\"info\":[");
        body.onError(new IOException("connection reset"));

        assertThatThrownBy(() -> body.stream().readAllBytes()).isInstanceOf(IOException.class).hasMessage("connection reset");
        assertThat(body.length()).isNotDone();
    }

    @Test
    void closingABodyStillComingLetsItsConnectionGo() {
        send("{\"info\":[");
        body.close();

        assertThat(cancelled).isTrue();
        assertThatThrownBy(() -> body.stream().read()).isInstanceOf(IOException.class);
    }

    @Test
    void closingABodyThatHasComeCancelsNothing() throws Exception {
        send("{}");
        body.onComplete();
        body.stream().close(); // a parser closing its input leaves the body to its owner
        assertThat(text(body.from(0).readAllBytes())).isEqualTo("{}");

        body.close();

        assertThat(cancelled).isFalse();
    }
}
