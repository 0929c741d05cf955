package dev.weft.reliability;

import dev.weft.api.ApiClient;
import dev.weft.api.ApiException;
import dev.weft.api.ApiRequest;
import dev.weft.api.ApiToken;
import dev.weft.api.RequestListener;
import dev.weft.api.RetryPolicy;
import dev.weft.api.cks.CksApi;
import dev.weft.api.cks.Cluster;
import dev.weft.api.cks.ClusterStatus;
import dev.weft.api.cks.ClusterUpdate;
import dev.weft.api.cks.CreateClusterRequest;
import dev.weft.api.objectstorage.AccessKeyInfo;
import dev.weft.api.objectstorage.AccessPolicy;
import dev.weft.api.objectstorage.CreateAccessKeyRequest;
import dev.weft.api.objectstorage.ObjectStorageApi;
import dev.weft.api.vpc.Vpc;
import dev.weft.profiles.Profile;
import dev.weft.profiles.Provider;
import dev.weft.profiles.SessionTokenStore;
import dev.weft.profiles.TokenStore;
import dev.weft.sandbox.Faults;
import dev.weft.sandbox.Sandbox;
import dev.weft.sandbox.SandboxConfig;
import dev.weft.service.BackgroundWork;
import dev.weft.service.SandboxHost;
import dev.weft.service.Session;
import dev.weft.service.Sessions;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * 1,000 mixed operations through the service layer (a {@link Session} on the service executor, as the
 * tabs use it) against a sandbox that injects errors, dropped connections and broken bodies. The
 * client keeps its own view from the answers it got; once the faults stop, that view must be the
 * server's state: nothing was created or revoked twice, and no failed call changed anything.
 */
class ChaosTest {
    private static final int OPERATIONS = 1_000;
    private static final int AT_ONCE = 10;
    private static final int REFRESHES = 5;
    private static final Faults FAULTS = Faults.parse("latency=1ms,jitter=4ms,error-rate=0.1,reset-rate=0.02,malformed-rate=0.02");

    private final BackgroundWork work = new BackgroundWork();
    private final SandboxHost host = new SandboxHost(SandboxConfig.defaults().withProvisioning(Duration.ZERO), work);
    private final AtomicInteger uncaught = new AtomicInteger();
    private final AtomicInteger retries = new AtomicInteger();
    private final AtomicInteger unsafeRetries = new AtomicInteger();
    private final Random random = new Random(10);

    // The client's view, kept only from answers that arrived.
    private final Map<String, String> keys = new ConcurrentHashMap<>();
    private final Map<String, Boolean> clusters = new ConcurrentHashMap<>();
    private final Map<String, AccessPolicy> policies = new ConcurrentHashMap<>();

    private final AtomicInteger surfaced = new AtomicInteger();
    private final AtomicInteger readsRefreshed = new AtomicInteger();
    private final Map<String, AtomicInteger> done = new ConcurrentHashMap<>();

    @AfterEach
    void stop() {
        host.close();
        work.close();
    }

