package dev.weft.api;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.deser.std.StdScalarDeserializer;
import com.fasterxml.jackson.datatype.jsr310.deser.InstantDeserializer;

import java.io.IOException;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;

/**
 * Reads the API's RFC 3339 timestamps ({@code 2026-11-23T13:05:00Z}, {@code ...00.5+01:00}) without a
 * {@code DateTimeFormatter}: a list of 100,000 access keys carries 100,000 of them, and the formatter
 * spent about as long on those as the rest of the parse together. Anything else (other shapes,
 * numbers, leap seconds) goes to Jackson's own {@link InstantDeserializer}, errors included.
 */
final class RfcInstantDeserializer extends StdScalarDeserializer<Instant> {
    RfcInstantDeserializer() {
        super(Instant.class);
    }

    @Override
    public Instant deserialize(JsonParser p, DeserializationContext ctx) throws IOException {
        if (p.hasToken(JsonToken.VALUE_STRING)) {
            Instant fast = parse(p.getTextCharacters(), p.getTextOffset(), p.getTextLength());
            if (fast != null) {
                return fast;
            }
        }
        return InstantDeserializer.INSTANT.deserialize(p, ctx);
    }

    /**
     * The instant the {@code n} characters of {@code c} from {@code o} name, or null when they are not in
     * the common form (the caller then asks the formatter). Read from the parser's own characters: no
     * String is made for it, and the packaged app's quick compiler makes each {@code String.charAt} a call
     * (a tenth of a long list's parse).
     */
    static Instant parse(char[] c, int o, int n) {
        if (n < 20 || c[o + 4] != '-' || c[o + 7] != '-' || c[o + 10] != 'T' || c[o + 13] != ':' || c[o + 16] != ':') {
            return null;
        }
        int year = digits(c, o, 4);
        int month = digits(c, o + 5, 2);
        int day = digits(c, o + 8, 2);
        int hour = digits(c, o + 11, 2);
        int minute = digits(c, o + 14, 2);
        int second = digits(c, o + 17, 2);
        if (year < 0 || month < 0 || day < 0 || hour < 0 || hour > 23 || minute < 0 || minute > 59 || second < 0 || second > 59) {
            return null;
        }
        int i = 19;
        int nano = 0;
        if (c[o + i] == '.') {
            int start = ++i;
            while (i < n && c[o + i] >= '0' && c[o + i] <= '9' && i - start < 9) {
                nano = nano * 10 + (c[o + i++] - '0');
            }
            if (i == start) {
                return null;
            }
            for (int k = i - start; k < 9; k++) {
                nano *= 10;
            }
        }
        int offset;
        if (i == n - 1 && c[o + i] == 'Z') {
            offset = 0;
        } else if (i == n - 6 && (c[o + i] == '+' || c[o + i] == '-') && c[o + i + 3] == ':') {
            int oh = digits(c, o + i + 1, 2);
            int om = digits(c, o + i + 4, 2);
            if (oh < 0 || oh > 18 || om < 0 || om > 59) {
                return null;
            }
            offset = (c[o + i] == '-' ? -1 : 1) * (oh * 3600 + om * 60);
        } else {
            return null;
        }
        long epochDay;
        try {
            epochDay = LocalDate.of(year, month, day).toEpochDay();
        } catch (DateTimeException e) {
            return null;
        }
        return Instant.ofEpochSecond(epochDay * 86_400 + hour * 3600L + minute * 60L + second - offset, nano);
    }

    /** The number in {@code c} at {@code from}, {@code count} ASCII digits long; -1 when any is not a digit. */
    private static int digits(char[] c, int from, int count) {
        int v = 0;
        for (int i = from; i < from + count; i++) {
            char d = c[i];
            if (d < '0' || d > '9') {
                return -1;
            }
            v = v * 10 + (d - '0');
        }
        return v;
    }
}
