package dev.weft.ui.clusters;

import dev.weft.api.ApiException;
import dev.weft.api.ApiRequest;
import dev.weft.api.cks.CksApi;
import dev.weft.api.cks.Cluster;
import dev.weft.api.cks.ClusterUpdate;
import dev.weft.api.cks.CreateClusterRequest;
import dev.weft.api.ApiToken;
import dev.weft.api.kupe.Connection;
import dev.weft.api.kupe.KupeCluster;
import dev.weft.api.kupe.Versioned;
import dev.weft.api.vpc.Vpc;
import dev.weft.api.vpc.VpcApi;
import dev.weft.domain.cks.CksCatalog;
import dev.weft.domain.cks.ClusterChanges;
import dev.weft.domain.kubeconfig.KubeconfigEntry;
import dev.weft.domain.kubeconfig.Kubeconfigs;
import dev.weft.service.BackgroundWork;
import dev.weft.service.KubeconfigFiles;
import dev.weft.service.Session;
import dev.weft.ui.common.CsvExport;
import dev.weft.ui.common.ErrorPresenter;
import dev.weft.ui.common.FilterChoice;
import dev.weft.ui.common.Rows;
import dev.weft.ui.common.ShownRows;
import dev.weft.ui.tabs.TabViewModel;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;
import java.util.stream.Collectors;

/**
 * The Clusters tab: the active profile's CKS or Kupe clusters, merged by id on every refresh (never
 * rebuilt, so the selection holds), filtered by the toolbar search, polled calmly and faster while
 * any cluster is on its way somewhere, with a notice when one arrives, fails or disappears.
 */
public final class ClustersViewModel extends TabViewModel<List<ClusterRow>> {
    public static final Duration CALM = Duration.ofSeconds(30);
    public static final Duration FAST = Duration.ofSeconds(3);

    private final BackgroundWork work;
    private final Executor fx;
    /** No extractor: views follow {@link #rowsChangedProperty()}, once per refresh, not once per changed row. */
    private final ObservableList<ClusterItem> items = FXCollections.observableArrayList();
    private final ShownRows<ClusterItem> visible = new ShownRows<>(items, ClusterItem::searchText);
    private final ObjectProperty<ClusterItem> selected = new SimpleObjectProperty<>();
    /** "All" in the filters. */
    public static final String ALL = "All";
    /** The table's filters: its status (a Kupe cluster's phase), its zone (a Kupe cluster's type), its version. */
    private final FilterChoice status = new FilterChoice(ALL);
    private final FilterChoice zoneOrType = new FilterChoice(ALL);
    private final FilterChoice version = new FilterChoice(ALL);
    private final StringProperty search;
    private final BooleanProperty kupe = new SimpleBooleanProperty();
    /** The sandbox's kubeconfig file, beside the usual one. */
    static final String SANDBOX_KUBECONFIG = "weft-sandbox.yaml";
    private final ObjectProperty<Session> session = new SimpleObjectProperty<>();
    private final AtomicLong poll = new AtomicLong();
    /** The VPCs asked for the clusters' details, by id, for the profile shown. */
    private final java.util.Map<String, AskedVpc> vpcById = new java.util.HashMap<>();
    private static final Duration VPC_RETRY = Duration.ofMinutes(1);
    private Duration calm = CALM;
    private Duration fast = FAST;
    private Consumer<String> onNotice = n -> { };

    public ClustersViewModel(BackgroundWork work, Executor fx, StringProperty search) {
        super(work, fx);
        this.work = work;
        this.fx = fx;
        this.search = search;
        followSearch(search, this::filter);
        for (FilterChoice f : List.of(status, zoneOrType, version)) {
            f.chosenProperty().addListener(o -> filter());
        }
        filter();
    }

    @Override
    public String title() {
        return "Clusters";
    }

    @Override
    protected String unavailableReason(Session s) {
        return null;
    }

