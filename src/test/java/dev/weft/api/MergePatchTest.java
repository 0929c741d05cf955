package dev.weft.api;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class MergePatchTest {

    @Test
    void thePatchBetweenTwoDocumentsTurnsTheFirstIntoTheSecond() throws Exception {
        String[][] pairs = {
                {"{\"a\": 1, \"b\": 2}", "{\"a\": 1}"},
                {"{\"a\": {\"x\": 1, \"y\": 2}}", "{\"a\": {\"x\": 3}}"},
                {"{\"a\": [1, 2]}", "{\"a\": [1]}"},
                {"{\"a\": 1}", "{\"a\": {\"x\": 1}}"},
                {"{\"a\": {\"x\": 1}}", "{\"a\": \"text\"}"},
                {"{}", "{\"a\": {\"x\": {\"y\": 1}}}"},
                {"{\"a\": {\"x\": 1}}", "{}"},
        };
        for (String[] pair : pairs) {
            JsonNode from = Json.MAPPER.readTree(pair[0]);
            JsonNode to = Json.MAPPER.readTree(pair[1]);
            ObjectNode doc = Json.MAPPER.createObjectNode().set("doc", from.deepCopy());
            MergePatch.between(from, to).ifPresent(p -> MergePatch.apply(doc, "doc", p));
            assertThat(doc.get("doc")).as(pair[0] + " -> " + pair[1]).isEqualTo(to);
        }
    }

    @Test
    void whatIsTheSameGivesNoPatchAndWhatIsTakenOutIsSentAsNull() throws Exception {
        assertThat(MergePatch.between(Json.MAPPER.readTree("{\"a\": {\"x\": 1}}"), Json.MAPPER.readTree("{\"a\": {\"x\": 1}}"))).isEmpty();
        assertThat(MergePatch.between(null, null)).isEmpty();
        assertThat(MergePatch.between(Json.MAPPER.readTree("{\"a\": 1, \"b\": 2}"), Json.MAPPER.readTree("{\"a\": 1}")))
                .contains(Json.MAPPER.readTree("{\"b\": null}"));
        assertThat(MergePatch.between(Json.MAPPER.readTree("{\"a\": 1}"), null)).get().matches(JsonNode::isNull);
    }

    @Test
    void nullsInAPatchForAMemberNotThereYetRemoveRatherThanLand() throws Exception {
        ObjectNode cluster = (ObjectNode) Json.MAPPER.readTree("{\"name\": \"playground\"}");
        MergePatch.apply(cluster, "alerts", Json.MAPPER.readTree("{\"cpuThresholdPercent\": 80, \"memoryThresholdPercent\": null}"));
        assertThat(cluster.get("alerts")).isEqualTo(Json.MAPPER.readTree("{\"cpuThresholdPercent\": 80}"));
    }
}
