package dev.weft.api;

import dev.weft.api.objectstorage.AccessKeyInfo;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.SequenceInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collector;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** A list read an element at a time: the same keys as reading it whole, each handed on before the rest has come. */
class ListReaderTest {
    private static InputStream text(String s) {
        return new ByteArrayInputStream(s.getBytes(StandardCharsets.UTF_8));
    }

    private static List<AccessKeyInfo> read(String body) throws IOException {
        return ListReader.read(text(body), "info", AccessKeyInfo.class, Collectors.toList());
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
    void eachKeyIsHandedOnBeforeTheRestOfTheAnswerIsRead() throws Exception {
        AtomicInteger handedOn = new AtomicInteger();
        AtomicInteger handedOnWhenTheRestWasAskedFor = new AtomicInteger(-1);
        String first = "{\"info\":[" + keys(1) + ",";
        InputStream rest = new InputStream() {
            private final InputStream more = text(keys(2).substring(keys(1).length() + 1) + "]}");

            @Override
            public int read() throws IOException {
                handedOnWhenTheRestWasAskedFor.compareAndSet(-1, handedOn.get());
                return more.read();
            }

            @Override
            public int read(byte[] b, int off, int len) throws IOException {
                handedOnWhenTheRestWasAskedFor.compareAndSet(-1, handedOn.get());
                return more.read(b, off, len);
            }
        };
        Collector<AccessKeyInfo, List<String>, List<String>> ids = Collector.of(ArrayList::new,
                (list, k) -> {
                    handedOn.incrementAndGet();
                    list.add(k.accessKeyId());
                }, (a, b) -> a);

        List<String> read = ListReader.read(new SequenceInputStream(text(first), rest), "info", AccessKeyInfo.class, ids);

        assertThat(read).containsExactly("K0", "K1");
        assertThat(handedOnWhenTheRestWasAskedFor.get()).as("the first key was counted before the second had come").isEqualTo(1);
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