    @Override
    public CompletableFuture<Void> refresh(Session s) {
        if (session.get() != s) {
            session.set(s);
            kupe.set(!s.isCoreWeave());
            items.clear();
            selected.set(null);
            vpcById.clear();
        }
        return super.refresh(s).whenComplete((v, failure) -> {
            // A refused token is not sent again every 30 s while the profile stays open, as the auto refresh
            // pauses too: the profile mended (a new session) polls again.
            if (failure != null && !(dev.weft.ui.common.ErrorPresenter.unwrap(failure) instanceof dev.weft.api.ApiException a
                    && a.needsToken())) {
                schedulePoll(s);
            }
        });
    }

    @Override
    protected CompletableFuture<List<ClusterRow>> load(Session s) {
        if (s.isCoreWeave()) {
            return s.cks().list().thenApply(cs -> cs.stream().map(ClusterRow::of).toList());
        }
        return s.kupe().list().thenApply(cs -> cs.stream().map(ClusterRow::of).toList());
    }

    @Override
    protected String show(List<ClusterRow> rows, Session s) {
        if (session.get() == s) {
            merge(rows);
            schedulePoll(s);
        }
        return summary();
    }

    /** Updates rows in place, adds new ones, removes gone ones; says what changed state. */
    void merge(List<ClusterRow> rows) {
        Rows.Merged<ClusterItem> merged = visible.merge(() -> Rows.merge(items, rows, ClusterRow::key, ClusterItem::new,
                this::announce));
        status.offer(offered(ClusterRow::status));
        zoneOrType.offer(offered(ClusterRow::zoneOrType));
        version.offer(offered(ClusterRow::version));
        for (ClusterItem item : merged.gone()) {
            ClusterRow last = item.row();
            onNotice.accept(last.transitional() ? last.name() + " was deleted" : last.name() + " is no longer listed");
            if (selected.get() == item) {
                selected.set(null);
            }
        }
    }

    private void announce(ClusterRow before, ClusterRow after) {
        if (before.transitional() && after.running()) {
            onNotice.accept(after.name() + " is running (" + after.version() + ")");
        } else if (!before.failed() && after.failed()) {
            onNotice.accept(after.name() + " failed: " + after.status());
        }
    }

    private void schedulePoll(Session s) {
        if (work.isClosed()) {
            return;
        }
        long mine = poll.incrementAndGet();
        Duration wait = items.stream().anyMatch(i -> i.row().transitional()) ? fast : calm;
        Executor later = CompletableFuture.delayedExecutor(wait.toMillis(), TimeUnit.MILLISECONDS, fx);
        // The session held weakly: a poll waiting out its 30 s after the user switched profiles kept the old
        // session (its HTTP client, its loaded lists) that long; while it is the shown one, this model holds it.
        java.lang.ref.WeakReference<Session> polled = new java.lang.ref.WeakReference<>(s);
        later.execute(() -> {
            Session still = polled.get();
            if (still != null && mine == poll.get() && session.get() == still && !work.isClosed()) {
                refresh(still);
            }
        });
    }

    /** Stops polling (the tab went away or the profile changed). */
    public void stopPolling() {
        poll.incrementAndGet();
    }

    /** For tests: shorter polling intervals. */
    public void pollEvery(Duration calmInterval, Duration fastInterval) {
        this.calm = calmInterval;
        this.fast = fastInterval;
    }

    /** The values of one column the clusters hold, sorted, for its filter. */
    private List<String> offered(java.util.function.Function<ClusterRow, String> column) {
        return items.stream().map(i -> column.apply(i.row())).filter(v -> v != null && !v.isEmpty()).distinct().sorted().toList();
    }

    private void filter() {
        String st = status.wanted();
        String zt = zoneOrType.wanted();
        String v = version.wanted();
        visible.filter(search.get(), st == null && zt == null && v == null ? null
                : i -> (st == null || st.equals(i.row().status())) && (zt == null || zt.equals(i.row().zoneOrType()))
                        && (v == null || v.equals(i.row().version())));
    }

