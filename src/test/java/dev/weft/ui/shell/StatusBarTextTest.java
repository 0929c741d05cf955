package dev.weft.ui.shell;

import org.junit.jupiter.api.Test;

import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;

/** The status bar says how the last refresh went, not only when it was. */
class StatusBarTextTest {
    private static final Instant AT = Instant.parse("2026-11-23T15:04:05Z");

    @Test
    void aRefreshIsReportedAsItWent() {
        assertThat(StatusBarView.refreshText(null)).isEqualTo("Not refreshed yet");
        assertThat(StatusBarView.refreshText(new LastRefresh(AT, 0, 4))).startsWith("Refreshed ").doesNotContain("failed");
        assertThat(StatusBarView.refreshText(new LastRefresh(AT, 1, 4))).startsWith("Refreshed ").endsWith(", 1 tab failed");
        assertThat(StatusBarView.refreshText(new LastRefresh(AT, 2, 4))).startsWith("Refreshed ").endsWith(", 2 tabs failed");
        assertThat(StatusBarView.refreshText(new LastRefresh(AT, 4, 4))).startsWith("Refresh failed at ");
    }

    @Test
    void theBarShowsAnErrorsFirstSentence() {
        assertThat(StatusBarView.firstSentence("The server had a problem (HTTP 500). Try again in a moment. The server said: down."))
                .isEqualTo("The server had a problem (HTTP 500).");
        assertThat(StatusBarView.firstSentence("Could not reach api.coreweave.com: connection refused."))
                .as("a host's dots end no sentence").isEqualTo("Could not reach api.coreweave.com: connection refused.");
    }
}
