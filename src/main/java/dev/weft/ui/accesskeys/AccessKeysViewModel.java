package dev.weft.ui.accesskeys;

import dev.weft.api.ApiException;
import dev.weft.api.objectstorage.AccessKeyInfo;
import dev.weft.api.objectstorage.CreateAccessKeyRequest;
import dev.weft.api.objectstorage.CreatedAccessKey;
import dev.weft.api.objectstorage.ObjectStorageApi;
import dev.weft.api.objectstorage.SamlCredentialsRequest;
import dev.weft.service.BackgroundWork;
import dev.weft.service.S3CredentialFiles;
import dev.weft.service.Session;
import dev.weft.ui.common.CsvExport;
import dev.weft.ui.common.ErrorPresenter;
import dev.weft.ui.common.Rows;
import dev.weft.ui.common.ShownRows;
import dev.weft.ui.tabs.TabViewModel;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.stream.Collector;
import java.util.stream.Collectors;

/**
 * The Access Keys tab (CoreWeave only): keys merged by id, filtered by the toolbar search, a status
 * and a principal; a clock for the live countdowns; create, SAML credentials, revoke one or all of a
 * principal's; and saving a fresh pair for S3 tools when the user asks.
 */
public final class AccessKeysViewModel extends TabViewModel<AccessKeysViewModel.Loaded> {
    public static final String ALL = "All";
    /** The status filter's choice for an audit: active keys that never expire, the long-lived credentials to review. */
    public static final String NEVER_EXPIRING = "Active, never expiring";

    private final BackgroundWork work;
    private final Executor fx;
    /** No extractor: 100,000 rows would each carry a listener; a refresh tells the views what changed instead. */
    private final ObservableList<KeyItem> items = FXCollections.observableArrayList();
    private final ShownRows<KeyItem> visible = new ShownRows<>(items, KeyItem::searchText);
    private final dev.weft.ui.common.FilterChoice principal = new dev.weft.ui.common.FilterChoice(ALL);
    /** The principals with keys, most keys first: the policy editor's completion, and its guess at the token's own. */
    private final ObservableList<String> principalsByKeys = FXCollections.observableArrayList();
    private final ObjectProperty<String> status = new SimpleObjectProperty<>(ALL);
    private final ObjectProperty<KeyItem> selected = new SimpleObjectProperty<>();
    private final javafx.beans.property.BooleanProperty selectedRevoked = new javafx.beans.property.SimpleBooleanProperty();
    private final javafx.beans.property.ReadOnlyStringWrapper revoking = new javafx.beans.property.ReadOnlyStringWrapper("");
    /** Set by {@link #stopRevoking}: read on the thread of whichever revoke finished last. */
    private volatile boolean stop;
    /** The profile's session whose keys are being revoked together, and how far (see {@link #sayRevoking}). */
    private Session revokingIn;
    private int revokingDone;
    private int revokingOf;
    private final ObjectProperty<Instant> now = new SimpleObjectProperty<>(Instant.now());
    private final StringProperty search;
    private Session session;
    /** How many keys the last answer held: the next is read into tables of that size. Read off the FX thread. */
    private volatile int lastCount;
    /**
     * The keys the table shows, as last read: the next answer takes their objects for the keys that did not
     * change; null while the table is empty. Read off the FX thread.
     */
    private volatile Rows.Fresh<AccessKeyInfo> shownKeys;
    /** The list the table shows, its statuses counted as of {@link #now}; null before one is shown. */
    private Loaded shownList;

    public AccessKeysViewModel(BackgroundWork work, Executor fx, StringProperty search) {
        super(work, fx);
        this.work = work;
        this.fx = fx;
        this.search = search;
        followSearch(search, this::filter);
        status.addListener(o -> filter());
        principal.chosenProperty().addListener(o -> filter());
        // The status filter and the summary go by the clock, as the Status column does: a key whose expiry passes
        // leaves "Active" for "Expired" without a refresh. Filtered and counted again only when one did (a comparison
        // per key every 15 s).
        now.addListener((o, was, is) -> {
            long passed = items.stream().filter(i -> KeyStatus.expiredBetween(i.info(), was, is)).count();
            if (passed > 0) {
                if (!ALL.equals(status.get())) {
                    filter();
                }
                if (shownList != null) {
                    shownList = shownList.expired((int) passed);
                    resummarize(shownList.summary());
                }
            }
        });
        selected.addListener(o -> updateSelectedRevoked());
    }

