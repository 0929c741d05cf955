package dev.weft.api;

import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.net.http.HttpResponse;
import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Flow;

/**
 * An answer's body, readable while it arrives, and kept until it is closed: a second reader can start
 * in the middle of it ({@link ListReader} reads a long list's second half that way, on the other core)
 * as soon as its length is known. The client reads the socket as fast as the bytes come rather than at
 * the pace of the parse. A body that stops coming for as long as the request's timeout fails its readers:
 * a connection gone silent (a network changed under a laptop, a stuck proxy) would otherwise hold its
 * tab at "Loading…", and every timed refresh after it, for good.
 */
final class ArrivingBody implements HttpResponse.BodySubscriber<ArrivingBody>, Closeable {
    private final List<ByteBuffer> chunks = new ArrayList<>();
    /** Where each chunk starts in the body. */
    private long[] starts = new long[64];
    private long received;
    private boolean complete;
    private boolean closed;
    private Throwable failure;
    private Flow.Subscription subscription;
    private final CompletableFuture<Long> length = new CompletableFuture<>();
    private final Reading stream = new Reading(0);
    /** How long the body may bring nothing before it is given up. */
    private final long silenceNanos;
    /** When the last bytes came (or the headers, before any). */
    private long lastCame = System.nanoTime();

    /**
     * @param announced the length the headers gave (Content-Length), or -1
     * @param silence   how long the body may bring nothing before its readers fail
     */
    ArrivingBody(long announced, java.time.Duration silence) {
        this.silenceNanos = silence.toNanos();
        if (announced >= 0) {
            length.complete(announced);
        }
    }

    static HttpResponse.BodyHandler<ArrivingBody> handler(java.time.Duration silence) {
        return info -> new ArrivingBody(info.headers().firstValueAsLong("Content-Length").orElse(-1), silence);
    }

    /** The body from its start, read as it comes. */
    InputStream stream() {
        return stream;
    }

    /** How far {@link #stream()} has been read. */
    long streamPosition() {
        return stream.position;
    }

    /**
     * The body's length: at once if the headers gave it, else once its last byte has come (never if it
     * fails first).
     */
    CompletableFuture<Long> length() {
        return length;
    }

    /** The body from {@code offset} on, read as it comes. */
    InputStream from(long offset) {
        return new Reading(offset);
    }

    @Override
    public CompletableFuture<ArrivingBody> getBody() {
        return CompletableFuture.completedFuture(this);
    }

    @Override
    public void onSubscribe(Flow.Subscription s) {
        boolean cancel;
        synchronized (this) {
            subscription = s;
            cancel = closed;
        }
        if (cancel) {
            s.cancel();
        } else {
            s.request(Long.MAX_VALUE);
        }
    }

    @Override
    public synchronized void onNext(List<ByteBuffer> buffers) {
        for (ByteBuffer b : buffers) {
            if (b.hasRemaining() && !closed) {
                if (chunks.size() == starts.length) {
                    starts = java.util.Arrays.copyOf(starts, starts.length * 2);
                }
                starts[chunks.size()] = received;
                chunks.add(b.slice()); // its own indexes: readers in two threads read it by absolute index
                received += b.remaining();
            }
        }
        lastCame = System.nanoTime();
        notifyAll();
    }

    @Override
    public void onError(Throwable t) {
        synchronized (this) {
            failure = t;
            notifyAll();
        }
    }

    @Override
    public void onComplete() {
        long total;
        synchronized (this) {
            complete = true;
            total = received;
            notifyAll();
        }
        length.complete(total);
    }

    /** Lets the bytes go; a body not yet in is no longer wanted, and its connection is released. */
    @Override
    public void close() {
        Flow.Subscription cancel;
        synchronized (this) {
            if (closed) {
                return;
            }
            closed = true;
            chunks.clear();
            cancel = complete || failure != null ? null : subscription;
            notifyAll();
        }
        if (cancel != null) {
            cancel.cancel();
        }
    }

    /** A reader of the body from an offset, which waits for bytes not yet come. */
    private final class Reading extends InputStream {
        private volatile long position;

        Reading(long offset) {
            this.position = offset;
        }

        @Override
        public int read() throws IOException {
            byte[] one = new byte[1];
            return read(one, 0, 1) < 0 ? -1 : one[0] & 0xff;
        }

        @Override
        public int read(byte[] into, int offset, int max) throws IOException {
            if (max == 0) {
                return 0;
            }
            ByteBuffer chunk;
            int at;
            Flow.Subscription giveUp = null;
            synchronized (ArrivingBody.this) {
                while (!closed && failure == null && position >= received && !complete) {
                    long left = lastCame + silenceNanos - System.nanoTime();
                    if (left <= 0) {
                        failure = new java.net.http.HttpTimeoutException("no part of the answer came for "
                                + java.time.Duration.ofNanos(silenceNanos).toSeconds() + " s");
                        giveUp = subscription;
                        ArrivingBody.this.notifyAll(); // the other half's reader too
                        break;
                    }
                    try {
                        java.util.concurrent.TimeUnit.NANOSECONDS.timedWait(ArrivingBody.this, left);
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                        throw new java.io.InterruptedIOException("interrupted while the body was coming");
                    }
                }
            }
            if (giveUp != null) {
                giveUp.cancel(); // the connection is not waited on any more
            }
            synchronized (ArrivingBody.this) {
                if (closed) {
                    throw new IOException("the body was closed");
                }
                if (failure != null) {
                    throw failure instanceof IOException io ? io : new IOException(failure);
                }
                if (position >= received) {
                    return -1;
                }
                int i = chunkAt(position);
                chunk = chunks.get(i);
                at = (int) (position - starts[i]);
            }
            int n = Math.min(max, chunk.limit() - at);
            chunk.get(at, into, offset, n);
            position += n;
            return n;
        }

        /** The chunk holding {@code offset}, which is below {@link #received}. */
        private int chunkAt(long offset) {
            int i = java.util.Arrays.binarySearch(starts, 0, chunks.size(), offset);
            return i >= 0 ? i : -i - 2;
        }

        /** The body's owner closes it, not a reader: a parser closing its input must not end the other half. */
        @Override
        public void close() {
        }
    }
}
