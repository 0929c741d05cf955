package dev.weft.api;

import dev.weft.api.objectstorage.AccessKeyInfo;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** A long key list keeps one copy of each repeated text and one small map per key, and reads the same as before. */
class RepeatedTextTest {
    private static List<AccessKeyInfo> read(String infos) throws Exception {
        return ListReader.read(Bodies.arrived("{\"info\":[" + infos + "]}"), "info", AccessKeyInfo.class,
                java.util.stream.Collectors.toList(), Runnable::run, Long.MAX_VALUE);
    }

    @Test
    void repeatedStatusesPrincipalsAndOrganizationsAreOneStringEach() throws Exception {
        StringBuilder json = new StringBuilder();
        for (int i = 0; i < 1000; i++) {
            json.append(i == 0 ? "" : ",").append("{\"accessKeyId\":\"K").append(i)
                    .append("\",\"status\":\"ACTIVE\",\"principalName\":\"coreweave/p").append(i % 3)
                    .append("\",\"orgId\":\"org-1\",\"attributes\":{\"team\":\"ml\"}}");
        }
        List<AccessKeyInfo> keys = read(json.toString());

        assertThat(keys).hasSize(1000);
        assertThat(keys.get(999).status()).isEqualTo("ACTIVE").isSameAs(keys.get(0).status());
        assertThat(keys.get(999).orgId()).isEqualTo("org-1").isSameAs(keys.get(0).orgId());
        assertThat(keys.get(999).principalName()).isEqualTo("coreweave/p0").isSameAs(keys.get(0).principalName());
        assertThat(keys.get(998).principalName()).isEqualTo("coreweave/p2");
        assertThat(keys.get(999).attributes().get("team")).isSameAs(keys.get(0).attributes().get("team"));
        assertThat(keys.get(999).accessKeyId()).isEqualTo("K999");
    }

    @Test
    void valuesReadAsBeforeWhateverTheirShape() throws Exception {
        List<AccessKeyInfo> keys = read("{\"accessKeyId\":\"A\",\"status\":null,\"principalName\":7,"
                + "\"attributes\":{\"name\":\"laptop\",\"gone\":null}},"
                + "{\"accessKeyId\":\"B\",\"status\":\"REVOKED\",\"attributes\":{\"b\":\"2\",\"a\":\"1\"}}");

        assertThat(keys.get(0).status()).isNull();
        assertThat(keys.get(0).principalName()).as("a number where text belongs, coerced as Jackson always did").isEqualTo("7");
        assertThat(keys.get(0).attributes()).as("a null attribute value is kept, not a failure")
                .containsEntry("name", "laptop").containsEntry("gone", null).hasSize(2);
        assertThat(keys.get(1).attributes()).isEqualTo(Map.of("a", "1", "b", "2"));
        assertThat(keys.get(1)).isEqualTo(new AccessKeyInfo("B", "REVOKED", null, Map.of("b", "2", "a", "1"), null, null));
    }

    @Test
    void aKeysAttributesCannotBeChangedBehindItsBack() throws Exception {
        Map<String, String> attributes = read("{\"accessKeyId\":\"A\",\"attributes\":{\"name\":\"laptop\"}}").get(0).attributes();
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> attributes.put("name", "x"))
                .isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    void valuesAlikeInHashOrBeyondTheMemoryReadAsTheyAre() throws Exception {
        StringBuilder json = new StringBuilder();
        // "Aa" and "BB" share String.hashCode; "é" and "ü" are not ASCII; 6,000 distinct values pass the memory's 4,096.
        List<String> principals = new java.util.ArrayList<>(List.of("Aa", "BB", "Aa", "BB", "é", "ü", "é", ""));
        for (int i = 0; i < 6000; i++) {
            principals.add("coreweave/p" + i);
        }
        principals.add("coreweave/p5999");
        principals.add("Aa");
        for (int i = 0; i < principals.size(); i++) {
            json.append(i == 0 ? "" : ",").append("{\"accessKeyId\":\"K").append(i).append("\",\"principalName\":\"")
                    .append(principals.get(i)).append("\"}");
        }

        List<AccessKeyInfo> keys = read(json.toString());

        assertThat(keys.stream().map(AccessKeyInfo::principalName).toList()).isEqualTo(principals);
        assertThat(keys.get(2).principalName()).isSameAs(keys.get(0).principalName());
        assertThat(keys.get(3).principalName()).isSameAs(keys.get(1).principalName()).isNotSameAs(keys.get(0).principalName());
        assertThat(keys.get(6).principalName()).isSameAs(keys.get(4).principalName());
        assertThat(keys.get(keys.size() - 1).principalName()).isSameAs(keys.get(0).principalName());
    }
}