    @Override
    public String title() {
        return "Access Keys";
    }

    @Override
    protected String unavailableReason(Session s) {
        return coreWeaveOnly(s, "Access keys");
    }

    @Override
    public CompletableFuture<Void> refresh(Session s) {
        if (session != s) {
            session = s;
            items.clear();
            principalsByKeys.clear();
            selected.set(null);
            sayRevoking();
        }
        if (items.isEmpty()) {
            shownKeys = null; // nothing shown, nothing to reuse
            shownList = null;
        }
        return super.refresh(s);
    }

    /**
     * A list of keys made ready off the FX thread, as it is read, while the rest of it downloads: keyed
     * for the merge, and its principals and statuses counted over the keys as the table will hold them
     * (a key listed twice counts once, with its last value).
     */
    record Loaded(Rows.Fresh<AccessKeyInfo> keys, List<String> principalNames, List<String> principalsByKeys,
                  Map<String, Integer> byStatus) {
        /** "9 keys of 3 principals: 6 active, 3 expired". */
        String summary() {
            return summary(keys.size(), principalNames.size(), byStatus);
        }

        /** The same list after {@code n} of its active keys have passed their expiry. */
        Loaded expired(int n) {
            Map<String, Integer> statuses = new TreeMap<>(byStatus);
            statuses.merge(AccessKeyInfo.ACTIVE, -n, Integer::sum);
            statuses.merge(AccessKeyInfo.EXPIRED, n, Integer::sum);
            statuses.values().removeIf(count -> count <= 0);
            return new Loaded(keys, principalNames, principalsByKeys, statuses);
        }

        /**
         * Reads keys into a Loaded; {@code expected}: how many came last time; {@code shown}: the keys the
         * table shows, whose objects are taken for the keys that did not change (null for none).
         */
        static Collector<AccessKeyInfo, ?, Loaded> read(int expected, Rows.Fresh<AccessKeyInfo> shown) {
            return Collector.of(() -> new Counted(expected, shown), Counted::add, Counted::join, Counted::loaded);
        }

        /**
         * Keys and their counts, kept as each key comes: a long list's two halves are read on two threads,
         * and counting each key on its half's thread, not all of them once the halves are joined, took
         * ~9 ms of 100,000 keys off the wait after the last byte.
         */
        private static final class Counted {
            private final Rows.Fresh<AccessKeyInfo> shown;
            private final Rows.Fresh<AccessKeyInfo> keys;
            private final Map<String, int[]> byPrincipal = new java.util.HashMap<>();
            private final Map<String, int[]> byStatus = new java.util.HashMap<>();

            Counted(int expected, Rows.Fresh<AccessKeyInfo> shown) {
                this.shown = shown;
                keys = Rows.Fresh.keyedBy(AccessKeyInfo::accessKeyId, expected);
            }

            void add(AccessKeyInfo read) {
                AccessKeyInfo key = shown == null ? read : shown.same(read);
                count(key, 1);
                AccessKeyInfo replaced = keys.add(key);
                if (replaced != null) {
                    count(replaced, -1);
                }
            }

            Counted join(Counted later) {
                for (AccessKeyInfo replaced : keys.join(later.keys)) {
                    count(replaced, -1);
                }
                later.byPrincipal.forEach((name, n) -> add(byPrincipal, name, n[0]));
                later.byStatus.forEach((name, n) -> add(byStatus, name, n[0]));
                return this;
            }

            private void count(AccessKeyInfo key, int n) {
                if (key.principalName() != null) {
                    add(byPrincipal, key.principalName(), n);
                }
                add(byStatus, String.valueOf(key.status()), n);
            }

            private static void add(Map<String, int[]> counts, String name, int n) {
                int[] count = counts.get(name);
                if (count == null) {
                    counts.put(name, new int[]{n});
                } else {
                    count[0] += n;
                }
            }

            Loaded loaded() {
                List<String> names = byPrincipal.entrySet().stream().filter(e -> e.getValue()[0] > 0).map(Map.Entry::getKey)
                        .sorted().toList();
                List<String> byKeys = byPrincipal.entrySet().stream().filter(e -> e.getValue()[0] > 0)
                        .sorted(java.util.Comparator.comparingInt((Map.Entry<String, int[]> e) -> -e.getValue()[0])
                                .thenComparing(Map.Entry::getKey))
                        .map(Map.Entry::getKey).toList();
                Map<String, Integer> statuses = new TreeMap<>();
                byStatus.forEach((name, n) -> {
                    if (n[0] > 0) {
                        statuses.put(name, n[0]);
                    }
                });
                return new Loaded(keys, names, byKeys, statuses);
            }
        }

        static String summary(int keys, int principals, Map<String, Integer> byStatus) {
            return keys == 0 ? "No access keys yet." : plural(keys, "key") + " of " + plural(principals, "principal") + ": "
                    + byStatus.entrySet().stream().map(e -> dev.weft.domain.Sizes.count(e.getValue()) + " " + e.getKey().toLowerCase(java.util.Locale.ROOT))
                    .collect(Collectors.joining(", "));
        }

        private static String plural(int n, String noun) {
            return dev.weft.domain.Sizes.count(n, noun, noun + "s");
        }
    }

