package dev.weft.sandbox;

import dev.weft.api.objectstorage.AccessPolicy;
import dev.weft.api.objectstorage.AccessPolicy.Statement;
import dev.weft.api.objectstorage.BucketInfo;
import dev.weft.api.objectstorage.BucketSettings;
import dev.weft.domain.Sizes;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * The storage side of the sample organization: a dozen keys of three principals in every status,
 * three policies (broad, read-only, and one with a Deny), and eight buckets in two zones.
 */
final class ObjectStorageSampleData {
    static final String TEAMMATE = "coreweave/ueqXfgRCYGqptEXAMPLE1";
    static final String PIPELINE = "role/https://idp.example.com:data-pipeline";

    private ObjectStorageSampleData() {
    }

    static void seed(ObjectStorageState s, String yourPrincipal) {
        Instant now = s.now();
        keys(s, now, yourPrincipal);
        policies(s, yourPrincipal);
        buckets(s, now);
        s.updateOrganization(new dev.weft.api.objectstorage.OrganizationSettings(false, true));
    }

    private static void keys(ObjectStorageState s, Instant now, String you) {
        key(s, "CWSANDBOXADMIN01", you, Map.of("name", "laptop"), null, false);
        key(s, "CWSANDBOXADMIN02", you, Map.of("name", "backup-job"), null, false);
        key(s, "CWSANDBOXADMIN03", you, Map.of("name", "notebook"), now.plus(Duration.ofHours(3)), false);
        key(s, "CWSANDBOXADMIN04", you, Map.of(), now.minus(Duration.ofDays(2)), false);
        key(s, "CWSANDBOXADMIN05", you, Map.of("name", "old-laptop"), null, true);
        key(s, "CWTEAMMATEKEY001", TEAMMATE, Map.of("name", "ci"), null, false);
        key(s, "CWTEAMMATEKEY002", TEAMMATE, Map.of("name", "eval-run"), now.plus(Duration.ofMinutes(40)), false);
        key(s, "CWTEAMMATEKEY003", TEAMMATE, Map.of(), now.minus(Duration.ofHours(5)), false);
        key(s, "CWTEAMMATEKEY004", TEAMMATE, Map.of("name", "leaked-in-chat"), null, true);
        key(s, "CWPIPELINEKEY001", PIPELINE, Map.of("source", "saml"), now.plus(Duration.ofHours(8)), false);
        key(s, "CWPIPELINEKEY002", PIPELINE, Map.of("source", "saml"), now.minus(Duration.ofDays(1)), false);
        key(s, "CWPIPELINEKEY003", PIPELINE, Map.of("source", "saml"), now.plus(Duration.ofHours(2)), true);
    }

    private static void key(ObjectStorageState s, String id, String principal, Map<String, String> attributes,
                            Instant expiry, boolean revoked) {
        ObjectStorageState.Key k = new ObjectStorageState.Key(id, principal, attributes, expiry);
        k.revoked = revoked;
        s.addKey(k);
    }

    private static void policies(ObjectStorageState s, String you) {
        s.putPolicy(new AccessPolicy(AccessPolicy.VERSION, "org-admins", List.of(
                new Statement("admins-do-everything", Statement.ALLOW, List.of("*"), List.of("*"), List.of(you)))));
        s.putPolicy(new AccessPolicy(AccessPolicy.VERSION, "analysts-read-only", List.of(
                new Statement("list-buckets", Statement.ALLOW, List.of("s3:ListAllMyBuckets"), List.of("*"),
                        List.of(TEAMMATE, "role/https://idp.example.com:*")),
                new Statement("read-datasets", Statement.ALLOW, List.of("s3:GetObject", "s3:ListBucket"),
                        List.of("datasets", "datasets/*", "models", "models/*"),
                        List.of(TEAMMATE, "role/https://idp.example.com:*")))));
        s.putPolicy(new AccessPolicy(AccessPolicy.VERSION, "protect-audit-logs", List.of(
                new Statement("pipeline-writes-checkpoints", Statement.ALLOW, List.of("s3:PutObject", "s3:GetObject"),
                        List.of("checkpoints/*"), List.of(PIPELINE)),
                new Statement("nobody-rewrites-audit-logs", Statement.DENY,
                        List.of("s3:DeleteObject", "s3:PutObject", "s3:DeleteBucket"),
                        List.of("audit-logs", "audit-logs/*"), List.of("*")))));
    }

    private static void buckets(ObjectStorageState s, Instant now) {
        bucket(s, now, "datasets", "US-EAST-04A", 400, 184L << 40, 52_400_117, true, true, 90);
        bucket(s, now, "models", "US-EAST-04A", 320, 37L << 40, 18_220, true, false, null);
        bucket(s, now, "checkpoints", "US-EAST-04A", 200, 92L << 40, 410_332, false, true, 60);
        bucket(s, now, "audit-logs", "US-EAST-04A", 380, 612L << 30, 9_881_004, true, false, null);
        bucket(s, now, "training-scratch", "US-WEST-04A", 45, 12L << 40, 3_100_882, false, false, null);
        bucket(s, now, "inference-cache", "US-WEST-04A", 120, 880L << 30, 1_204_551, false, false, null);
        bucket(s, now, "backups", "US-WEST-04A", 500, 61L << 40, 77_019, true, true, 180);
        bucket(s, now, "web-assets", "US-WEST-04A", 30, 3L << 30, 14_002, false, false, null);
    }

    private static void bucket(ObjectStorageState s, Instant now, String name, String zone, int daysOld, long bytes,
                               long objects, boolean audit, boolean archive, Integer archiveDays) {
        s.putBucket(new BucketInfo(ObjectStorageState.ORG_ID, name, now.minus(Duration.ofDays(daysOld)),
                new BucketSettings(audit, archive, archiveDays), zone, List.of(
                new BucketInfo.Usage(BucketInfo.BYTES, Long.toString(bytes), Sizes.bytes(bytes)),
                new BucketInfo.Usage(BucketInfo.OBJECTS, Long.toString(objects), Sizes.count(objects)))));
    }
}