    /**
     * Writes the clusters the table shows, in its order, to a CSV file on the service executor: an inventory for a
     * report or an upgrade plan (each row says the version an upgrade goes to, when one is offered now).
     */
    public CompletableFuture<java.nio.file.Path> exportCsv(java.nio.file.Path file) {
        boolean k = kupe.get();
        String header = k ? "name,display_name,version,phase,type,resources,created,upgrade_to"
                : "id,name,zone,version,status,access,api_endpoint,created,upgrade_to";
        return CsvExport.write(work, file, header, visible.shown(), i -> {
            ClusterRow r = i.row();
            List<String> cells = new ArrayList<>(k ? List.of() : List.of(CsvExport.cell(r.key())));
            for (String v : java.util.Arrays.asList(r.name(), r.secondary(), r.version(), r.status(), r.access(), r.endpoint(),
                    r.created() == null ? null : r.created().toString(), r.upgradeable() ? r.nextVersion().orElse(null) : null)) {
                cells.add(CsvExport.cell(v));
            }
            return String.join(",", cells);
        });
    }

    private String summary() {
        if (items.isEmpty()) {
            return "No clusters yet.";
        }
        Map<String, Long> byStatus = items.stream().collect(Collectors.groupingBy(i -> i.row().status(),
                java.util.TreeMap::new, Collectors.counting()));
        return dev.weft.domain.Sizes.count(items.size(), "cluster", "clusters") + ": "
                + byStatus.entrySet().stream().map(e -> dev.weft.domain.Sizes.count(e.getValue()) + " " + e.getKey()).collect(Collectors.joining(", "));
    }

    // ---- commands: each runs on the service executor and lands on the FX executor ----

    public CompletableFuture<Cluster> create(CreateClusterRequest request) {
        Session s = session.get();
        return work.submit(() -> s.cks().create(request)).whenCompleteAsync((c, e) -> showIfMaybeMade(e, s), fx)
                .thenApplyAsync(c -> {
                    landed(ClusterRow.of(c), s);
                    return c;
                }, fx);
    }

    public CompletableFuture<KupeCluster> createKupe(KupeCluster.Spec spec) {
        Session s = session.get();
        return work.submit(() -> s.kupe().create(spec)).whenCompleteAsync((v, e) -> showIfMaybeMade(e, s), fx)
                .thenApplyAsync(v -> {
                    landed(ClusterRow.of(v.value()), s);
                    return v.value();
                }, fx);
    }

    /**
     * A create that got no answer may have made the cluster: the table is refreshed behind the form, which says so,
     * so that the user sees whether it was before trying again.
     */
    private void showIfMaybeMade(Throwable failure, Session s) {
        if (failure != null && ErrorPresenter.unwrap(failure) instanceof ApiException a && a.outcomeUnknown() && session.get() == s) {
            refresh(s).exceptionally(e -> null);
        }
    }

    /** Applies a CKS edit: only the mutable fields that changed, with their update mask. */
    public CompletableFuture<Cluster> update(Cluster before, Cluster after) {
        Session s = session.get();
        Optional<ClusterUpdate> update = ClusterChanges.between(before, after);
        if (update.isEmpty()) {
            return CompletableFuture.completedFuture(before);
        }
        return work.submit(() -> s.cks().update(update.get())).thenApplyAsync(c -> {
            landed(ClusterRow.of(c), s);
            return c;
        }, fx);
    }

    /** The current Kupe cluster with its ETag, to edit against. */
    public CompletableFuture<Versioned<KupeCluster>> fetchKupe(String name) {
        Session s = session.get();
        return work.submit(() -> s.kupe().get(name));
    }

    /** Applies a Kupe edit if nobody changed the cluster since {@code etag}; else fails with a conflict. */
    public CompletableFuture<Versioned<KupeCluster>> patchKupe(String name, KupeCluster.Patch patch, String etag) {
        Session s = session.get();
        return work.submit(() -> s.kupe().patch(name, patch, etag)).thenApplyAsync(v -> {
            landed(ClusterRow.of(v.value()), s);
            return v;
        }, fx);
    }