    @Override
    protected CompletableFuture<Loaded> load(Session s) {
        return s.storage().listAccessKeys(Loaded.read(lastCount, shownKeys));
    }

    @Override
    protected String show(Loaded loaded, Session s) {
        lastCount = loaded.keys().size();
        if (session == s) {
            merge(loaded);
            shownKeys = loaded.keys();
            shownList = loaded;
        }
        now.set(Instant.now());
        return loaded.summary();
    }

    private void merge(Loaded loaded) {
        Rows.Merged<KeyItem> merged = visible.merge(() -> Rows.merge(items, loaded.keys(), KeyItem::new, (a, b) -> { }));
        if (merged.changed()) {
            updateSelectedRevoked();
        }
        if (merged.gone().contains(selected.get())) {
            selected.set(null);
        }
        if (!principalsByKeys.equals(loaded.principalsByKeys())) {
            principalsByKeys.setAll(loaded.principalsByKeys());
        }
        principal.offer(loaded.principalNames());
    }

    private void updateSelectedRevoked() {
        selectedRevoked.set(selected.get() != null && AccessKeyInfo.REVOKED.equals(selected.get().info().status()));
    }

    private void filter() {
        String st = ALL.equals(status.get()) ? null : status.get();
        String pr = principal.wanted();
        Instant at = now.get(); // read here: the sweep may run on another thread
        visible.filter(search.get(), st == null && pr == null ? null
                : i -> (st == null || hasStatus(i.info(), st, at)) && (pr == null || pr.equals(i.info().principalName())));
    }

    private static boolean hasStatus(AccessKeyInfo key, String wanted, Instant at) {
        return NEVER_EXPIRING.equals(wanted) ? key.permanent() && AccessKeyInfo.ACTIVE.equals(KeyStatus.asOf(key, at))
                : wanted.equals(KeyStatus.asOf(key, at));
    }

    // ---- commands ----

    public CompletableFuture<CreatedAccessKey> create(CreateAccessKeyRequest request) {
        Session s = session;
        return work.submit(() -> s.storage().createAccessKey(request)).whenCompleteAsync((k, e) -> refreshShowing(s, k), fx);
    }

    public CompletableFuture<CreatedAccessKey> saml(SamlCredentialsRequest request) {
        Session s = session;
        return work.submit(() -> s.storage().samlCredentials(request)).whenCompleteAsync((k, e) -> refreshShowing(s, k), fx);
    }

    /** Refreshes, then selects the key just made (when it is shown), so that it is in view once its secret is put away. */
    private void refreshShowing(Session s, CreatedAccessKey made) {
        if (session != s) {
            return;
        }
        refresh(s).thenRun(() -> {
            if (made != null && session == s) {
                items.stream().filter(i -> i.id().equals(made.accessKeyId())).findFirst().ifPresent(selected::set);
            }
        }).exceptionally(e -> null);
    }

