package dev.weft.ui.buckets;

import dev.weft.api.objectstorage.BucketInfo;
import dev.weft.api.objectstorage.BucketSettings;
import dev.weft.api.objectstorage.ObjectStorageApi;
import dev.weft.api.objectstorage.OrganizationSettings;
import dev.weft.domain.ShellWords;
import dev.weft.domain.Sizes;
import dev.weft.domain.kubeconfig.Kubeconfigs;
import dev.weft.service.BackgroundWork;
import dev.weft.service.Session;
import dev.weft.ui.common.CsvExport;
import dev.weft.ui.common.Rows;
import dev.weft.ui.common.ShownRows;
import dev.weft.ui.tabs.TabViewModel;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.ObservableSet;

import java.nio.file.Path;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.stream.Collectors;

/**
 * The Buckets tab (CoreWeave only): bucket info and usage merged by name, filtered by search and
 * zone, with totals; bucket settings and the organization's audit switches, each applied alone and
 * reported back so the view can revert on failure; CSV export and S3 snippets.
 */
public final class BucketsViewModel extends TabViewModel<BucketsViewModel.Loaded> {
    public static final String ALL_ZONES = "All zones";

    /** What one refresh reads: the buckets, and the organization settings when the server can say. */
    public record Loaded(List<BucketInfo> buckets, Optional<OrganizationSettings> organization) {
    }

    private final BackgroundWork work;
    private final Executor fx;
    private final StringProperty search;
    /** No extractor: a refresh that changes 10,000 buckets would tell every listener 10,000 times. */
    private final ObservableList<BucketItem> items = FXCollections.observableArrayList();
    private final ShownRows<BucketItem> visible = new ShownRows<>(items, BucketItem::searchText);
    private final dev.weft.ui.common.FilterChoice zone = new dev.weft.ui.common.FilterChoice(ALL_ZONES);
    private final ObjectProperty<BucketItem> selected = new SimpleObjectProperty<>();
    private final ObjectProperty<OrganizationSettings> organization = new SimpleObjectProperty<>();
    private final StringProperty totals = new SimpleStringProperty("");
    private final ObservableSet<String> unapplied = FXCollections.observableSet();
    private final ObservableSet<String> unappliedOrganizations = FXCollections.observableSet();
    private Session session;

    /** The buckets' names, sorted: the policy editor's completion and lint. */
    private final ObservableList<String> names = FXCollections.observableArrayList();

    public BucketsViewModel(BackgroundWork work, Executor fx, StringProperty search) {
        super(work, fx);
        this.work = work;
        this.fx = fx;
        this.search = search;
        followSearch(search, this::filter);
        zone.chosenProperty().addListener(o -> filter());
        visible.shown().addListener((javafx.collections.ListChangeListener<BucketItem>) c -> updateTotals());
    }

    @Override
    public String title() {
        return "Buckets";
    }

    @Override
    protected String unavailableReason(Session s) {
        return coreWeaveOnly(s, "Buckets");
    }

    @Override
    public CompletableFuture<Void> refresh(Session s) {
        if (session != s) {
            session = s;
            items.clear();
            names.clear();
            selected.set(null);
            organization.set(null);
        }
        return super.refresh(s);
    }

    @Override
    protected CompletableFuture<Loaded> load(Session s) {
        ObjectStorageApi api = s.storage();
        CompletableFuture<List<BucketInfo>> buckets = api.listBuckets();
        CompletableFuture<Optional<OrganizationSettings>> org = api.getOrganizationSettings()
                .exceptionally(e -> Optional.empty());
        return buckets.thenCombine(org, Loaded::new);
    }

    @Override
    protected String show(Loaded loaded, Session s) {
        if (session == s) {
            merge(loaded.buckets());
            organization.set(loaded.organization().orElse(null));
        }
        List<BucketInfo> b = loaded.buckets();
        if (b.isEmpty()) {
            return "No buckets yet.";
        }
        long bytes = b.stream().mapToLong(i -> i.usage(BucketInfo.BYTES).orElse(0L)).sum();
        return Sizes.count(b.size(), "bucket", "buckets") + " in " + Sizes.count(zone.choices().size() - 1, "zone", "zones") + ", "
                + Sizes.bytes(bytes) + " stored";
    }

