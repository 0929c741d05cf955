package dev.weft.api;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;

import java.io.IOException;
import java.io.InputStream;
import java.util.function.BiConsumer;
import java.util.stream.Collector;

/**
 * Reads an answer of the form {@code {"field": [element, ...], ...}} one element at a time into a
 * {@link Collector}, so whatever the caller does with each element (key it, count it) happens while
 * the rest of a long list is still arriving rather than after its last byte. Other fields are skipped,
 * as unknown fields are everywhere; a missing or null list is an empty one.
 */
final class ListReader {
    private ListReader() {
    }

    static <E, A, R> R read(InputStream body, String field, Class<E> type, Collector<? super E, A, R> collector) throws IOException {
        A into = collector.supplier().get();
        BiConsumer<A, ? super E> add = collector.accumulator();
        ObjectReader elements = RepeatedText.rememberedAcross(Json.MAPPER.readerFor(type));
        try (JsonParser p = Json.MAPPER.createParser(body)) {
            if (p.nextToken() != JsonToken.START_OBJECT) {
                throw MismatchedInputException.from(p, type, "expected an object holding \"" + field + "\"");
            }
            JsonToken t;
            while ((t = p.nextToken()) == JsonToken.FIELD_NAME) {
                boolean list = field.equals(p.currentName());
                JsonToken value = p.nextToken();
                if (list && value == JsonToken.START_ARRAY) {
                    while ((t = p.nextToken()) != JsonToken.END_ARRAY) {
                        if (t == null) {
                            throw MismatchedInputException.from(p, type, "the list ends early");
                        }
                        add.accept(into, elements.readValue(p));
                    }
                } else if (list && value != JsonToken.VALUE_NULL) {
                    throw MismatchedInputException.from(p, type, "\"" + field + "\" is not a list");
                } else {
                    p.skipChildren();
                }
            }
            if (t != JsonToken.END_OBJECT) {
                throw MismatchedInputException.from(p, type, "the answer ends early");
            }
        }
        return collector.finisher().apply(into);
    }
}
