package dev.weft.api;

import dev.weft.api.objectstorage.AccessKeyInfo;
import dev.weft.testing.Mutations;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collector;
import java.util.stream.Collectors;

import static dev.weft.api.Bodies.arrived;
import static dev.weft.api.Bodies.coming;
import static dev.weft.api.Bodies.send;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * A list read an element at a time: the same keys as reading it whole, each handed on before the rest
 * has come; a long one read in two halves at once, the same as by one reader.
 */
class ListReaderTest {
    /** Reads {@code body} by one reader, as it would be were it short. */
    private static List<AccessKeyInfo> read(String body) throws IOException {
        return ListReader.read(arrived(body), "info", AccessKeyInfo.class, Collectors.toList(), Runnable::run, Long.MAX_VALUE);
    }

    private static String keys(int n) {
        StringBuilder json = new StringBuilder();
        for (int i = 0; i < n; i++) {
            json.append(i == 0 ? "" : ",").append("{\"accessKeyId\":\"K").append(i)
                    .append("\",\"status\":\"ACTIVE\",\"principalName\":\"coreweave/p").append(i % 3)
                    .append("\",\"expiry\":\"2026-11-23T10:00:0").append(i % 10).append("Z\",\"attributes\":{\"team\":\"ml\"}}");
        }
        return json.toString();
    }

    @Test
    void readsTheSameKeysAsReadingTheAnswerWhole() throws Exception {
        String body = "{\"next\":{\"page\":[1,2]},\"info\":[" + keys(500) + "],\"total\":500}";
        List<AccessKeyInfo> whole = Json.MAPPER.readerForListOf(AccessKeyInfo.class).readValue(Json.MAPPER.readTree(body).get("info"));

        List<AccessKeyInfo> streamed = read(body);

        assertThat(streamed).hasSize(500).isEqualTo(whole);
        assertThat(streamed.get(499).principalName()).as("one memory of repeated texts across the elements")
                .isSameAs(streamed.get(1).principalName());
        assertThat(streamed.get(499).status()).isSameAs(streamed.get(0).status());
    }

