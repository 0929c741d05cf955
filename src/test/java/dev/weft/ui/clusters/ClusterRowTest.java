package dev.weft.ui.clusters;

import dev.weft.api.kupe.KupeCluster;
import dev.weft.ui.common.StatusBadge.Tone;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** A Kupe cluster's phase in the colour it calls for, the phase's own word kept. */
class ClusterRowTest {
    private static ClusterRow inPhase(String phase) {
        return ClusterRow.of(new KupeCluster("production", "Production", "shared", "1.31", null, null, 1L, "1", null,
                new KupeCluster.Status(phase, 1L, null, null, null)));
    }

    @Test
    void kupesErrorPhaseIsShownAsAFailureAsItsDocumentsWaitingScriptTreatsIt() {
        assertThat(inPhase("Error").health()).isEqualTo(Tone.FAILED);
        assertThat(inPhase("Error").status()).isEqualTo("Error");
        assertThat(inPhase("Failed").health()).isEqualTo(Tone.FAILED);
        assertThat(inPhase("Degraded").health()).isEqualTo(Tone.FAILED);
        assertThat(inPhase("Running").health()).isEqualTo(Tone.HEALTHY);
        assertThat(inPhase("Provisioning").health()).isEqualTo(Tone.BUSY);
        assertThat(inPhase("Hibernating").health()).as("a phase no document names: as it comes, no colour").isEqualTo(Tone.UNKNOWN);
    }
}
