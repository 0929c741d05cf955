package dev.weft.api;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.SequenceInputStream;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.Executor;
import java.util.function.BiConsumer;
import java.util.function.Predicate;
import java.util.stream.Collector;

/**
 * Reads an answer of the form {@code {"field": [element, ...], ...}} one element at a time into a
 * {@link Collector}, so whatever the caller does with each element (key it, count it) happens while
 * the rest of a long list is still arriving rather than after its last byte. Other fields are skipped,
 * as unknown fields are everywhere; a missing or null list is an empty one.
 * <p>
 * When the answer is long (its length known from its headers, or once it has come), a second thread
 * reads the second half of what is unread into a container of its own, as it comes, and the two are
 * joined with the collector's combiner: on a fast link, where the parse and not the network is what
 * the user waits for, the two cores share it. Where that half begins is found by looking for
 * {@code },{"} after the middle, which a string can hold too, so it is only a guess until the first
 * reader confirms it by ending an element of the list exactly there; otherwise the second half is
 * dropped and the first reader reads on as if it had never been.
 */
final class ListReader {
    /** How far past the middle a boundary is looked for: elements longer than this are not split. */
    private static final int LOOK_FOR_BOUNDARY = 1 << 20;

    private ListReader() {
    }

    /**
     * Reads {@code body} as it comes and, if at least {@code split} bytes are left unread when its
     * length is known (from its headers, or once it has all come), reads the second half of those on
     * {@code helper}, as it comes too.
     */
    static <E, A, R> R read(ArrivingBody body, String field, Class<E> type, Collector<? super E, A, R> collector,
                            Executor helper, long split) throws IOException {
        SecondHalf<A> half = new SecondHalf<>();
        body.length().thenAcceptAsync(length -> half.read(body, length, split, field, type, collector), helper);
        A into = collector.supplier().get();
        boolean stopped;
        try {
            stopped = readList(body.stream(), field, type, into, collector.accumulator(), half::endsAt);
        } finally {
            half.abandonUnlessTaken();
        }
        if (stopped) {
            into = collector.combiner().apply(into, half.join());
        }
        return collector.finisher().apply(into);
    }

    /**
     * Reads the list into {@code into}, asking {@code stop} after each element whether to stop there
     * (it sees the parser just after the element).
     * @return whether it stopped before the end of the answer
     */
    private static <E, A> boolean readList(InputStream body, String field, Class<E> type, A into,
                                           BiConsumer<A, ? super E> add, Predicate<JsonParser> stop) throws IOException {
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
                    // One reading context for the whole list: reading the elements one by one made one for
                    // each (~5 % of a 100,000-key list's parse under the packaged app's quick compiler).
                    // The iterator wants the parser on the first element's first token.
                    MappingIterator<E> each = p.nextToken() == JsonToken.END_ARRAY
                            ? MappingIterator.emptyIterator() : elements.readValues(p);
                    while (each.hasNextValue()) {
                        add.accept(into, each.nextValue());
                        if (stop.test(p)) {
                            return true;
                        }
                    }
                    if (!p.hasToken(JsonToken.END_ARRAY)) {
                        throw MismatchedInputException.from(p, type, "the list ends early");
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
        return false;
    }

    /**
     * The first {@code }, {"} (spaces allowed between) in {@code bytes}, read as they come: the offset
     * just after its brace and the offset of its opening brace; null if there is none in the first MiB.
     */
    private static long[] boundaryIn(InputStream bytes) throws IOException {
        InputStream in = new java.io.BufferedInputStream(bytes, 8192);
        long afterBrace = -1;
        long open = -1;
        char wanted = '}'; // what comes next in "}" "," "{" "\""
        for (long at = 0; at < LOOK_FOR_BOUNDARY; at++) {
            int b = in.read();
            if (b < 0) {
                return null;
            }
            if (b == ' ' || b == '\n' || b == '\r' || b == '\t') {
                continue;
            }
            if (b == wanted) {
                switch (wanted) {
                    case '}' -> {
                        afterBrace = at + 1;
                        wanted = ',';
                    }
                    case ',' -> wanted = '{';
                    case '{' -> {
                        open = at;
                        wanted = '"';
                    }
                    default -> {
                        return new long[]{afterBrace, open};
                    }
                }
            } else if (b == '}') {
                afterBrace = at + 1;
                wanted = ',';
            } else {
                wanted = '}';
            }
        }
        return null;
    }

    /** The second half of a long list, read on another thread, and where the first half ends. */
    private static final class SecondHalf<A> {
        /** Where the first reader is to stop: just after an element's closing brace; -1 until known. */
        private volatile long firstEnds = -1;
        /** The first reader read past {@link #firstEnds} (it was not between two elements) or finished alone. */
        private volatile boolean abandoned;
        /** The first reader stopped at {@link #firstEnds}: the second half is wanted. */
        private volatile boolean taken;
        private final CompletableFuture<A> read = new CompletableFuture<>();

        <E, R> void read(ArrivingBody body, long length, long split, String field, Class<E> type,
                         Collector<? super E, A, R> collector) {
            long unread = length - body.streamPosition();
            if (abandoned || unread < split) {
                return;
            }
            long middle = length - unread / 2;
            try {
                long[] at = boundaryIn(body.from(middle));
                if (at == null || abandoned) {
                    return;
                }
                long secondStarts = middle + at[1];
                firstEnds = middle + at[0];
                // The rest of the answer as an answer of its own: {"field":[ + the second half + ],...}
                InputStream rest = new SequenceInputStream(new ByteArrayInputStream(
                        ("{" + Json.MAPPER.writeValueAsString(field) + ":[").getBytes(StandardCharsets.UTF_8)),
                        body.from(secondStarts));
                A into = collector.supplier().get();
                readList(rest, field, type, into, collector.accumulator(), p -> abandoned);
                read.complete(into);
            } catch (IOException | RuntimeException | Error e) {
                read.completeExceptionally(e);
            }
        }

        /** Asked by the first reader after each element, its parser just after it. */
        boolean endsAt(JsonParser p) {
            long end = firstEnds;
            if (end < 0 || taken || abandoned) {
                return false;
            }
            long position = p.currentLocation().getByteOffset();
            if (position == end) {
                taken = true;
                return true;
            }
            if (position > end) {
                abandoned = true; // not a boundary of the list: the first reader goes on alone
            }
            return false;
        }

        void abandonUnlessTaken() {
            if (!taken) {
                abandoned = true;
            }
        }

        A join() throws IOException {
            try {
                return read.join();
            } catch (CompletionException e) {
                Throwable cause = e.getCause();
                if (cause instanceof IOException io) {
                    throw io;
                }
                if (cause instanceof RuntimeException r) {
                    throw r;
                }
                throw (Error) cause;
            }
        }
    }
}
