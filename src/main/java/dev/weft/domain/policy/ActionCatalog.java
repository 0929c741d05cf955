package dev.weft.domain.policy;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Every action an access policy may name, grouped for the policy editor: the S3 actions bucket
 * policies know, and the {@code cwobject:} management actions of seed 004. The one list the rules,
 * the evaluator and the editor share.
 */
public final class ActionCatalog {
    public static final String ALL = "*";
    public static final String S3_ALL = "s3:*";
    public static final String CWOBJECT_ALL = "cwobject:*";
    public static final String LIST_ALL_MY_BUCKETS = "s3:ListAllMyBuckets";

    /** Seed 004: the management actions; they apply to the whole organization, so only to resource "*". */
    public static final List<String> CWOBJECT = List.of(
            "cwobject:CreateAccessKey", "cwobject:CreateAccessKeySAML", "cwobject:RevokeAccessKeyByAccessKey",
            "cwobject:RevokeAccessKeysByPrincipal", "cwobject:EnsureAccessPolicy", "cwobject:DeleteAccessPolicy",
            "cwobject:ListAccessPolicy", "cwobject:EnableBucketAuditLogging", "cwobject:DisableBucketAuditLogging",
            "cwobject:EnableControlPlaneAuditLogging", "cwobject:DisableControlPlaneAuditLogging",
            "cwobject:EnableBucketAuditLoggingDefault", "cwobject:DisableBucketAuditLoggingDefault");

    /** S3 actions by the group the editor shows them under. */
    public static final Map<String, List<String>> S3_GROUPS = s3Groups();

    public static final List<String> S3 = S3_GROUPS.values().stream().flatMap(List::stream).toList();

    private ActionCatalog() {
    }

    private static Map<String, List<String>> s3Groups() {
        Map<String, List<String>> g = new LinkedHashMap<>();
        g.put("Buckets", s3("CreateBucket", "DeleteBucket", "ListAllMyBuckets", "ListBucket", "ListBucketVersions",
                "GetBucketLocation", "HeadBucket"));
        g.put("Objects", s3("GetObject", "PutObject", "DeleteObject", "GetObjectVersion", "DeleteObjectVersion",
                "GetObjectAttributes", "RestoreObject", "GetObjectTagging", "PutObjectTagging", "DeleteObjectTagging",
                "GetObjectAcl", "PutObjectAcl"));
        g.put("Multipart uploads", s3("AbortMultipartUpload", "ListBucketMultipartUploads", "ListMultipartUploadParts"));
        g.put("Bucket configuration", s3("GetBucketPolicy", "PutBucketPolicy", "DeleteBucketPolicy", "GetBucketAcl",
                "PutBucketAcl", "GetBucketCORS", "PutBucketCORS", "GetBucketTagging", "PutBucketTagging",
                "GetBucketVersioning", "PutBucketVersioning", "GetLifecycleConfiguration", "PutLifecycleConfiguration",
                "GetBucketLogging", "PutBucketLogging", "GetEncryptionConfiguration", "PutEncryptionConfiguration"));
        g.put("Object lock", s3("GetBucketObjectLockConfiguration", "PutBucketObjectLockConfiguration",
                "GetObjectRetention", "PutObjectRetention", "GetObjectLegalHold", "PutObjectLegalHold",
                "BypassGovernanceRetention"));
        return g;
    }

    private static List<String> s3(String... names) {
        return Stream.of(names).map(n -> "s3:" + n).toList();
    }

    /** All named actions, S3 first. */
    public static List<String> all() {
        return Stream.concat(S3.stream(), CWOBJECT.stream()).toList();
    }

    /** The catalogue's spelling of an action, found case-insensitively, as AWS compares action names. */
    public static Optional<String> canonical(String action) {
        if (action == null) {
            return Optional.empty();
        }
        String a = action.toLowerCase(Locale.ROOT);
        return all().stream().filter(x -> x.toLowerCase(Locale.ROOT).equals(a)).findFirst();
    }

    /**
     * Whether a policy may name this action: {@code *}, a service wildcard, a known action, or a
     * pattern with {@code *} that matches at least one known action (such as {@code s3:Get*}).
     */
    public static boolean isKnown(String action) {
        if (action == null || action.isBlank()) {
            return false;
        }
        if (action.equals(ALL) || action.equalsIgnoreCase(S3_ALL) || action.equalsIgnoreCase(CWOBJECT_ALL)) {
            return true;
        }
        if (action.contains("*")) {
            return all().stream().anyMatch(a -> Wildcard.matches(action, a, true));
        }
        return canonical(action).isPresent();
    }

    /** Whether the action (or pattern) can touch an organization-wide action that only applies to resource "*". */
    public static boolean needsWildcardResource(String action) {
        if (action == null || action.equals(ALL)) {
            return false;
        }
        if (action.regionMatches(true, 0, "cwobject:", 0, 9)) {
            return true;
        }
        return action.equalsIgnoreCase(LIST_ALL_MY_BUCKETS);
    }
}