    @Test
    void aThousandOperationsUnderFaultsLeaveTheClientAndTheServerAgreeing() throws Exception {
        work.onUncaught(e -> uncaught.incrementAndGet());
        RequestListener listener = new RequestListener() {
            @Override
            public void retrying(ApiRequest request, int attempt, String reason) {
                retries.incrementAndGet();
                // api-notes: GET, PUT, DELETE and PATCH (same body) may be retried; a POST creates or revokes.
                if (!request.mayRetry() || request.method().equals("POST")) {
                    unsafeRetries.incrementAndGet();
                }
            }
        };
        CompletableFuture<TokenStore> tokens = CompletableFuture.completedFuture(new SessionTokenStore("chaos"));
        Session session = new Sessions(tokens, host, Map.of(), listener)
                .open(Profile.sandbox("Sandbox", Provider.COREWEAVE, null)).get(30, TimeUnit.SECONDS);
        Sandbox sandbox = host.running().get(30, TimeUnit.SECONDS);
        ApiClient truth = ApiClient.builder(sandbox.baseUri()).token(ApiToken.of(SandboxConfig.DEFAULT_TOKEN))
                .retry(RetryPolicy.none()).build();
        Vpc east = new dev.weft.api.vpc.VpcApi(truth).list().get(10, TimeUnit.SECONDS).stream()
                .filter(v -> v.zone().equals("US-EAST-04A")).findFirst().orElseThrow();
        int keysBefore = new ObjectStorageApi(truth).listAccessKeys().get(10, TimeUnit.SECONDS).size();
        new ObjectStorageApi(truth).listPolicies().get(10, TimeUnit.SECONDS).forEach(p -> policies.put(p.name(), p));

        sandbox.faults(FAULTS);
        for (int started = 0; started < OPERATIONS; started += AT_ONCE) {
            Set<String> busy = new HashSet<>();
            List<CompletableFuture<?>> wave = new ArrayList<>();
            for (int i = 0; i < AT_ONCE; i++) {
                wave.add(operation(session, east, busy));
            }
            CompletableFuture.allOf(wave.toArray(CompletableFuture[]::new)).exceptionally(e -> null).get(120, TimeUnit.SECONDS);
            for (CompletableFuture<?> f : wave) {
                assertThat(f).as("every operation ends in a value or a surfaced ApiException").isDone();
                f.exceptionally(e -> {
                    assertThat(unwrap(e)).as("only ApiException comes out of the service layer").isInstanceOf(ApiException.class);
                    return null;
                }).join();
            }
        }
        long injected = sandbox.faultsInjected();
        sandbox.faults(Faults.NONE);

        List<AccessKeyInfo> serverKeys = new ObjectStorageApi(truth).listAccessKeys().get(10, TimeUnit.SECONDS);
        assertThat(serverKeys).as("no key was created twice, none by a failed call").hasSize(keysBefore + keys.size());
        Map<String, String> serverStatus = serverKeys.stream().filter(k -> keys.containsKey(k.accessKeyId()))
                .collect(Collectors.toMap(AccessKeyInfo::accessKeyId, AccessKeyInfo::status, (a, b) -> a, TreeMap::new));
        assertThat(serverStatus).as("the keys this run made, as the client saw them").isEqualTo(new TreeMap<>(keys));

        Map<String, Boolean> serverClusters = new CksApi(truth).list().get(10, TimeUnit.SECONDS).stream()
                .filter(c -> c.name().startsWith("chaos-") && c.status() != ClusterStatus.DELETING)
                .collect(Collectors.toMap(Cluster::id, Cluster::isPublic, (a, b) -> a, TreeMap::new));
        assertThat(serverClusters).as("the clusters this run made, patched and deleted").isEqualTo(new TreeMap<>(clusters));

        Map<String, AccessPolicy> serverPolicies = new ObjectStorageApi(truth).listPolicies().get(10, TimeUnit.SECONDS).stream()
                .collect(Collectors.toMap(AccessPolicy::name, p -> p, (a, b) -> a, TreeMap::new));
        assertThat(serverPolicies).as("the policies, as last ensured").isEqualTo(new TreeMap<>(policies));

        assertThat(uncaught).as("no exception escaped uncaught").hasValue(0);
        assertThat(unsafeRetries).as("no create, revoke or ensure (POST) was sent again by a retry").hasValue(0);
        assertThat(injected).as("faults were injected").isGreaterThan(OPERATIONS / 20);
        assertThat(surfaced.get()).as("some failures reached the user").isPositive();
        System.out.printf("chaos: %d operations %s; %d faults injected, %d retried by the client, %d failures surfaced, "
                        + "%d reads that needed a user refresh%n",
                OPERATIONS, new TreeMap<>(done), injected, retries.get(), surfaced.get(), readsRefreshed.get());
    }

