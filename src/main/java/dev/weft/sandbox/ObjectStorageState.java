package dev.weft.sandbox;

import dev.weft.api.objectstorage.AccessKeyInfo;
import dev.weft.api.objectstorage.AccessPolicy;
import dev.weft.api.objectstorage.BucketInfo;
import dev.weft.api.objectstorage.BucketSettings;
import dev.weft.api.objectstorage.OrganizationSettings;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The organization's access keys, policies, buckets and settings. Every method is synchronized. */
final class ObjectStorageState {
    static final String ORG_ID = "sandbox-org";
    private static final String UPPER = "ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789";
    private static final String LOWER = "abcdefghijklmnopqrstuvwxyz0123456789";

    /** A key as stored: the secret is not kept, it is returned once at creation. */
    static final class Key {
        final String id;
        final String principal;
        final Map<String, String> attributes;
        final Instant expiry;
        boolean revoked;

        Key(String id, String principal, Map<String, String> attributes, Instant expiry) {
            this.id = id;
            this.principal = principal;
            this.attributes = attributes == null ? Map.of() : Map.copyOf(attributes);
            this.expiry = expiry;
        }
    }

    private final Clock clock;
    private final SecureRandom random = new SecureRandom();
    private final Map<String, Key> keys = new LinkedHashMap<>();
    private final Map<String, AccessPolicy> policies = new LinkedHashMap<>();
    private final Map<String, BucketInfo> buckets = new LinkedHashMap<>();
    private OrganizationSettings organization = new OrganizationSettings(false, false);

    ObjectStorageState(Clock clock) {
        this.clock = clock;
    }

    Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.SECONDS);
    }

    // ---- keys ----

    /** Mints a key; returns it with its secret, which is not stored. */
    synchronized Map.Entry<Key, String> mint(String principal, long durationSeconds, Map<String, String> attributes) {
        String id;
        do {
            id = "CW" + random(UPPER, 14);
        } while (keys.containsKey(id));
        Instant expiry = durationSeconds == 0 ? null : now().plusSeconds(durationSeconds);
        Key key = new Key(id, principal, attributes, expiry);
        keys.put(id, key);
        return Map.entry(key, "cwo" + random(LOWER, 40));
    }

    synchronized void addKey(Key key) {
        keys.put(key.id, key);
    }

    synchronized List<AccessKeyInfo> keyInfos() {
        return keys.values().stream().map(this::info).toList();
    }

    synchronized Optional<AccessKeyInfo> keyInfo(String id) {
        return Optional.ofNullable(keys.get(id)).map(this::info);
    }

    synchronized boolean revoke(String id) {
        Key key = keys.get(id);
        if (key == null) {
            return false;
        }
        key.revoked = true;
        return true;
    }

    synchronized int revokePrincipal(String principal) {
        int n = 0;
        for (Key k : keys.values()) {
            if (k.principal.equals(principal) && !k.revoked) {
                k.revoked = true;
                n++;
            }
        }
        return n;
    }

    private AccessKeyInfo info(Key k) {
        String status = k.revoked ? AccessKeyInfo.REVOKED
                : k.expiry != null && !now().isBefore(k.expiry) ? AccessKeyInfo.EXPIRED : AccessKeyInfo.ACTIVE;
        return new AccessKeyInfo(k.id, status, k.principal, k.attributes, k.expiry, ORG_ID);
    }

    // ---- policies ----

    synchronized List<AccessPolicy> policies() {
        return List.copyOf(policies.values());
    }

    synchronized void putPolicy(AccessPolicy p) {
        policies.put(p.name(), p);
    }

    synchronized boolean deletePolicy(String name) {
        return policies.remove(name) != null;
    }

    // ---- buckets and settings ----

    synchronized List<BucketInfo> buckets() {
        return List.copyOf(buckets.values());
    }

    synchronized Optional<BucketInfo> bucket(String name) {
        return Optional.ofNullable(buckets.get(name));
    }

    synchronized void putBucket(BucketInfo b) {
        buckets.put(b.name(), b);
    }

    /** Applies the fields present in {@code change}; returns the bucket's settings afterwards. */
    synchronized Optional<BucketSettings> updateSettings(String bucket, BucketSettings change) {
        BucketInfo b = buckets.get(bucket);
        if (b == null) {
            return Optional.empty();
        }
        BucketSettings old = b.settings() == null ? new BucketSettings(false, false, null) : b.settings();
        boolean archive = change.archiveEnabled() != null ? change.archiveEnabled() : Boolean.TRUE.equals(old.archiveEnabled());
        Integer days = change.archiveAfterLastAccessDays() != null ? change.archiveAfterLastAccessDays() : old.archiveAfterLastAccessDays();
        BucketSettings next = new BucketSettings(change.auditLoggingEnabled(), archive, archive ? days : null);
        buckets.put(bucket, new BucketInfo(b.orgId(), b.name(), b.creationTime(), next, b.location(), b.usage()));
        return Optional.of(next);
    }

    synchronized OrganizationSettings organization() {
        return organization;
    }

    /** Applies the switches present in {@code change}; absent ones keep their value. */
    synchronized OrganizationSettings updateOrganization(OrganizationSettings change) {
        organization = new OrganizationSettings(
                change.controlPlaneAuditLoggingEnabled() != null ? change.controlPlaneAuditLoggingEnabled()
                        : organization.controlPlaneAuditLoggingEnabled(),
                change.bucketAuditLoggingEnabled() != null ? change.bucketAuditLoggingEnabled()
                        : organization.bucketAuditLoggingEnabled());
        return organization;
    }

    private String random(String alphabet, int n) {
        StringBuilder s = new StringBuilder(n);
        for (int i = 0; i < n; i++) {
            s.append(alphabet.charAt(random.nextInt(alphabet.length())));
        }
        return s.toString();
    }
}
