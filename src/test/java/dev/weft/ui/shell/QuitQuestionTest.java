package dev.weft.ui.shell;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The quit question names the buckets whose settings would be lost, once each, as the table shows them, and the
 * organizations' audit switches.
 */
class QuitQuestionTest {
    @Test
    void namesTheBucketsOnceEachInOrder() {
        assertThat(QuitQuestion.whatIsLost(List.of("sandbox-coreweave/models"), 0))
                .isEqualTo("The settings you changed for “models” are not applied; quitting drops them.");
        // The same name in two profiles' organizations is said once: the user knows the buckets by name.
        assertThat(QuitQuestion.whatIsLost(List.of("p2/web-assets", "sandbox-coreweave/models", "p2/models"), 0))
                .isEqualTo("The settings you changed for 2 buckets (“models”, “web-assets”) are not applied; quitting drops them.");
    }

    @Test
    void namesTheOrganizationsSwitchesAfterTheBuckets() {
        assertThat(QuitQuestion.whatIsLost(List.of(), 1))
                .isEqualTo("The settings you changed for the organization's audit logging are not applied; quitting drops them.");
        assertThat(QuitQuestion.whatIsLost(List.of("p1/models"), 2))
                .isEqualTo("The settings you changed for “models” and 2 organizations' audit logging are not applied; quitting drops them.");
    }
}
