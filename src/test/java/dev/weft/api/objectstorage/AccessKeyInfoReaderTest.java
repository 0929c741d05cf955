package dev.weft.api.objectstorage;

import com.fasterxml.jackson.annotation.JsonAlias;
import com.fasterxml.jackson.core.type.TypeReference;
import dev.weft.api.Json;
import dev.weft.testing.Mutations;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The key reader reads what databind reads from the same record's fields (its coercions, its refusals),
 * on every shape a key's fields take and on thousands of mutated answers.
 */
class AccessKeyInfoReaderTest {
    /** The record's fields read by databind's general path for records: what the reader must agree with. */
    record ByDatabind(@JsonAlias("accessKeyID") String accessKeyId, String status, String principalName, Map<String, String> attributes,
                      Instant expiry, String orgId) {
        AccessKeyInfo info() {
            return new AccessKeyInfo(accessKeyId, status, principalName, attributes, expiry, orgId);
        }
    }

    private static final String SHAPES = "["
            + "{\"accessKeyId\":\"CW1\",\"status\":\"ACTIVE\",\"principalName\":\"coreweave/a\",\"attributes\":{\"name\":\"laptop\"},"
            + "\"expiry\":\"2026-11-23T10:00:00Z\",\"orgId\":\"org-1\"},"
            + "{\"accessKeyID\":\"CW2\",\"status\":null,\"principalName\":7,\"attributes\":{},\"expiry\":\"2026-11-23T10:00:00.25+01:00\"},"
            + "{\"accessKeyId\":\"CW3\",\"attributes\":{\"b\":\"2\",\"a\":\"1\",\"c\":null},\"expiry\":1700000000,\"orgId\":true},"
            + "{\"accessKeyId\":\"CW4\",\"attributes\":{\"gone\":null},\"extra\":{\"nested\":[1,{\"x\":[]}]},\"status\":\"REVOKED\"},"
            + "{\"accessKeyId\":\"CW5\",\"attributes\":{\"n\":5,\"t\":false},\"expiry\":null,\"status\":\"EXPIRED\",\"status\":\"ACTIVE\"},"
            + "{\"accessKeyId\":\"CW6\",\"attributes\":{\"a\":\"1\",\"a\":\"2\"},\"accessKeyId\":\"CW6b\"},"
            + "{\"attributes\":null,\"principalName\":\"coreweave/a\"},"
            + "{}"
            + "]";

    private static Object read(String json, TypeReference<?> type) {
        try {
            return Json.MAPPER.readValue(json, type);
        } catch (Exception e) {
            return "refused";
        }
    }

    private static Object byReader(String json) {
        return read(json, new TypeReference<List<AccessKeyInfo>>() { });
    }

    @SuppressWarnings("unchecked")
    private static Object byDatabind(String json) {
        Object read = read(json, new TypeReference<List<ByDatabind>>() { });
        return read instanceof List<?> list ? ((List<ByDatabind>) list).stream().map(k -> k == null ? null : k.info()).toList() : read;
    }

    @Test
    void everyShapeOfAKeysFieldsReadsAsDatabindReadsIt() {
        Object read = byReader(SHAPES);

        assertThat(read).isEqualTo(byDatabind(SHAPES));
        @SuppressWarnings("unchecked")
        List<AccessKeyInfo> keys = (List<AccessKeyInfo>) read;
        assertThat(keys).hasSize(8);
        assertThat(keys.get(1).accessKeyId()).as("the id under its other spelling").isEqualTo("CW2");
        assertThat(keys.get(1).principalName()).as("a number where text belongs is its text").isEqualTo("7");
        assertThat(keys.get(1).expiry()).isEqualTo(Instant.parse("2026-11-23T09:00:00.25Z"));
        assertThat(keys.get(2).expiry()).as("a number of seconds, as Jackson reads one").isEqualTo(Instant.ofEpochSecond(1_700_000_000));
        assertThat(keys.get(2).attributes()).containsEntry("c", null).hasSize(3);
        assertThat(keys.get(4).status()).as("a field given twice keeps its last value").isEqualTo("ACTIVE");
        assertThat(keys.get(5).attributes()).isEqualTo(Map.of("a", "2"));
        assertThat(keys.get(5).accessKeyId()).isEqualTo("CW6b");
        assertThat(keys.get(6).attributes()).isEmpty();
        assertThat(keys.get(7)).isEqualTo(new AccessKeyInfo(null, null, null, null, null, null));
    }

    @Test
    void whatDatabindRefusesIsRefused() {
        for (String bad : List.of("[{\"accessKeyId\":{}}]", "[{\"status\":[\"ACTIVE\"]}]", "[{\"attributes\":{\"a\":{}}}]",
                "[{\"attributes\":[1]}]", "[{\"expiry\":\"yesterday\"}]", "[\"CW1\"]", "[7]", "[{\"accessKeyId\":\"CW1\"")) {
            assertThat(byReader(bad)).as(bad).isEqualTo("refused").isEqualTo(byDatabind(bad));
        }
    }

    @Test
    void readerAndDatabindAgreeOnThousandsOfMutatedAnswers() {
        Random r = new Random(41);
        int readAlike = 0;
        for (int n = 0; n < 4_000; n++) {
            String body = Mutations.flipped(SHAPES, r, 3, "{}[]\",:\\a 1n");
            Object byReader = byReader(body);
            assertThat(byReader).as(body).isEqualTo(byDatabind(body));
            readAlike += byReader instanceof List ? 1 : 0;
        }
        assertThat(readAlike).as("hundreds were read, not refused").isGreaterThan(300);
    }
}