    void merge(List<BucketInfo> buckets) {
        Rows.Merged<BucketItem> merged = visible.merge(() -> Rows.merge(items, buckets, BucketInfo::name, BucketItem::new,
                (a, b) -> { }));
        if (merged.gone().contains(selected.get())) {
            selected.set(null);
        }
        List<String> sorted = buckets.stream().map(BucketInfo::name).sorted().toList();
        if (!names.equals(sorted)) {
            names.setAll(sorted);
        }
        List<String> z = buckets.stream().map(BucketInfo::location).filter(l -> l != null).distinct().sorted().toList();
        zone.offer(z);
        updateTotals();
    }

    private void filter() {
        String z = zone.wanted();
        visible.filter(search.get(), z == null ? null : i -> z.equals(i.info().location()));
    }

    private void updateTotals() {
        long bytes = visible.shown().stream().mapToLong(BucketItem::bytes).sum();
        long objects = visible.shown().stream().mapToLong(BucketItem::objects).sum();
        int n = visible.shown().size();
        totals.set(Sizes.count(n, "bucket", "buckets") + "  ·  " + Sizes.bytes(bytes)
                + "  ·  " + Sizes.count(objects) + " objects");
    }

    // ---- settings ----

    /**
     * Applies a bucket's settings; on success the row shows what the server now has. The API sets all of a
     * bucket's settings at once and has no version to send with them, so the bucket is read first: changed
     * elsewhere since the row was read, the settings are not sent (they would put back what that change
     * set), the row takes the server's, and the failure is a {@link ChangedElsewhere}.
     */
    public CompletableFuture<BucketSettings> applySettings(BucketItem item, BucketSettings settings) {
        Session s = session;
        BucketSettings shown = item.settings();
        CompletableFuture<BucketSettings> applied = work.submit(() -> s.storage().getBucket(item.name()))
                .thenCompose(now -> sameEffect(BucketItem.settingsOf(now), shown) ? s.storage().setBucketSettings(item.name(), settings)
                        : CompletableFuture.failedFuture(new ChangedElsewhere(now)));
        return applied.handleAsync((after, failure) -> {
            if (failure != null) {
                if (dev.weft.ui.common.ErrorPresenter.unwrap(failure) instanceof ChangedElsewhere c && session == s) {
                    item.setValue(c.now);
                    visible.refresh();
                }
                throw failure instanceof java.util.concurrent.CompletionException e ? e : new java.util.concurrent.CompletionException(failure);
            }
            BucketInfo b = item.info();
            item.setValue(new BucketInfo(b.orgId(), b.name(), b.creationTime(), after, b.location(), b.usage()));
            visible.refresh();
            return after;
        }, fx);
    }

    /** A bucket's settings were changed elsewhere since its row was read: not applied, said in words. */
    public static final class ChangedElsewhere extends IllegalStateException {
        private final transient BucketInfo now;

        ChangedElsewhere(BucketInfo now) {
            super("These settings were changed elsewhere since they were shown; the bucket now has " + words(BucketItem.settingsOf(now))
                    + ". What you changed is kept on top of that: Apply again to send it.");
            this.now = now;
        }
    }

    /** Whether two readings of a bucket's settings come to the same (no days matter while archiving is off). */
    static boolean sameEffect(BucketSettings a, BucketSettings b) {
        boolean archive = Boolean.TRUE.equals(a.archiveEnabled());
        return Boolean.TRUE.equals(a.auditLoggingEnabled()) == Boolean.TRUE.equals(b.auditLoggingEnabled())
                && archive == Boolean.TRUE.equals(b.archiveEnabled())
                && (!archive || java.util.Objects.equals(a.archiveAfterLastAccessDays(), b.archiveAfterLastAccessDays()));
    }

    /** "audit logging on, archiving after 90 days without access". */
    static String words(BucketSettings s) {
        return "audit logging " + (Boolean.TRUE.equals(s.auditLoggingEnabled()) ? "on" : "off") + ", archiving "
                + (Boolean.TRUE.equals(s.archiveEnabled()) ? "after " + s.archiveAfterLastAccessDays() + " days without access" : "off");
    }

    /** Sends only the switches the user changed; the others stay as the server has them (or unknown). */
    public CompletableFuture<OrganizationSettings> applyOrganization(Boolean controlPlane, Boolean buckets) {
        Session s = session;
        return work.submit(() -> s.storage().setOrganizationSettings(new OrganizationSettings(controlPlane, buckets)))
                .thenApplyAsync(after -> {
                    if (session != s) {
                        return after; // another profile shown meanwhile: what it shows is its own organization's
                    }
                    OrganizationSettings before = organization.get();
                    organization.set(new OrganizationSettings(
                            pick(after.controlPlaneAuditLoggingEnabled(), controlPlane, before == null ? null : before.controlPlaneAuditLoggingEnabled()),
                            pick(after.bucketAuditLoggingEnabled(), buckets, before == null ? null : before.bucketAuditLoggingEnabled())));
                    return organization.get();
                }, fx);
    }