    @Test
    void eachKeyIsHandedOnBeforeTheRestOfTheAnswerHasCome() throws Exception {
        AtomicInteger handedOn = new AtomicInteger();
        Collector<AccessKeyInfo, List<String>, List<String>> ids = Collector.of(ArrayList::new,
                (list, k) -> {
                    handedOn.incrementAndGet();
                    list.add(k.accessKeyId());
                }, (a, b) -> a);
        ArrivingBody body = coming(-1);
        send(body, "{\"info\":[" + keys(1) + ",");

        var read = java.util.concurrent.CompletableFuture.supplyAsync(() -> {
            try {
                return ListReader.read(body, "info", AccessKeyInfo.class, ids, Runnable::run, 0);
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        });
        dev.weft.testing.Waits.until(() -> handedOn.get() == 1);
        assertThat(read).as("waiting for the rest").isNotDone();
        send(body, keys(2).substring(keys(1).length() + 1) + "]}");
        body.onComplete();

        assertThat(read.get(10, java.util.concurrent.TimeUnit.SECONDS)).containsExactly("K0", "K1");
    }

    // ---- a long list wholly arrived, read in two halves at once ----

    private static List<AccessKeyInfo> readInHalves(String body, long split, AtomicInteger joined) throws IOException {
        return readInHalves(arrived(body), split, joined);
    }

    /** Reads {@code body} into a list, counting the times two halves were joined in {@code joined}. */
    private static List<AccessKeyInfo> readInHalves(ArrivingBody body, long split, AtomicInteger joined) throws IOException {
        Collector<AccessKeyInfo, List<AccessKeyInfo>, List<AccessKeyInfo>> list = Collector.of(ArrayList::new, List::add, (a, b) -> {
            joined.incrementAndGet();
            a.addAll(b);
            return a;
        });
        // The second half is read at once, on this thread, before the first: where it begins is known
        // before the first reader starts, so the first one meets it, or passes it, every time.
        return ListReader.read(body, "info", AccessKeyInfo.class, list, Runnable::run, split);
    }

    @Test
    void aLongListAnnouncedByItsLengthIsSplitBeforeItHasCome() throws Exception {
        byte[] bytes = ("{\"info\":[" + keys(500) + "]}").getBytes(StandardCharsets.UTF_8);
        ArrivingBody body = coming(bytes.length);
        Thread network = new Thread(() -> {
            for (int at = 0; at < bytes.length; at += 1_000) {
                body.onNext(List.of(java.nio.ByteBuffer.wrap(bytes, at, Math.min(1_000, bytes.length - at))));
                Thread.onSpinWait();
            }
            body.onComplete();
        });
        network.start();
        AtomicInteger joined = new AtomicInteger();

        assertThat(readInHalves(body, 0, joined)).isEqualTo(read(new String(bytes, StandardCharsets.UTF_8))).hasSize(500);
        assertThat(joined).hasValue(1);
        network.join();
    }

    @Test
    void aLongListThatHasWhollyComeIsReadInTwoHalvesJoinedInOrder() throws Exception {
        String body = "{\"next\":{\"page\":[1,2]},\"info\":[" + keys(500).replace("},{", "} ,\n {") + "],\"total\":{\"n\":500}}";
        AtomicInteger joined = new AtomicInteger();

        assertThat(readInHalves(body, 0, joined)).isEqualTo(read(body)).hasSize(500);
        assertThat(joined).as("read in two halves").hasValue(1);

        assertThat(readInHalves(body, body.length() + 1, joined)).as("less left than worth a second reader").isEqualTo(read(body));
        assertThat(joined).hasValue(1);
    }

    @Test
    void aHalfwayGuessThatIsNotBetweenTwoElementsIsDropped() throws Exception {
        String pad = "x".repeat(5_000);
        String key = "{\"accessKeyId\":\"K0\"}";
        for (String body : List.of(
                // the first "},{\"" after the middle ends a string
                "{\"info\":[" + key + ",{\"accessKeyId\":\"K1\",\"attributes\":{\"note\":\"" + pad + "},{\"}}]}",
                // ... or is inside a list within an element
                "{\"info\":[" + key + ",{\"accessKeyId\":\"K1\",\"extra\":[{\"a\":\"" + pad + "\"},{\"b\":1}]}]}",
                // ... or in another list of the answer
                "{\"info\":[" + key + "],\"other\":[{\"a\":\"" + pad + "\"},{\"b\":1}]}")) {
            AtomicInteger joined = new AtomicInteger();

            assertThat(readInHalves(body, 0, joined)).as(body).isEqualTo(read(body)).hasSize(2 - (body.contains("other") ? 1 : 0));
            assertThat(joined).as("read by the first reader alone").hasValue(0);
        }
    }

    @Test
    void halvesAndWholeAgreeOnThousandsOfMutatedAnswers() throws Exception {
        String original = "{\"info\":[" + keys(60) + "],\"total\":60}";
        java.util.Random r = new java.util.Random(23);
        int joinedTimes = 0;
        for (int n = 0; n < 3_000; n++) {
            String body = Mutations.flipped(original, r, 3, "{}[]\",:\\a 1");
            Object whole;
            try {
                whole = read(body);
            } catch (IOException | RuntimeException e) {
                whole = "refused";
            }
            Object halves;
            AtomicInteger joined = new AtomicInteger();
            try {
                halves = readInHalves(body, 0, joined);
            } catch (IOException | RuntimeException e) {
                halves = "refused";
            }
            assertThat(halves).as(body).isEqualTo(whole);
            joinedTimes += joined.get();
        }
        assertThat(joinedTimes).as("hundreds were read in two halves").isGreaterThan(500);
    }

    @Test
    void aMissingOrNullListIsEmpty() throws Exception {
        assertThat(read("{}")).isEmpty();
        assertThat(read("{\"info\":null,\"other\":[{\"info\":[1]}]}")).isEmpty();
        assertThat(read("{\"info\":[]}")).isEmpty();
    }

    @Test
    void anythingElseIsRefused() {
        for (String bad : List.of("", "[]", "null", "{\"info\":{}}", "{\"info\":7}", "{\"info\":[" + keys(2),
                "{\"info\":[" + keys(2) + "]", "{\"info\":[{\"accessKeyId\":[1]}]}", "{\"info\":[" + keys(1) + ",]}")) {
            assertThatThrownBy(() -> read(bad)).as(bad).isInstanceOf(IOException.class);
        }
    }
}
