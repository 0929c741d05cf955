package dev.weft.ui.shell;

import java.time.Instant;

/**
 * How the last refresh of every tab went: when it ended and how many of its tabs could not load, so
 * the status bar never says "Refreshed" beside a refresh that failed.
 */
public record LastRefresh(Instant at, int failed, int tabs) {
    public boolean ok() {
        return failed == 0;
    }
}
