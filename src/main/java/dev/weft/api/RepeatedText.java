package dev.weft.api;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.deser.std.StdScalarDeserializer;
import com.fasterxml.jackson.databind.deser.std.StringDeserializer;

import java.io.IOException;
import java.util.HashMap;
import java.util.Map;

/**
 * Reads a text field whose values repeat down a long list (a key's status, its principal, its
 * organization) as one String per distinct value in each answer, not one per row: 100,000 keys carry
 * three statuses and a few principals, and kept apart they were most of the list's memory, copied by
 * every garbage collection that ran while the list was still arriving. The values seen are remembered
 * only for the one answer being read, and only the first {@value #MAX} of them.
 */
public final class RepeatedText extends StdScalarDeserializer<String> {
    private static final int MAX = 4096;
    /** The per-answer memory's key among Jackson's per-call attributes. */
    private static final Object SEEN = new Object();

    public RepeatedText() {
        super(String.class);
    }

    @Override
    public String deserialize(JsonParser p, DeserializationContext ctx) throws IOException {
        if (!p.hasToken(JsonToken.VALUE_STRING)) {
            return StringDeserializer.instance.deserialize(p, ctx); // coercions and errors as for any text
        }
        String text = p.getText();
        @SuppressWarnings("unchecked")
        Map<String, String> seen = (Map<String, String>) ctx.getAttribute(SEEN);
        if (seen == null) {
            seen = new HashMap<>();
            ctx.setAttribute(SEEN, seen);
        }
        String first = seen.get(text);
        if (first != null) {
            return first;
        }
        if (seen.size() < MAX) {
            seen.put(text, text);
        }
        return text;
    }
}