    public CompletableFuture<Void> revoke(KeyItem item) {
        Session s = session;
        return work.submit(() -> s.storage().revokeAccessKey(item.id())).whenCompleteAsync((v, e) -> refreshQuietly(s), fx);
    }

    /**
     * What revoking several keys came to: those revoked, those that failed with why, and those not tried
     * after a failure that would have failed them all.
     */
    public record Revocation(List<String> revoked, Map<String, Throwable> failed, List<String> notTried) {
        public int asked() {
            return revoked.size() + failed.size() + notTried.size();
        }
    }

    /**
     * Revokes these keys (those not revoked yet) one after the other, then reads the list again. A key the
     * server no longer knows is passed over; any other failure (a refused token, a lost connection, an answer
     * that may or may not have landed) stops the rest, which are said not to be tried: they would fail alike,
     * or the user should see first. One at a time, not all at once: a hundred revokes in one burst would meet
     * the server's rate limit. {@link #revokingProperty} says how far it is.
     */
    public CompletableFuture<Revocation> revoke(List<KeyItem> keys) {
        Session s = session;
        List<KeyItem> open = keys.stream().filter(k -> !AccessKeyInfo.REVOKED.equals(k.info().status())).toList();
        List<String> ids = open.stream().map(KeyItem::id).toList();
        List<String> revoked = new java.util.ArrayList<>();
        Map<String, Throwable> failed = new java.util.LinkedHashMap<>();
        revokingIn = s;
        revokingDone = 0;
        revokingOf = ids.size();
        sayRevoking();
        stop = false;
        CompletableFuture<Boolean> onward = CompletableFuture.completedFuture(true);
        for (KeyItem key : open) {
            String id = key.id();
            onward = onward.thenCompose(go -> !go || stop ? CompletableFuture.completedFuture(false)
                    : work.submit(() -> s.storage().revokeAccessKey(id)).handle((v, e) -> {
                        Throwable cause = e == null ? null : ErrorPresenter.unwrap(e);
                        if (cause == null) {
                            revoked.add(id);
                        } else {
                            failed.put(id, cause);
                        }
                        int done = revoked.size() + failed.size();
                        fx.execute(() -> {
                            revokingDone = done;
                            sayRevoking();
                            if (cause == null && session == s) {
                                showRevoked(key);
                            }
                        });
                        return cause == null || cause instanceof ApiException a && a.isNotFound();
                    }));
        }
        // In order, one after the other: those tried are the first so many.
        return onward.thenApply(v -> new Revocation(List.copyOf(revoked), java.util.Collections.unmodifiableMap(failed),
                        List.copyOf(ids.subList(revoked.size() + failed.size(), ids.size()))))
                .whenCompleteAsync((r, e) -> {
                    revokingIn = null;
                    sayRevoking();
                    if (!revoked.isEmpty() && session == s) {
                        visible.refresh(); // the rows shown revoked, once: the list read next finds them so, and changes nothing
                    }
                    if (showsProfileOf(s)) { // also when chosen again meanwhile, in a session of its own
                        refreshQuietly(session);
                    }
                }, fx);
    }

    /**
     * A key of several being revoked reads Revoked as soon as it is, not at the end of them all: its row's cells
     * and style follow its value. Which rows a filter or search shows, and the counts, follow at the end: a
     * re-index per key, or the table drawn anew, held the FX thread ~60 ms each among 100,000 keys (and a row
     * leaving an "Active" filter mid-way would move the rest under the pointer).
     */
    private void showRevoked(KeyItem item) {
        AccessKeyInfo was = item.info();
        item.setValue(new AccessKeyInfo(was.accessKeyId(), AccessKeyInfo.REVOKED, was.principalName(), was.attributes(),
                was.expiry(), was.orgId()));
        updateSelectedRevoked();
    }

    /** Stops revoking several keys after the one under way; those after it are said not to be tried. */
    public void stopRevoking() {
        stop = true;
    }