    /** One random operation, through the service executor as the tabs send them. */
    private CompletableFuture<?> operation(Session s, Vpc east, Set<String> busy) {
        int roll = random.nextInt(100);
        if (roll < 30) {
            return switch (random.nextInt(4)) {
                case 0 -> read("list", () -> s.storage().listAccessKeys());
                case 1 -> read("list", () -> s.cks().list());
                case 2 -> read("list", () -> s.storage().listPolicies());
                default -> read("list", () -> s.storage().listBuckets());
            };
        }
        if (roll < 45) {
            String key = pick(keys.keySet(), busy);
            if (key != null) {
                return read("get", () -> s.storage().getAccessKey(key));
            }
            return read("get", () -> s.storage().getBucket("datasets"));
        }
        if (roll < 60) {
            return write("create key", () -> s.storage().createAccessKey(CreateAccessKeyRequest.temporary(3600)),
                    k -> keys.put(k.accessKeyId(), AccessKeyInfo.ACTIVE));
        }
        if (roll < 70) {
            String key = pick(keys.entrySet().stream().filter(e -> e.getValue().equals(AccessKeyInfo.ACTIVE))
                    .map(Map.Entry::getKey).collect(Collectors.toSet()), busy);
            if (key != null) {
                return write("revoke", () -> s.storage().revokeAccessKey(key), v -> keys.put(key, AccessKeyInfo.REVOKED));
            }
        }
        if (roll < 78) {
            String name = "chaos-" + Integer.toHexString(random.nextInt(1 << 20));
            CreateClusterRequest r = CreateClusterRequest.minimal(name, "US-EAST-04A", east.id(), "v1.34",
                    "pod-cidr", "service-cidr", List.of("lb-c"));
            return write("create cluster", () -> s.cks().create(r), c -> clusters.put(c.id(), c.isPublic()));
        }
        if (roll < 86) {
            String id = pick(clusters.keySet(), busy);
            if (id != null) {
                boolean makePublic = !clusters.get(id);
                ClusterUpdate u = new ClusterUpdate(id, "public", makePublic, null, null, null, null, null, null, null, null, null, null);
                return write("patch", () -> s.cks().update(u), c -> clusters.put(id, c.isPublic()));
            }
        }
        if (roll < 92) {
            String id = pick(clusters.keySet(), busy);
            if (id != null) {
                return write("delete", () -> s.cks().delete(id), c -> clusters.remove(id));
            }
        }
        String name = "chaos-policy-" + random.nextInt(8);
        if (!busy.add(name)) {
            return read("list", () -> s.storage().listPolicies());
        }
        AccessPolicy p = new AccessPolicy(AccessPolicy.VERSION, name, List.of(new AccessPolicy.Statement("read-" + random.nextInt(100),
                AccessPolicy.Statement.ALLOW, List.of("s3:GetObject"), List.of("datasets/*"), List.of("*"))));
        return write("ensure policy", () -> s.storage().ensurePolicy(p), v -> policies.put(name, p));
    }

    private String pick(Set<String> from, Set<String> busy) {
        List<String> free = from.stream().filter(k -> !busy.contains(k)).sorted().toList();
        if (free.isEmpty()) {
            return null;
        }
        String k = free.get(random.nextInt(free.size()));
        busy.add(k);
        return k;
    }

    /**
     * An idempotent read: the client retries what may be retried; what still fails (a 500, a broken
     * body) is surfaced, and the user's refresh must then get the answer within {@link #REFRESHES}.
     */
    private <T> CompletableFuture<T> read(String what, Supplier<CompletableFuture<T>> call) {
        return work.submit(call).handle((v, e) -> e).thenCompose(e -> {
            count(what);
            if (e == null) {
                return CompletableFuture.completedFuture(null);
            }
            surfaced.incrementAndGet();
            readsRefreshed.incrementAndGet();
            if (!(unwrap(e) instanceof ApiException)) {
                return CompletableFuture.failedFuture(e);
            }
            return refreshUntilRead(call, REFRESHES);
        });
    }

    private <T> CompletableFuture<T> refreshUntilRead(Supplier<CompletableFuture<T>> call, int left) {
        return work.submit(call).handle((v, e) -> e).thenCompose(e -> {
            if (e == null) {
                return CompletableFuture.completedFuture(null);
            }
            surfaced.incrementAndGet();
            if (left <= 1) {
                return CompletableFuture.failedFuture(new AssertionError("a read still failed after " + REFRESHES + " refreshes", e));
            }
            return refreshUntilRead(call, left - 1);
        });
    }

    /** A change: applied to the client's view only when its answer arrived; a failure is surfaced, never resent. */
    private <T> CompletableFuture<T> write(String what, Supplier<CompletableFuture<T>> call, java.util.function.Consumer<T> onSuccess) {
        return work.submit(call).whenComplete((v, e) -> {
            count(what);
            if (e == null) {
                onSuccess.accept(v);
            } else {
                surfaced.incrementAndGet();
            }
        });
    }

    private static Throwable unwrap(Throwable e) {
        return e instanceof CompletionException && e.getCause() != null ? e.getCause() : e;
    }

    private void count(String what) {
        done.computeIfAbsent(what, k -> new AtomicInteger()).incrementAndGet();
    }
}
