package dev.weft.ui.common;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Function;

/**
 * The search behind {@link ShownRows}. Each row's search text as UTF-8 (a substring of the text is a byte substring of it), 0 after each:
 * made once, by the sweeper thread if it gets to it first, else by the FX thread when a search needs
 * it, which otherwise waits for the sweeper to finish it. Never by two threads at once, nor while the
 * index it replaces is still being made: a row's search text may be remembered by the row
 * ({@link Derived}), which is not made for two threads.
 */
final class SearchIndex {
    /** Ends each row's text in the joined bytes: no search text holds it. */
    private static final byte SEPARATOR = 0;
    /** Rows from which a search is swept in two halves; below, a second thread costs more than it saves. */
    private static final int SPLIT_AT = 20_000;

    /** The rows, until the index is begun or no longer wanted: a build waiting its turn holds no rows. */
    private Object[] rows;
    private final Function<Object, String> searchText;
    private final AtomicBoolean claimed = new AtomicBoolean();
    private final CountDownLatch done = new CountDownLatch(1);
    /** The index this one replaces, until this one is made; stopped and waited for before that. */
    private SearchIndex replaced;
    /** Set when this index is no longer wanted: a sweep that has begun stops early. */
    private volatile boolean abandoned;
    private byte[] joined;
    private int[] starts;
    private RuntimeException failed;
    /** Bytes a row's text took here (or in the last index with rows): what the next is sized by. */
    private int bytesPerRow = 64;

    @SuppressWarnings("unchecked")
    <R> SearchIndex(Object[] rows, Function<R, String> searchText, SearchIndex replaced) {
        this.rows = rows;
        this.searchText = row -> searchText.apply((R) row);
        this.replaced = replaced;
        if (replaced != null) {
            replaced.abandoned = true; // not waited for here: a build queued behind it ends at once
            replaced.rows = null;
        }
    }

    /**
     * Makes the index unless another thread has taken it on. Into one array, sized from the index it
     * replaces: for 100,000 keys a growing stream and its final copy were ~25 MB of the ~75 MB a build
     * allocated, and each load's garbage brings the next young collection nearer.
     */
    void make() {
        if (!claimed.compareAndSet(false, true)) {
            return;
        }
        Object[] rows = this.rows;
        this.rows = null;
        if (rows == null) { // no longer wanted
            rows = new Object[0];
        }
        try {
            abandon(replaced); // done with it, so its figures can be read
            int perRow = replaced == null ? bytesPerRow : replaced.bytesPerRow;
            replaced = null;
            byte[] text = new byte[(int) Math.min(Integer.MAX_VALUE - 16, 64L + (long) rows.length * perRow * 17 / 16)];
            int size = 0;
            int[] at = new int[rows.length + 1];
            for (int i = 0; i < rows.length && !abandoned; i++) {
                at[i] = size;
                byte[] row = searchText.apply(rows[i]).getBytes(StandardCharsets.UTF_8);
                if (size + row.length + 1 > text.length) {
                    text = Arrays.copyOf(text, Math.max(text.length * 2, size + row.length + 1));
                }
                System.arraycopy(row, 0, text, size, row.length);
                size += row.length;
                text[size++] = SEPARATOR;
            }
            at[rows.length] = size;
            starts = at;
            joined = text;
            bytesPerRow = rows.length == 0 || abandoned ? perRow : size / rows.length + 1;
        } catch (RuntimeException e) {
            failed = e;
        } finally {
            done.countDown();
        }
    }

    /** Stops an index no longer wanted, and any it replaced, and waits until none is being made. */
    private static void abandon(SearchIndex old) {
        if (old == null) {
            return;
        }
        old.abandoned = true;
        if (old.claimed.compareAndSet(false, true)) {
            abandon(old.replaced);
            old.replaced = null;
            old.done.countDown();
        } else {
            old.await();
        }
    }

    /** The index made: here if the sweeper has not begun it, else once it has finished. */
    void take() {
        make();
        await();
        if (failed != null) {
            throw failed;
        }
    }

    private void await() {
        boolean interrupted = false;
        while (done.getCount() > 0) {
            try {
                done.await();
            } catch (InterruptedException e) {
                interrupted = true;
            }
        }
        if (interrupted) {
            Thread.currentThread().interrupt();
        }
    }

    /**
     * Which rows contain the query: a Boyer-Moore-Horspool sweep over the joined texts, moving on to the
     * next row at a row's first match. Hand-written rather than {@link String#indexOf}: the packaged app
     * runs the JVM's quick compiler only (start-up), which does not vectorise indexOf, and there the
     * skipping sweep is several times faster (and no slower with both compilers). A long list is swept
     * in two halves at once, the second on {@code helper} if it is free in time, else here too. The index is
     * made first if it is not yet.
     */
    boolean[] matches(byte[] query, Executor helper) {
        take();
        int n = starts.length - 1;
        Sweep sweep = new Sweep(joined, starts, query, new boolean[n]);
        int half = n / 2;
        if (n < SPLIT_AT) {
            sweep.rows(0, n);
            return sweep.found;
        }
        AtomicBoolean secondHalfTaken = new AtomicBoolean();
        CountDownLatch secondHalfDone = new CountDownLatch(1);
        helper.execute(() -> {
            if (secondHalfTaken.compareAndSet(false, true)) {
                try {
                    sweep.rows(half, n);
                } finally {
                    secondHalfDone.countDown();
                }
            }
        });
        sweep.rows(0, half);
        if (secondHalfTaken.compareAndSet(false, true)) {
            sweep.rows(half, n); // the helper had not started: no waiting for it
        } else {
            try {
                secondHalfDone.await();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                sweep.rows(half, n);
            }
        }
        return sweep.found;
    }

    /** One query's sweep: {@link #rows} marks, in {@code found}, the rows of a range that contain it. */
    private record Sweep(byte[] text, int[] starts, byte[] q, boolean[] found, int[] skip) {
        Sweep(byte[] text, int[] starts, byte[] q, boolean[] found) {
            this(text, starts, q, found, skipTable(q));
        }

        private static int[] skipTable(byte[] q) {
            int[] skip = new int[256];
            Arrays.fill(skip, q.length);
            for (int i = 0; i < q.length - 1; i++) {
                skip[q[i] & 0xff] = q.length - 1 - i;
            }
            return skip;
        }

        void rows(int from, int to) {
            int m = q.length;
            byte last = q[m - 1];
            int row = from;
            int at = starts[from];
            int end = starts[to] - m;
            while (at <= end) {
                byte b = text[at + m - 1];
                if (b == last && Arrays.equals(text, at, at + m - 1, q, 0, m - 1)) {
                    while (starts[row + 1] <= at) {
                        row++;
                    }
                    found[row] = true;
                    at = starts[row + 1]; // the next row: one match is enough
                } else {
                    at += skip[b & 0xff];
                }
            }
        }
    }
}