    /** Upgrades to the next minor version, the only one allowed. */
    public CompletableFuture<Void> upgrade(ClusterItem item) {
        ClusterRow row = item.row();
        if (row.isKupe()) {
            String next = row.nextVersion().orElseThrow();
            return fetchKupe(row.name()).thenCompose(v -> patchKupe(row.name(), new KupeCluster.Patch(next, null, null), v.etag()))
                    .thenApply(v -> null);
        }
        Cluster c = row.cks();
        String next = CksCatalog.nextVersion(c.version()).orElseThrow();
        return update(c, ClusterEdits.withVersion(c, next)).thenApply(x -> null);
    }

    public CompletableFuture<Void> delete(ClusterItem item) {
        Session s = session.get();
        ClusterRow row = item.row();
        if (row.isKupe()) {
            return work.submit(() -> s.kupe().delete(row.name())).thenComposeAsync(v -> refreshIfShown(s), fx);
        }
        return work.submit(() -> s.cks().delete(row.key())).thenAcceptAsync(c -> landed(ClusterRow.of(c), s), fx);
    }

    /** A change the server confirmed: show it at once, select it, and poll fast until it settles. */
    private void landed(ClusterRow row, Session s) {
        if (session.get() != s) {
            return;
        }
        List<ClusterRow> all = new ArrayList<>(items.stream().map(ClusterItem::row).filter(r -> !r.key().equals(row.key())).toList());
        all.add(row);
        merge(all);
        items.stream().filter(i -> i.key().equals(row.key())).findFirst().ifPresent(selected::set);
        schedulePoll(s);
    }

    /**
     * Where the export dialog suggests writing, found on the service executor (kubectl's rule looks at the files
     * {@code $KUBECONFIG} lists). The sandbox's clusters are samples kubectl cannot reach: they go to a file of their
     * own beside the usual one, so that exploring Weft leaves the user's kubectl setup, and its current context, as
     * they were.
     */
    public CompletableFuture<java.nio.file.Path> suggestedKubeconfig() {
        boolean sandbox = sandbox();
        return work.supply(() -> {
            java.nio.file.Path usual = KubeconfigFiles.defaultPath(System.getenv(), dev.weft.profiles.ConfigDir.home());
            return sandbox ? usual.resolveSibling(SANDBOX_KUBECONFIG) : usual;
        });
    }

    /**
     * Writes a kubeconfig for a running cluster: merged into {@code file} as a new context, or as a new
     * file with only this cluster. With {@code embed} the token is written into the file (the user
     * chose it); otherwise the file runs {@code weft token} for the profile and holds no secret.
     */
    /**
     * A kubeconfig written, and the kubectl command that tries its cluster ({@code --kubeconfig} where kubectl does not
     * read the file by itself, {@code --context} where the cluster is not its current context); none for the sandbox,
     * whose clusters kubectl cannot reach.
     */
    public record Exported(KubeconfigFiles.Written written, Optional<String> tryIt) {
    }

    public CompletableFuture<Exported> exportKubeconfig(ClusterItem item, java.nio.file.Path file, boolean merge,
                                                                      boolean embed, boolean makeCurrent) {
        return exportKubeconfig(List.of(item), item, file, merge, embed, makeCurrent);
    }

