package dev.weft.api;

import com.fasterxml.jackson.databind.JsonMappingException;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The API's timestamps read without the formatter give exactly what the formatter gives, and the rest still reaches it. */
class RfcInstantDeserializerTest {
    record Stamp(Instant at) {
    }

    private static Instant read(String text) throws Exception {
        return Json.MAPPER.readValue("{\"at\":\"" + text + "\"}", Stamp.class).at();
    }

    @Test
    void theApisFormsReadAsTheFormatterReadsThem() throws Exception {
        for (String s : List.of("2026-11-23T13:05:00Z", "2026-11-23T13:05:00.5Z", "2026-11-23T13:05:00.123456789Z",
                "1970-01-01T00:00:00Z", "2024-02-29T23:59:59.999Z", "2026-11-23T13:05:00+01:00", "2026-11-23T13:05:00.25-07:30",
                "9999-12-31T23:59:59Z", "0001-01-01T00:00:00Z")) {
            assertThat(read(s)).as(s).isEqualTo(OffsetDateTime.parse(s).toInstant());
            assertThat(fast(s)).as("%s takes the fast way", s).isNotNull();
        }
    }

    @Test
    void randomInstantsRoundTrip() throws Exception {
        Random random = new Random(7);
        for (int i = 0; i < 10_000; i++) {
            Instant at = Instant.ofEpochSecond(random.nextLong(-30_000_000_000L, 250_000_000_000L), random.nextInt(1_000_000_000));
            assertThat(read(at.toString())).isEqualTo(at);
        }
    }

    @Test
    void otherShapesStillGoToTheFormatterAndBadOnesStillFail() throws Exception {
        assertThat(fast("2026-11-23t13:05:00z")).isNull();
        assertThat(fast("2026-02-30T00:00:00Z")).as("no such day").isNull();
        assertThat(Json.MAPPER.readValue("{\"at\":1700000000}", Stamp.class).at()).isEqualTo(Instant.ofEpochSecond(1_700_000_000));
        assertThat(Json.MAPPER.readValue("{\"at\":null}", Stamp.class).at()).isNull();
        assertThat(fast("2026-11-23T13:05:00.\u0663Z")).as("a digit, but not an ASCII one").isNull();
        for (String bad : List.of("2026-02-30T00:00:00Z", "2026-11-23T25:00:00Z", "2026-11-23T13:05:00", "yesterday",
                "2026-11-23T13:05:00.\u0663Z")) {
            assertThatThrownBy(() -> read(bad)).as(bad).isInstanceOf(JsonMappingException.class);
        }
    }

    /** The fast way alone, on a whole string. */
    private static Instant fast(String s) {
        return RfcInstantDeserializer.parse(s.toCharArray(), 0, s.length());
    }
}