    private static Boolean pick(Boolean answered, Boolean sent, Boolean before) {
        return answered != null ? answered : sent != null ? sent : before;
    }

    // ---- export and snippets ----

    /** The rows as filtered now, as CSV with raw numbers so a spreadsheet can sum them. */
    private static final String CSV_HEADER = "name,location,created,audit_logging,archive,archive_after_days,bytes,objects";

    public String csv() {
        return CsvExport.text(CSV_HEADER, csvRows(), BucketsViewModel::csvLine);
    }

    /** The buckets the table shows, by name. */
    private List<BucketItem> csvRows() {
        return visible.shown().stream().sorted(Comparator.comparing(BucketItem::name)).toList();
    }

    private static String csvLine(BucketItem i) {
        BucketSettings st = i.settings();
        return CsvExport.cell(i.name()) + ',' + CsvExport.cell(i.info().location()) + ','
                + (i.info().creationTime() == null ? "" : i.info().creationTime()) + ','
                + Boolean.TRUE.equals(st.auditLoggingEnabled()) + ',' + Boolean.TRUE.equals(st.archiveEnabled()) + ','
                + (st.archiveAfterLastAccessDays() == null ? "" : st.archiveAfterLastAccessDays()) + ','
                + i.bytes() + ',' + i.objects();
    }

    public CompletableFuture<Path> exportCsv(Path file) {
        return CsvExport.write(work, file, CSV_HEADER, csvRows(), BucketsViewModel::csvLine);
    }

    /** Virtual-hosted S3 endpoint of a bucket. */
    public static String endpoint(BucketInfo b) {
        return "https://" + b.name() + ".cwobject.com";
    }

    /** Commands to paste: the AWS CLI and rclone, with credentials minted on demand by {@code weft s3-credentials}. */
    public String snippet(BucketInfo b) {
        return snippet(b, dev.weft.domain.WindowsCommandLine.here());
    }

    /**
     * For a POSIX shell, the AWS profile set up by {@code aws configure set}; on Windows, whose shells hand the
     * helper's quoted path on differently (and Windows PowerShell 5.1 strips its quotes), by "Add to AWS config",
     * and rclone's line in PowerShell's words.
     */
    String snippet(BucketInfo b, boolean windows) {
        String aws = awsProfileName();
        String region = region(b);
        String rclone = "':s3,provider=Other,env_auth=true,endpoint=https://cwobject.com,region=" + region + ":" + b.name() + "'";
        String list = "aws s3 ls s3://" + b.name() + "/ --profile " + aws + " --region " + region + "\n\n"
                + "# rclone, through the same AWS profile\n";
        if (windows) {
            return "# AWS CLI: \u201cAdd to AWS config\u201d below writes the profile " + aws + "; a short-lived key is minted by\n"
                    + "# Weft whenever the CLI needs one, and no secret is stored.\n"
                    + list + "$env:AWS_PROFILE = '" + aws + "'; rclone lsf " + rclone + "\n";
        }
        return "# AWS CLI: a short-lived key is minted by Weft whenever the CLI needs one; no secret is stored.\n"
                + "aws configure set credential_process " + ShellWords.quote(ShellWords.join(helperCommand())) + " --profile " + aws + "\n"
                + "aws configure set endpoint_url https://cwobject.com --profile " + aws + "\n"
                + "aws configure set s3.addressing_style virtual --profile " + aws + "\n"
                + list + "AWS_PROFILE=" + aws + " rclone lsf " + rclone + "\n";
    }

    /** The AWS CLI profile the commands and {@link #writeAwsProfile} set up: one per Weft profile. */
    public String awsProfileName() {
        return "weft-" + Kubeconfigs.slug(session == null ? "PROFILE" : session.profile().name());
    }

    /** Whether an AWS profile can be written for the active profile: not for the sandbox, which no S3 tool reaches. */
    public boolean awsProfileOffered() {
        return session != null && !session.profile().isSandbox();
    }

