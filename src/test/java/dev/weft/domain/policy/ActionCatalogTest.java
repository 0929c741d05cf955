package dev.weft.domain.policy;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ActionCatalogTest {
    @Test
    void knowsSeed004sManagementActionsAndS3sActions() {
        assertThat(ActionCatalog.CWOBJECT).hasSize(13).contains("cwobject:EnsureAccessPolicy");
        assertThat(ActionCatalog.isKnown("s3:GetObject")).isTrue();
        assertThat(ActionCatalog.isKnown("S3:getobject")).isTrue();
        assertThat(ActionCatalog.isKnown("s3:Get*")).isTrue();
        assertThat(ActionCatalog.isKnown("s3:Zzz*")).isFalse();
        assertThat(ActionCatalog.isKnown("cwobject:MakeCoffee")).isFalse();
        assertThat(ActionCatalog.isKnown("iam:PassRole")).isFalse();
        assertThat(ActionCatalog.S3_GROUPS).containsKeys("Buckets", "Objects");
        assertThat(ActionCatalog.all()).doesNotHaveDuplicates();
    }

    @Test
    void organizationWideActionsNeedTheWildcardResource() {
        assertThat(ActionCatalog.needsWildcardResource("cwobject:ListAccessPolicy")).isTrue();
        assertThat(ActionCatalog.needsWildcardResource("cwobject:*")).isTrue();
        assertThat(ActionCatalog.needsWildcardResource("s3:ListAllMyBuckets")).isTrue();
        assertThat(ActionCatalog.needsWildcardResource("s3:GetObject")).isFalse();
        assertThat(ActionCatalog.needsWildcardResource("*")).isFalse();
    }
}
