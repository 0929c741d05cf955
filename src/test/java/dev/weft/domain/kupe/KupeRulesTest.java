package dev.weft.domain.kupe;

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

    @Test
    void names() {
        assertThat(KupeRules.nameProblem("ab")).isEmpty();
        assertThat(KupeRules.nameProblem("a")).isPresent();
        assertThat(KupeRules.nameProblem("a".repeat(63))).isEmpty();
        assertThat(KupeRules.nameProblem("a".repeat(64))).isPresent();
        assertThat(KupeRules.nameProblem("prod_1")).isPresent();
    }
}
