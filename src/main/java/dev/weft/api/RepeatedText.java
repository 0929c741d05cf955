package dev.weft.api;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.deser.std.StdScalarDeserializer;
import com.fasterxml.jackson.databind.deser.std.StringDeserializer;

import java.io.IOException;

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

    /**
     * The reader with one memory for every value it reads, for a list read an element at a time (each
     * element is a call of its own, and would otherwise start with an empty memory).
     */
    static com.fasterxml.jackson.databind.ObjectReader rememberedAcross(com.fasterxml.jackson.databind.ObjectReader reader) {
        return reader.withAttribute(SEEN, new Seen());
    }

    public RepeatedText() {
        super(String.class);
    }

    @Override
    public String deserialize(JsonParser p, DeserializationContext ctx) throws IOException {
        if (!p.hasToken(JsonToken.VALUE_STRING)) {
            return StringDeserializer.instance.deserialize(p, ctx); // coercions and errors as for any text
        }
        Seen seen = (Seen) ctx.getAttribute(SEEN);
        if (seen == null) {
            seen = new Seen();
            ctx.setAttribute(SEEN, seen);
        }
        return seen.text(p.getTextCharacters(), p.getTextOffset(), p.getTextLength());
    }

    /**
     * The values met in one answer, found by their characters in the parser's buffer: a value seen
     * before costs neither a new String nor hashing one (400,000 of each for 100,000 keys).
     */
    static final class Seen {
        private String[] slots = new String[16];
        /** Each remembered value's characters and hash, beside it: compared without a call per character. */
        private char[][] slotChars = new char[16][];
        private int[] hashes = new int[16];
        private int size;

        String text(char[] chars, int offset, int length) {
            int hash = 0;
            for (int i = offset; i < offset + length; i++) {
                hash = 31 * hash + chars[i];
            }
            int mask = slots.length - 1;
            for (int i = (hash ^ (hash >>> 16)) & mask; ; i = (i + 1) & mask) {
                char[] known = slotChars[i];
                if (known == null) {
                    String text = new String(chars, offset, length);
                    if (size < MAX) {
                        slots[i] = text;
                        slotChars[i] = java.util.Arrays.copyOfRange(chars, offset, offset + length);
                        hashes[i] = hash;
                        if (++size * 2 > slots.length) {
                            grow();
                        }
                    }
                    return text;
                }
                if (hashes[i] == hash && same(known, chars, offset, length)) {
                    return slots[i];
                }
            }
        }

        /**
         * A plain loop, not {@code String.charAt} or {@code Arrays.equals}: under the packaged app's quick
         * compiler either is a call, and these comparisons run 300,000 times in a 100,000-key list.
         */
        private static boolean same(char[] known, char[] chars, int offset, int length) {
            if (known.length != length) {
                return false;
            }
            for (int i = 0; i < length; i++) {
                if (known[i] != chars[offset + i]) {
                    return false;
                }
            }
            return true;
        }

        private void grow() {
            String[] oldSlots = slots;
            char[][] oldChars = slotChars;
            int[] oldHashes = hashes;
            slots = new String[oldSlots.length * 2];
            slotChars = new char[slots.length][];
            hashes = new int[slots.length];
            int mask = slots.length - 1;
            for (int k = 0; k < oldSlots.length; k++) {
                if (oldChars[k] != null) {
                    int hash = oldHashes[k];
                    int i = (hash ^ (hash >>> 16)) & mask;
                    while (slotChars[i] != null) {
                        i = (i + 1) & mask;
                    }
                    slots[i] = oldSlots[k];
                    slotChars[i] = oldChars[k];
                    hashes[i] = hash;
                }
            }
        }
    }
}