    /**
     * As above for several running clusters, in one write (one backup): {@code current} becomes kubectl's current
     * context when {@code makeCurrent}. A Kupe cluster not ready for connections fails the whole, and nothing is written.
     */
    public CompletableFuture<Exported> exportKubeconfig(List<ClusterItem> items, ClusterItem current,
                                                                      java.nio.file.Path file, boolean merge, boolean embed,
                                                                      boolean makeCurrent) {
        Session s = session.get();
        boolean sandbox = s.profile().isSandbox();
        List<CompletableFuture<String[]>> targets = items.stream().map(i -> target(s, i.row())).toList();
        return CompletableFuture.allOf(targets.toArray(CompletableFuture[]::new)).thenApplyAsync(v -> {
            KubeconfigEntry.Credential credential = credential(s, embed);
            List<KubeconfigEntry> entries = new java.util.ArrayList<>();
            KubeconfigEntry currentEntry = null;
            String context = null;
            for (int i = 0; i < items.size(); i++) {
                KubeconfigEntry entry = entry(s, items.get(i).row(), targets.get(i).join(), credential, embed);
                entries.add(entry);
                if (items.get(i) == current) {
                    context = entry.contextName();
                    currentEntry = makeCurrent ? entry : null;
                }
            }
            try {
                KubeconfigFiles.Written written = merge ? KubeconfigFiles.merge(file, entries, currentEntry)
                        : KubeconfigFiles.replace(file, entries, currentEntry);
                boolean read = KubeconfigFiles.readByKubectl(file, System.getenv(), dev.weft.profiles.ConfigDir.home());
                return new Exported(written, sandbox ? Optional.empty()
                        : Optional.of(Kubeconfigs.tryCommand(read ? null : file, makeCurrent ? null : context)));
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException("Could not write " + file + ": " + e.getMessage(), e);
            }
        }, work.executor());
    }

    /** Where kubectl reaches a cluster: its endpoint, and for Kupe the authority its certificate is signed by. */
    private CompletableFuture<String[]> target(Session s, ClusterRow row) {
        if (!row.isKupe()) {
            return CompletableFuture.completedFuture(new String[]{"https://" + row.endpoint(), null});
        }
        return work.submit(() -> s.kupe().connection(row.name())).thenApply(c -> {
            if (c instanceof Connection.Ready ready) {
                return new String[]{ready.endpoint(), ready.certificateAuthority()};
            }
            throw new IllegalStateException(row.name() + " is not ready for connections yet: "
                    + ((Connection.NotReady) c).message());
        });
    }

    private static KubeconfigEntry.Credential credential(Session s, boolean embed) {
        if (embed) {
            ApiToken token = s.token().get();
            if (token == null) {
                throw new IllegalStateException("This profile has no token to embed; set one in the profile first.");
            }
            return new KubeconfigEntry.Token(token.reveal());
        }
        return new KubeconfigEntry.Exec(dev.weft.service.Launcher.program(), s.profile().commandFor("token"));
    }

    private static KubeconfigEntry entry(Session s, ClusterRow row, String[] target, KubeconfigEntry.Credential credential, boolean embed) {
        String prefix = row.isKupe() ? "kupe-" + Kubeconfigs.slug(s.profile().tenant() == null ? "" : s.profile().tenant()) + "-" : "cks-";
        String profile = Kubeconfigs.slug(s.profile().name());
        return new KubeconfigEntry(prefix + row.name(), target[0], target[1], "weft-" + profile + (embed ? "-token" : ""),
                prefix + row.name(), credential);
    }

    /** The clusters a kubeconfig can be written for now, as the server lists them: those running. */
    public List<ClusterItem> connectable() {
        return items.stream().filter(i -> i.row().running()).toList();
    }

    public CompletableFuture<List<Vpc>> vpcs() {
        Session s = session.get();
        return work.submit(() -> s.vpcs().list());
    }

    /**
     * A cluster's VPC, for its details: asked once per profile shown (a VPC's name and prefixes cannot change);
     * after a failure, not again for a minute (the details are shown again at every poll, every 3 s while a
     * cluster provisions). Call on the FX thread.
     */
    public CompletableFuture<Vpc> vpc(String id) {
        AskedVpc known = vpcById.get(id);
        if (known != null && !(known.answer().isCompletedExceptionally() && known.at().isBefore(Instant.now().minus(VPC_RETRY)))) {
            return known.answer();
        }
        Session s = session.get();
        AskedVpc asked = new AskedVpc(work.submit(() -> s.vpcs().get(id)), Instant.now());
        vpcById.put(id, asked);
        return asked.answer();
    }

    /** A VPC asked for, and when. */
    private record AskedVpc(CompletableFuture<Vpc> answer, Instant at) {
    }

    public CompletableFuture<Vpc> createVpc(Vpc.Create vpc) {
        Session s = session.get();
        return work.submit(() -> s.vpcs().create(vpc));
    }

