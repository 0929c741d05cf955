package dev.weft.domain.objectstorage;

import dev.weft.api.FieldViolation;
import dev.weft.api.objectstorage.BucketSettings;
import dev.weft.api.objectstorage.SamlCredentialsRequest;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class StorageRulesTest {
    @Test
    void bucketNames() {
        assertThat(BucketRules.nameProblem("my-bucket.v2")).isEmpty();
        assertThat(BucketRules.nameProblem("ab")).isPresent();
        assertThat(BucketRules.nameProblem("a".repeat(64))).isPresent();
        assertThat(BucketRules.nameProblem("cw-internal")).hasValueSatisfying(p -> assertThat(p).contains("reserved"));
        assertThat(BucketRules.nameProblem("vip-bucket")).isPresent();
        assertThat(BucketRules.nameProblem("Upper")).isPresent();
    }

    @Test
    void archiveDaysAtLeastSixtyWhenArchiving() {
        assertThat(BucketRules.validateSettings(new BucketSettings.Update("b", new BucketSettings(true, true, 60)))).isEmpty();
        assertThat(BucketRules.validateSettings(new BucketSettings.Update("b", new BucketSettings(true, false, null)))).isEmpty();
        assertThat(BucketRules.validateSettings(new BucketSettings.Update("b", new BucketSettings(null, true, 10))))
                .extracting(FieldViolation::field)
                .containsExactly("settings.auditLoggingEnabled", "settings.archiveAfterLastAccessDays");
    }

    @Test
    void samlDurationBounds() {
        String b64 = "PHg+PC94Pg==";
        assertThat(AccessKeyRules.validateSaml(new SamlCredentialsRequest(1L, "o", "c", b64))).isEmpty();
        assertThat(AccessKeyRules.validateSaml(new SamlCredentialsRequest(43_200L, "o", "c", b64))).isEmpty();
        assertThat(AccessKeyRules.validateSaml(new SamlCredentialsRequest(43_201L, "o", "c", b64))).hasSize(1);
        assertThat(AccessKeyRules.validateSaml(new SamlCredentialsRequest(null, null, null, null))).hasSize(4);
    }
}