    /**
     * "Revoking 5 keys… 2 done"; naming the profile once another is shown: the keys go on being revoked (a leak's
     * keys half revoked would be worse), and under another profile's table the count read as that profile's.
     */
    private void sayRevoking() {
        Session of = revokingIn;
        revoking.set(of == null ? "" : "Revoking " + dev.weft.domain.Sizes.count(revokingOf, "key", "keys")
                + (showsProfileOf(of) ? "" : " of “" + of.profile().name() + "”") + "… " + revokingDone + " done");
    }

    /** Whether the keys shown are those of {@code s}'s profile (a profile chosen again has a session of its own). */
    private boolean showsProfileOf(Session s) {
        return session != null && session.profile().id().equals(s.profile().id());
    }

    /** While several keys are being revoked, how far it is ("Revoking 5 keys… 2 done"); empty otherwise. */
    public javafx.beans.property.ReadOnlyStringProperty revokingProperty() {
        return revoking.getReadOnlyProperty();
    }

    /** Counts the changes of the rows, a refresh's merge once (see {@link ShownRows#changesProperty}). */
    public javafx.beans.property.ReadOnlyIntegerProperty rowChangesProperty() {
        return visible.changesProperty();
    }

    public CompletableFuture<Void> revokePrincipal(String principalName) {
        Session s = session;
        return work.submit(() -> s.storage().revokePrincipal(principalName)).whenCompleteAsync((v, e) -> refreshQuietly(s), fx);
    }

    /**
     * The key as the server reports it now ({@code GET /access-key/{id}}), for its details; the row takes the
     * answer, so the table says what the details say (a key revoked elsewhere since the list was read), and
     * then the list is read again: what changed one key may have changed others, and the counts.
     */
    public CompletableFuture<AccessKeyInfo> inspect(KeyItem item) {
        Session s = session;
        return work.submit(() -> s.storage().getAccessKey(item.id())).thenApplyAsync(now -> {
            if (session == s && !now.equals(item.info())) {
                item.setValue(now);
                visible.refresh();
                updateSelectedRevoked();
                refreshQuietly(s);
            }
            return now;
        }, fx);
    }

    /** How many of a principal's keys a revoke-all would revoke: those not revoked yet. */
    public long revocable(String principalName) {
        return items.stream().map(KeyItem::info).filter(k -> principalName.equals(k.principalName()))
                .filter(k -> !AccessKeyInfo.REVOKED.equals(k.status())).count();
    }

    private void refreshQuietly(Session s) {
        refreshIfShown(s).exceptionally(e -> null);
    }

    /** The organization id the keys carry, to prefill the SAML form. */
    public String orgId() {
        return items.stream().map(i -> i.info().orgId()).filter(o -> o != null && !o.isBlank()).findFirst().orElse("");
    }

    public CompletableFuture<S3CredentialFiles.Saved> saveAwsProfile(S3CredentialFiles.AwsFiles aws, CreatedAccessKey key,
                                                                    String profile, String region) {
        return work.supply(() -> {
            try {
                return S3CredentialFiles.saveAwsProfile(aws, profile, key.accessKeyId(), key.secretKey(), region);
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException("Could not write the AWS files: " + e.getMessage(), e);
            }
        });
    }

    /** The rclone config file rclone reads here, found on the service executor (it looks for files). */
    public CompletableFuture<Path> rcloneConfig() {
        return work.supply(() -> S3CredentialFiles.defaultRcloneConf(System.getenv(), dev.weft.profiles.ConfigDir.home()));
    }

    public CompletableFuture<S3CredentialFiles.Saved> saveRcloneRemote(Path conf, CreatedAccessKey key, String remote, String region) {
        return work.supply(() -> {
            try {
                return S3CredentialFiles.saveRcloneRemote(conf, remote, key.accessKeyId(), key.secretKey(), region);
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException("Could not write " + conf + ": " + e.getMessage(), e);
            }
        });
    }

