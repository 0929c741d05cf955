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

    /** An upgrade goes one minor at a time, and only a running cluster is offered one. */
    @Test
    void aRunningClusterBelowTheNewestVersionIsMarkedUpgradeable() {
        ClusterRow running = inPhase("Running");
        assertThat(running.nextVersion()).contains("1.32");
        assertThat(running.upgradeable()).isTrue();
        assertThat(running.versionShown()).isEqualTo("1.31 ↑");
        assertThat(inPhase("Provisioning").upgradeable()).isFalse();
        assertThat(inPhase("Provisioning").versionShown()).isEqualTo("1.31");
        ClusterRow newest = ClusterRow.of(new KupeCluster("edge", "Edge", "shared",
                dev.weft.domain.kupe.KupeRules.latestVersion(), null, null, 1L, "1",
                null, new KupeCluster.Status("Running", 1L, null, null, null)));
        assertThat(newest.upgradeable()).as("at the newest version").isFalse();
    }

    /** The CKS server's own word on a cluster ("isUpgradeable") is heeded: the table and Upgrade… agree with the details. */
    @Test
    void aCksClusterTheServerSaysCannotBeUpgradedIsNotMarked() {
        java.util.function.Function<Boolean, ClusterRow> cks = upgradeable -> ClusterRow.of(new dev.weft.api.cks.Cluster("id-1", "c",
                "US-EAST-04A", "vpc", true, "v1.32", null, null, null, null, null, "STATUS_RUNNING", "e", null, null, upgradeable,
                null, null, null, null, null));
        assertThat(cks.apply(true).upgradeable()).isTrue();
        assertThat(cks.apply(null).upgradeable()).as("not said: the versions decide").isTrue();
        assertThat(cks.apply(false).upgradeable()).isFalse();
        assertThat(cks.apply(false).versionShown()).isEqualTo("v1.32");
    }

    /** The details say what Upgrade… would do, or why it is not offered: never "Yes" beside a disabled button. */
    @Test
    void theDetailsSayWhereAnUpgradeGoesOrWhyThereIsNone() {
        assertThat(inPhase("Running").upgradeSaid()).isEqualTo("Yes, to 1.32");
        assertThat(inPhase("Failed").upgradeSaid()).isEqualTo("Not while Failed");
        java.util.function.BiFunction<String, Boolean, ClusterRow> cks = (status, upgradeable) -> ClusterRow.of(
                new dev.weft.api.cks.Cluster("id-1", "c", "US-EAST-04A", "vpc", true, "v1.33", null, null, null, null, null,
                        status, "e", null, null, upgradeable, null, null, null, null, null));
        assertThat(cks.apply("STATUS_FAILED", true).upgradeSaid()).as("the server's true on a failed cluster")
                .isEqualTo("Not while Failed");
        assertThat(cks.apply("STATUS_RUNNING", false).upgradeSaid()).isEqualTo("No");
        assertThat(cks.apply("STATUS_RUNNING", null).upgradeSaid()).isEqualTo("Yes, to v1.34");
        ClusterRow newest = ClusterRow.of(new KupeCluster("edge", "Edge", "shared", dev.weft.domain.kupe.KupeRules.latestVersion(),
                null, null, 1L, "1", null, new KupeCluster.Status("Running", 1L, null, null, null)));
        assertThat(newest.upgradeSaid()).isEqualTo("No: " + dev.weft.domain.kupe.KupeRules.latestVersion() + " is the newest offered");
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