    /**
     * Writes {@link #awsProfileName()} into the AWS CLI's config, its region the bucket's zone, on the service
     * executor: the helper's command as the CLI splits it on this system, which the pasted commands cannot be on Windows.
     */
    public CompletableFuture<dev.weft.service.S3CredentialFiles.Saved> writeAwsProfile(dev.weft.service.S3CredentialFiles.AwsFiles aws,
                                                                                      BucketInfo b) {
        String profile = awsProfileName();
        List<String> command = helperCommand();
        String region = region(b);
        return work.supply(() -> {
            try {
                return dev.weft.service.S3CredentialFiles.saveAwsHelperProfile(aws, profile, command, region,
                        dev.weft.domain.WindowsCommandLine.here());
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException("Could not write the AWS config: " + e.getMessage(), e);
            }
        });
    }

    /** The launcher and its {@code s3-credentials} for the active profile. */
    private List<String> helperCommand() {
        List<String> command = new java.util.ArrayList<>(List.of(dev.weft.service.Launcher.program()));
        command.addAll(session == null ? List.of("s3-credentials", "--profile", "PROFILE") : session.profile().commandFor("s3-credentials"));
        return command;
    }

    /** The zone the S3 tools sign for: the bucket's. */
    private static String region(BucketInfo b) {
        return b.location() == null ? "US-EAST-04A" : b.location();
    }

    /** Largest buckets by bytes stored, for the overview chart. */
    public List<BucketItem> largest(int n) {
        return items.stream().sorted(Comparator.comparingLong(BucketItem::bytes).reversed()).limit(n).toList();
    }

    /** Bytes stored per zone, for the overview chart. */
    public Map<String, Long> bytesByZone() {
        return items.stream().collect(Collectors.groupingBy(i -> String.valueOf(i.info().location()), LinkedHashMap::new,
                Collectors.summingLong(BucketItem::bytes)));
    }

    public long totalBytes() {
        return items.stream().mapToLong(BucketItem::bytes).sum();
    }

    /**
     * Names a bucket of the profile shown, for what is kept of it across a switch of bucket or profile: a
     * bucket of the same name in another profile's organization is another bucket.
     */
    public String keyOf(BucketItem item) {
        return (session == null ? "" : session.profile().id()) + '/' + item.name();
    }

    /**
     * The buckets whose settings the user changed and has not applied (the shown one too), by {@link #keyOf}:
     * the table marks them, and quitting asks before they are lost.
     */
    public ObservableSet<String> unappliedSettings() {
        return unapplied;
    }

    /** Names the organization of the profile shown, for what is kept of its settings while another profile is shown. */
    public String organizationKey() {
        return session == null ? "" : session.profile().id();
    }

    /**
     * The organizations whose audit switches the user changed and has not applied (the shown one too), by
     * {@link #organizationKey}: quitting asks before they are lost.
     */
    public ObservableSet<String> unappliedOrganizationSettings() {
        return unappliedOrganizations;
    }

    /** The bucket's name in a {@link #keyOf} key. */
    public static String bucketOf(String key) {
        return key.substring(key.indexOf('/') + 1);
    }

    public String curlSettings(BucketItem item, BucketSettings settings) {
        return session.client().curl(ObjectStorageApi.bucketSettingsRequest(item.name(), settings));
    }

    public ObservableList<BucketItem> items() {
        return items;
    }

    /** Counts the changes of the buckets (a refresh counting once), for what is worked out from all of them. */
    public javafx.beans.property.ReadOnlyIntegerProperty rowsChangedProperty() {
        return visible.changesProperty();
    }

    /** The rows the table shows, filtered and in its order. */
    public ObservableList<BucketItem> visibleItems() {
        return visible.shown();
    }

    /** Makes the table show {@link #visibleItems()}, sorted by its columns, its selection mirrored in {@link #selectedProperty()}. */
    public void showIn(javafx.scene.control.TableView<BucketItem> table) {
        visible.showIn(table, selected);
    }

    /** The buckets' names, sorted, as last listed. */
    public ObservableList<String> names() {
        return names;
    }

    public ObservableList<String> zones() {
        return zone.choices();
    }

    public ObjectProperty<String> zoneProperty() {
        return zone.chosenProperty();
    }

    public ObjectProperty<BucketItem> selectedProperty() {
        return selected;
    }

    public ObjectProperty<OrganizationSettings> organizationProperty() {
        return organization;
    }

    public StringProperty totalsProperty() {
        return totals;
    }
}
