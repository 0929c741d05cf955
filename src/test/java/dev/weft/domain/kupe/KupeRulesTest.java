package dev.weft.domain.kupe;

import dev.weft.api.kupe.KupeCluster;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class KupeRulesTest {
    @Test
    void kubernetesQuantities() {
        for (String ok : new String[]{"4", "500m", "0.5", "16Gi", "100Gi", "1e3", "1.5Ti", "128Mi", "2k", ".5"}) {
            assertThat(KupeRules.isQuantity(ok)).as(ok).isTrue();
        }
        for (String bad : new String[]{"", "4 cores", "16GB", "-1", "Gi", "1.2.3", "16gi", "1e"}) {
            assertThat(KupeRules.isQuantity(bad)).as(bad).isFalse();
        }
    }

    /** A size written as people write it is refused with the quantity it means, which the user can type instead. */
    @Test
    void aSizeWrittenAsPeopleWriteItIsRefusedWithWhatItMeans() {
        assertThat(KupeRules.meant("16GB")).contains("16Gi");
        assertThat(KupeRules.meant("16 GiB")).contains("16Gi");
        assertThat(KupeRules.meant("16gi")).contains("16Gi");
        assertThat(KupeRules.meant("1.5tb")).contains("1.5Ti");
        assertThat(KupeRules.meant("512 mb")).contains("512Mi");
        assertThat(KupeRules.meant("lots")).isEmpty();
        assertThat(KupeRules.meant("16G")).as("not a size with a unit it lacks: 16G is a quantity already").isEmpty();
        assertThat(KupeRules.validateCreate(new KupeCluster.Spec("prod", "Prod", "shared", "1.32", new KupeCluster.Resources("4", "16GB", null), null)))
                .anyMatch(v -> v.description().contains("(not 16GB; did you mean 16Gi?)"));
    }

    @Test
    void names() {
        assertThat(KupeRules.nameProblem("ab")).isEmpty();
        assertThat(KupeRules.nameProblem("a")).isPresent();
        assertThat(KupeRules.nameProblem("a".repeat(63))).isEmpty();
        assertThat(KupeRules.nameProblem("a".repeat(64))).isPresent();
        assertThat(KupeRules.nameProblem("prod_1")).isPresent();
    }
}
