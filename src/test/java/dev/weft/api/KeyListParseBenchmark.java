package dev.weft.api;

import dev.weft.api.objectstorage.AccessKeyInfo;
import dev.weft.ui.common.Rows;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.TearDown;

import java.nio.ByteBuffer;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * The parse of the 100,000-key answer alone, without the network or the window: the answer the sandbox
 * sends, handed to the client's reader in 16 KB chunks as the HTTP client hands them, read into the
 * keyed list the Access Keys tab merges. On one thread, and in two halves as the client reads a long
 * answer; with both compilers and under the packaged launcher's C1 only.
 */
public class KeyListParseBenchmark extends dev.weft.bench.Micro {
    private static final int KEYS = 100_000;
    private static final int CHUNK = 16 * 1024;

    private byte[] answer;
    private ExecutorService helper;

    @Setup
    public void answer() throws Exception {
        answer = dev.weft.testing.ScaleAnswer.accessKeys(KEYS);
        helper = Executors.newCachedThreadPool(r -> {
            Thread t = new Thread(r, "second-half");
            t.setDaemon(true);
            return t;
        });
    }

    @TearDown
    public void stop() {
        helper.shutdownNow();
    }

    @Benchmark
    public Rows.Fresh<AccessKeyInfo> oneThread() throws Exception {
        return read(Long.MAX_VALUE);
    }

    @Benchmark
    public Rows.Fresh<AccessKeyInfo> twoHalves() throws Exception {
        return read(1 << 20);
    }

    @Benchmark
    @Fork(value = 1, jvmArgsAppend = {dev.weft.bench.Micro.YOUNG_GENERATION, "-XX:TieredStopAtLevel=1"})
    public Rows.Fresh<AccessKeyInfo> twoHalvesUnderC1() throws Exception {
        return read(1 << 20);
    }

    private Rows.Fresh<AccessKeyInfo> read(long split) throws Exception {
        try (ArrivingBody body = new ArrivingBody(answer.length, java.time.Duration.ofMinutes(1))) {
            for (int at = 0; at < answer.length; at += CHUNK) {
                body.onNext(List.of(ByteBuffer.wrap(answer, at, Math.min(CHUNK, answer.length - at))));
            }
            body.onComplete();
            Rows.Fresh<AccessKeyInfo> keys = ListReader.read(body, "info", AccessKeyInfo.class,
                    Rows.Fresh.collector(AccessKeyInfo::accessKeyId, KEYS), helper, split);
            if (keys.size() < KEYS) {
                throw new IllegalStateException("read " + keys.size() + " keys of " + KEYS);
            }
            return keys;
        }
    }
}