    /**
     * A failure in words; a 403 names the permission the token's principal lacks, since that is what
     * an administrator has to grant.
     */
    public static String explain(Throwable failure, String permission) {
        Throwable c = ErrorPresenter.unwrap(failure);
        if (c instanceof ApiException a && a.httpStatus() == 403) {
            return "Your token's principal lacks the " + permission + " permission in the organization's access policies.";
        }
        if (c instanceof ApiException a && a.outcomeUnknown()) {
            // A key made all the same has a secret nobody received, or that went astray with the answer.
            return ErrorPresenter.sentence(failure) + " A key made now had its secret in the lost answer: if one is in "
                    + "the list that you did not get, revoke it.";
        }
        return ErrorPresenter.sentence(failure);
    }

    public String curlCreate(CreateAccessKeyRequest r) {
        return session.client().curl(ObjectStorageApi.createAccessKeyRequest(r));
    }

    public String curlGet(String id) {
        return session.client().curl(ObjectStorageApi.getAccessKeyRequest(id));
    }

    public String curlRevoke(String id) {
        return session.client().curl(ObjectStorageApi.revokeAccessKeyRequest(id));
    }

    /** One curl per key not revoked yet, for a script; the first {@code most}, then a line saying how many more. */
    public String curlRevoke(List<KeyItem> keys, int most) {
        List<String> ids = keys.stream().filter(k -> !AccessKeyInfo.REVOKED.equals(k.info().status())).map(KeyItem::id).toList();
        String curls = ids.stream().limit(most).map(this::curlRevoke).collect(Collectors.joining("\n\n"));
        return ids.size() <= most ? curls
                : curls + "\n\n# … and " + (ids.size() - most) + " more: choose fewer keys to see them all.";
    }

    public String curlRevokePrincipal(String p) {
        return session.client().curl(ObjectStorageApi.revokePrincipalRequest(p));
    }

    public String curlSaml(SamlCredentialsRequest r) {
        return session.client().curl(ObjectStorageApi.samlRequest(new SamlCredentialsRequest(r.durationSeconds(), r.orgId(),
                r.configId(), "<BASE64_SAML_RESPONSE>")));
    }

    public ObservableList<KeyItem> items() {
        return items;
    }

    /** The rows the table shows, filtered and in its order. */
    public ObservableList<KeyItem> visibleItems() {
        return visible.shown();
    }

    /** Writes the keys the table shows, filtered and in its order, as CSV; completes with the file. */
    public CompletableFuture<java.nio.file.Path> exportCsv(java.nio.file.Path file) {
        return CsvExport.write(work, file, "access_key_id,principal,status,expiry,attributes", visible.shown(), i -> {
            AccessKeyInfo k = i.info();
            return CsvExport.cell(k.accessKeyId()) + ',' + CsvExport.cell(k.principalName()) + ',' + CsvExport.cell(k.status()) + ','
                    + (k.permanent() || k.expiry() == null ? "" : k.expiry().toString()) + ','
                    + CsvExport.cell(k.attributes().entrySet().stream().map(e -> e.getKey() + "=" + e.getValue()).sorted()
                    .collect(java.util.stream.Collectors.joining(", ")));
        });
    }

    /** Makes the table show {@link #visibleItems()}, sorted by its columns, its selection mirrored in {@link #selectedProperty()}. */
    public void showIn(javafx.scene.control.TableView<KeyItem> table) {
        visible.showIn(table, selected);
    }

    public ObservableList<String> principals() {
        return principal.choices();
    }

    /** The principals with keys, most keys first, as last listed. */
    public ObservableList<String> principalsByKeys() {
        return principalsByKeys;
    }

    public ObjectProperty<String> statusFilterProperty() {
        return status;
    }

    public ObjectProperty<String> principalFilterProperty() {
        return principal.chosenProperty();
    }

    public ObjectProperty<KeyItem> selectedProperty() {
        return selected;
    }

    /** Whether the selected key is revoked already (so it cannot be revoked again). */
    public javafx.beans.property.ReadOnlyBooleanProperty selectedRevokedProperty() {
        return selectedRevoked;
    }

    public ObjectProperty<Instant> nowProperty() {
        return now;
    }

    public BackgroundWork work() {
        return work;
    }
}