    /**
     * Deletes a VPC no cluster uses; the server refuses one that a cluster does (400, FailedPrecondition), and then
     * the clusters are listed again before the refusal is told: they were listed before that cluster was made.
     */
    public CompletableFuture<Vpc> deleteVpc(Vpc vpc) {
        Session s = session.get();
        CompletableFuture<Vpc> told = new CompletableFuture<>();
        work.submit(() -> s.vpcs().delete(vpc.id())).whenCompleteAsync((gone, failure) -> {
            if (failure == null) {
                told.complete(gone);
            } else if (session.get() == s) {
                refresh(s).whenComplete((v, e) -> told.completeExceptionally(failure));
            } else {
                told.completeExceptionally(failure);
            }
        }, fx);
        return told;
    }

    /** The CKS clusters listed by the VPC they are in, by the VPC's id: a VPC in use cannot be deleted. */
    public java.util.Map<String, List<String>> clustersByVpc() {
        return items.stream().map(i -> i.row().cks()).filter(java.util.Objects::nonNull).filter(c -> c.vpcId() != null)
                .collect(java.util.stream.Collectors.groupingBy(dev.weft.api.cks.Cluster::vpcId, java.util.TreeMap::new,
                        java.util.stream.Collectors.mapping(dev.weft.api.cks.Cluster::name, java.util.stream.Collectors.toList())));
    }

    public String curlForDeleteVpc(Vpc v) {
        return curl(VpcApi.deleteRequest(v.id()));
    }

    /** The request as a curl command, with the token as an environment variable. */
    public String curl(ApiRequest request) {
        return session.get().client().curl(request);
    }

    public String curlForList() {
        return kupe.get() ? curl(session.get().kupe().listRequest()) : curl(CksApi.listRequest());
    }

    public String curlForDelete(ClusterRow row) {
        return row.isKupe() ? curl(session.get().kupe().deleteRequest(row.name())) : curl(CksApi.deleteRequest(row.key()));
    }

    /** The upgrade as it would be sent; for Kupe without If-Match, since the ETag is read just before sending. */
    public String curlForUpgrade(ClusterRow row) {
        String next = row.nextVersion().orElse(row.version());
        if (row.isKupe()) {
            return curl(session.get().kupe().patchRequest(row.name(), new KupeCluster.Patch(next, null, null), null));
        }
        return ClusterChanges.between(row.cks(), ClusterEdits.withVersion(row.cks(), next))
                .map(u -> curl(CksApi.updateRequest(u))).orElse("# Already at the newest version.");
    }

    public String curlForCreate(CreateClusterRequest r) {
        return curl(CksApi.createRequest(r));
    }

    public String curlForCreateVpc(Vpc.Create v) {
        return curl(VpcApi.createRequest(v));
    }

    public void onNotice(Consumer<String> handler) {
        this.onNotice = handler;
    }

    public ObservableList<ClusterItem> items() {
        return items;
    }

    /** Counts the changes of the clusters (a refresh counting once), for what is worked out from all of them. */
    public javafx.beans.property.ReadOnlyIntegerProperty rowsChangedProperty() {
        return visible.changesProperty();
    }

    /** The rows the table shows, filtered and in its order. */
    public ObservableList<ClusterItem> visibleItems() {
        return visible.shown();
    }

    /** Makes the table show {@link #visibleItems()}, sorted by its columns, its selection mirrored in {@link #selectedProperty()}. */
    public void showIn(javafx.scene.control.TableView<ClusterItem> table) {
        visible.showIn(table, selected);
    }

    public ObjectProperty<ClusterItem> selectedProperty() {
        return selected;
    }

    public FilterChoice statusFilter() {
        return status;
    }

    public FilterChoice zoneOrTypeFilter() {
        return zoneOrType;
    }

    public FilterChoice versionFilter() {
        return version;
    }

    public BooleanProperty kupeProperty() {
        return kupe;
    }

    public ObjectProperty<Session> sessionProperty() {
        return session;
    }

    public BackgroundWork work() {
        return work;
    }
}
