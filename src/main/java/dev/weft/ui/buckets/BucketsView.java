package dev.weft.ui.buckets;

import dev.weft.api.objectstorage.BucketInfo;
import dev.weft.domain.Sizes;
import dev.weft.ui.common.ClipboardText;
import dev.weft.ui.common.CsvExport;
import dev.weft.ui.common.Moments;
import dev.weft.ui.common.RowActions;
import dev.weft.ui.common.Scrolling;
import dev.weft.ui.tabs.TabViewModel;
import javafx.beans.binding.Bindings;
import javafx.collections.FXCollections;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.chart.BarChart;
import javafx.scene.chart.CategoryAxis;
import javafx.scene.chart.NumberAxis;
import javafx.scene.chart.PieChart;
import javafx.scene.chart.XYChart;
import javafx.scene.control.Button;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.SplitPane;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextArea;
import javafx.scene.control.TitledPane;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.Window;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Comparator;
import java.util.function.Function;
import java.util.function.Supplier;

/** The Buckets tab: the table with totals, and the selected bucket, an overview and the organization beside it. */
public final class BucketsView extends BorderPane {
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("yyyy-MM-dd").withZone(ZoneId.systemDefault());
    private static final double TIB = 1L << 40;

    private final BucketsViewModel vm;
    private final Supplier<Window> owner;
    private final TableView<BucketItem> table = new TableView<>();
    private final GridPane info = new GridPane();
    /** In the details' place without a bucket: in the grid, whose names are kept whole, it would not wrap. */
    private final Label noBucket = new Label("Select a bucket to see its details and settings.");
    private final TitledPane details = new TitledPane("Details", info);
    private final PieChart share = new PieChart();
    private final BucketSettingsPane settings;
    private final Label endpoint = new Label();
    private TitledPane accessPane;
    private final TextArea snippet = new TextArea();
    /** Writes the commands' AWS profile itself, as the CLI reads it on this system (on Windows they do not paste). */
    private final Button awsProfile = new Button("Add to AWS config");
    private final Label awsProfileSaid = new Label();
    private final dev.weft.ui.common.CopyCommand copyTry = new dev.weft.ui.common.CopyCommand("Copy the command", "bucket-copy-try");
    private final String home = dev.weft.profiles.ConfigDir.home();
    private final dev.weft.service.S3CredentialFiles.AwsFiles awsFiles =
            dev.weft.service.S3CredentialFiles.AwsFiles.fromEnvironment(System.getenv(), home);
    private final BarChart<String, Number> largest = new BarChart<>(new CategoryAxis(), new NumberAxis());
    private final PieChart byZone = new PieChart();

    public BucketsView(BucketsViewModel vm, Supplier<Window> owner) {
        this.vm = vm;
        this.owner = owner;
        this.settings = new BucketSettingsPane(vm);
        setId("buckets-view");
        VBox left = new VBox(filters(), table(), totals());
        VBox.setVgrow(table, Priority.ALWAYS);
        TabPane right = new TabPane(new Tab("Bucket", bucketPane()), new Tab("Overview", Scrolling.down(overview())),
                organizationTab());
        right.setId("bucket-tabs");
        right.getTabs().forEach(t -> t.setClosable(false));
        // Narrower than this the settings' words broke across lines, the details' names read "…", and in a
        // 15 px font "Organization" went under the tabs' overflow button; the split gives the table less
        // room instead (it scrolls sideways).
        right.setMinWidth(340);
        SplitPane split = new SplitPane(left, right);
        split.setDividerPositions(0.62);
        split.setId("buckets-split");
        setCenter(split);
        vm.selectedProperty().addListener((o, a, b) -> showBucket(b));
        vm.rowsChangedProperty().addListener((o, a, b) -> {
            updateCharts();
            showBucket(vm.selectedProperty().get());
        });
        showBucket(null);
        updateCharts(); // the view may be built after the buckets loaded
    }

    /**
     * The organization's switches, the tab's title in italics while the user's changes to them wait unapplied
     * (as a bucket's row is marked): seen from the Bucket tab too. Italics rather than a sign: "Organization"
     * has no room to spare in a narrow pane.
     */
    private Tab organizationTab() {
        Tab tab = new Tab("Organization", Scrolling.down(new OrganizationPane(vm)));
        tab.setId("bucket-organization-tab");
        Tooltip says = new Tooltip("Organization settings changed and not applied yet");
        Runnable mark = () -> {
            boolean marked = vm.unappliedOrganizationSettings().contains(vm.organizationKey());
            tab.getStyleClass().remove("unapplied");
            if (marked) {
                tab.getStyleClass().add("unapplied");
            }
            tab.setTooltip(marked ? says : null);
        };
        vm.unappliedOrganizationSettings().addListener((javafx.collections.SetChangeListener<String>) c -> mark.run());
        vm.sessionShownProperty().addListener(o -> mark.run());
        return tab;
    }

    private HBox filters() {
        ChoiceBox<String> zone = new ChoiceBox<>(vm.zones());
        zone.setId("bucket-zone-filter");
        // Sized by hand: left to size itself, the box drew "All zones" partly under its own arrow.
        zone.setPrefWidth(160);
        zone.valueProperty().bindBidirectional(vm.zoneProperty());
        Button export = new Button("Export CSV…");
        export.setId("bucket-export");
        export.setOnAction(e -> CsvExport.chooseAndWrite(owner.get(), "buckets", "buckets.csv", vm::exportCsv));
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        Label summary = new Label();
        summary.setId("summary");
        summary.textProperty().bind(vm.summaryProperty());
        dev.weft.ui.common.Toolbar.wholeOnHover(summary);
        // On a Kupe profile the table's placeholder says why there are no buckets; said again here, cut short.
        summary.visibleProperty().bind(vm.stateProperty().isNotEqualTo(TabViewModel.State.UNAVAILABLE));
        Label zoneLabel = dev.weft.ui.common.FieldLabel.of("Zone", zone);
        dev.weft.ui.common.Toolbar.keepWhole(zoneLabel, zone, export);
        HBox bar = new HBox(8, zoneLabel, zone, export, spacer, summary);
        bar.setAlignment(Pos.CENTER_LEFT);
        bar.setPadding(new Insets(8, 10, 8, 10));
        bar.disableProperty().bind(vm.stateProperty().isEqualTo(TabViewModel.State.UNAVAILABLE));
        return bar;
    }

    private TableView<BucketItem> table() {
        table.setId("buckets-table");
        table.setAccessibleText("Buckets");
        RowActions.attach(table, "Copy name", () -> vm.selectedProperty().get() == null ? null : vm.selectedProperty().get().name(), null);
        vm.showIn(table);
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        TableColumn<BucketItem, String> name = text("Name", BucketItem::name);
        name.setMinWidth(130);
        name.getStyleClass().add("bucket-name"); // where a row's settings not yet applied are marked (weft.css)
        TableColumn<BucketItem, String> zone = text("Location", i -> i.info().location());
        zone.setMinWidth(118); // a zone whole, as the clusters table shows it
        TableColumn<BucketItem, String> created = text("Created", i -> i.info().creationTime() == null ? "" : DATE.format(i.info().creationTime()));
        TableColumn<BucketItem, String> audit = text("Audit log", i -> Boolean.TRUE.equals(i.settings().auditLoggingEnabled()) ? "On" : "Off");
        TableColumn<BucketItem, String> archive = text("Archive", i -> Boolean.TRUE.equals(i.settings().archiveEnabled())
                ? "after " + i.settings().archiveAfterLastAccessDays() + " d" : "Off");
        TableColumn<BucketItem, BucketItem> stored = number("Stored", i -> Sizes.bytes(i.bytes()), Comparator.comparingLong(BucketItem::bytes));
        TableColumn<BucketItem, BucketItem> objects = number("Objects", i -> Sizes.count(i.objects()), Comparator.comparingLong(BucketItem::objects));
        created.setMinWidth(100); // the date whole: a narrow table scrolls rather than cut it
        audit.setMinWidth(88); // "Audit log" whole in its header (at 72 it read "Audit l…" once a bucket was selected)
        archive.setMinWidth(96);
        stored.setMinWidth(78);
        objects.setMinWidth(92);
        table.getColumns().setAll(java.util.List.of(name, zone, created, audit, archive, stored, objects));
        table.setRowFactory(t -> new UnappliedMark(vm.unappliedSettings(), vm::keyOf));
        table.setPlaceholder(dev.weft.ui.tabs.EmptyRows.placeholder(vm, "buckets-placeholder", "buckets", vm.items(),
                "No buckets yet. Buckets are created with S3 tools.", "No bucket matches the filters."));
        return table;
    }

    private Label totals() {
        Label totals = new Label();
        totals.setId("bucket-totals");
        totals.textProperty().bind(vm.totalsProperty());
        totals.setPadding(new Insets(4, 10, 4, 10));
        totals.getStyleClass().add("placeholder-hint");
        // "0 buckets · 0 B · 0 objects" under a table that cannot have any (a Kupe profile) read as an empty organization.
        totals.visibleProperty().bind(vm.stateProperty().isNotEqualTo(TabViewModel.State.UNAVAILABLE));
        return totals;
    }

    private ScrollPane bucketPane() {
        info.setHgap(10);
        info.setVgap(6);
        ColumnConstraints names = new ColumnConstraints();
        names.setMinWidth(Region.USE_PREF_SIZE); // the names whole; the values wrap
        info.getColumnConstraints().setAll(names);
        noBucket.setWrapText(true);
        share.setId("bucket-share-chart");
        share.setLabelsVisible(false); // named in its legend, as the zones' pie is
        share.setLegendSide(javafx.geometry.Side.BOTTOM);
        share.setPrefHeight(250);
        share.setTitle("Share of all storage");
        endpoint.setId("bucket-endpoint");
        Button copy = new Button("Copy");
        copy.setId("bucket-endpoint-copy");
        // The address alone, not the region shown beside it; the button is shown only with a bucket.
        copy.setOnAction(e -> ClipboardText.put(BucketsViewModel.endpoint(vm.selectedProperty().get().info())));
        snippet.setId("bucket-snippet");
        snippet.setAccessibleText("S3 configuration for this bucket");
        snippet.setEditable(false);
        snippet.setWrapText(false);
        snippet.setPrefRowCount(9);
        snippet.getStyleClass().add("monospace");
        Button copySnippet = new Button("Copy commands");
        copySnippet.setOnAction(e -> ClipboardText.put(snippet.getText()));
        // The endpoint on a line of its own: beside its label and button all three were cut to "...".
        copy.setMinWidth(Region.USE_PREF_SIZE);
        endpoint.setWrapText(true);
        Region gap = new Region();
        HBox.setHgrow(gap, Priority.ALWAYS);
        HBox endpointHead = new HBox(8, new Label("S3 endpoint"), gap, copy);
        endpointHead.setAlignment(Pos.CENTER_LEFT);
        awsProfile.setId("bucket-aws-profile");
        awsProfile.setOnAction(e -> writeAwsProfile());
        awsProfileSaid.setId("bucket-aws-profile-said");
        awsProfileSaid.setWrapText(true);
        awsProfileSaid.getStyleClass().add("dialog-hint");
        // Each whole, the second under the first where the side pane is too narrow for both.
        copySnippet.setMinWidth(Region.USE_PREF_SIZE);
        awsProfile.setMinWidth(Region.USE_PREF_SIZE);
        javafx.scene.layout.FlowPane snippetActions = new javafx.scene.layout.FlowPane(8, 8, copySnippet, awsProfile);
        VBox access = new VBox(8, endpointHead, endpoint, snippet, snippetActions, awsProfileSaid, copyTry);
        accessPane = new TitledPane("Use it from S3 tools", access);
        accessPane.setId("bucket-access");
        VBox box = new VBox(10, details, new TitledPane("Settings", settings), accessPane, share);
        box.setPadding(new Insets(10));
        return Scrolling.down(box);
    }

    private VBox overview() {
        largest.setId("largest-chart");
        largest.setTitle("Largest buckets (TiB stored)");
        largest.setLegendVisible(false);
        largest.setAnimated(false);
        byZone.setId("zone-chart");
        byZone.setTitle("Stored by zone");
        byZone.setAnimated(false);
        // The zones named in the legend, not beside the slices: their labels took the width and left a pie
        // some 50 px across.
        byZone.setLabelsVisible(false);
        byZone.setLegendSide(javafx.geometry.Side.BOTTOM);
        byZone.setMinHeight(260);
        VBox box = new VBox(10, largest, byZone);
        box.setPadding(new Insets(10));
        return box;
    }

    private void showBucket(BucketItem item) {
        settings.show(item);
        info.getChildren().clear();
        // Without a bucket there is no endpoint, commands or share to show: no empty frames and Copy buttons.
        for (javafx.scene.Node n : new javafx.scene.Node[]{accessPane, share}) {
            n.setVisible(item != null);
            n.setManaged(item != null);
        }
        details.setContent(item == null ? noBucket : info);
        if (item == null) {
            endpoint.setText("");
            snippet.setText("");
            share.setData(FXCollections.observableArrayList());
            return;
        }
        BucketInfo b = item.info();
        int r = 0;
        for (String[] row : new String[][]{{"Name", b.name()}, {"Location", b.location()}, {"Created", String.valueOf(Moments.detailed(b.creationTime()))},
                {"Organization", b.orgId()}, {"Stored", Sizes.bytes(item.bytes()) + " (" + Sizes.count(item.bytes()) + " bytes)"},
                {"Objects", Sizes.count(item.objects())}}) {
            Label v = new Label(row[1]);
            v.setWrapText(true);
            v.getStyleClass().add("detail-value");
            v.setId("bucket-info-" + row[0].toLowerCase(java.util.Locale.ROOT));
            info.addRow(r++, new Label(row[0]), v);
        }
        for (BucketInfo.Usage u : b.usage()) {
            if (u.measurementType() == null || (u.measurementType() != BucketInfo.BYTES && u.measurementType() != BucketInfo.OBJECTS)) {
                info.addRow(r++, new Label("Usage (type " + u.measurementType() + ")"), new Label(u.valueHumanReadable()));
            }
        }
        endpoint.setText(BucketsViewModel.endpoint(b) + "   (region " + b.location() + ")");
        snippet.setText(vm.snippet(b));
        awsProfile.setDisable(!vm.awsProfileOffered());
        dev.weft.ui.common.Outcome.ended(awsProfileSaid);
        copyTry.offer(null);
        awsProfileSaid.setText(vm.awsProfileOffered()
                ? "Adds the profile " + vm.awsProfileName() + " to " + dev.weft.ui.common.TypedPath.shown(awsFiles.config(), home)
                        + " (region " + b.location() + ") with no secret in it, keeping your other profiles and backing up the file."
                : "Not for the sandbox: its buckets are samples no S3 tool can reach. With a CoreWeave profile this adds "
                        + "the commands' profile to " + dev.weft.ui.common.TypedPath.shown(awsFiles.config(), home) + ".");
        long total = vm.totalBytes();
        share.setData(FXCollections.observableArrayList(new PieChart.Data(b.name(), item.bytes()),
                new PieChart.Data("all other buckets", Math.max(0, total - item.bytes()))));
    }

    private void writeAwsProfile() {
        BucketItem item = vm.selectedProperty().get();
        if (item == null) {
            return;
        }
        String profile = vm.awsProfileName();
        copyTry.offer(null);
        dev.weft.ui.common.Outcome.sending(awsProfile, awsProfileSaid, "Writing…");
        vm.writeAwsProfile(awsFiles, item.info()).whenComplete((saved, failure) -> javafx.application.Platform.runLater(() -> {
            awsProfile.setDisable(!vm.awsProfileOffered());
            if (failure != null) {
                dev.weft.ui.common.Outcome.failed(awsProfileSaid, "Not written: " + dev.weft.ui.common.ErrorPresenter.sentence(failure));
                return;
            }
            String tryIt = dev.weft.domain.ShellWords.joinHere(java.util.List.of("aws", "s3", "ls", "s3://" + item.name() + "/",
                    "--profile", profile));
            dev.weft.ui.common.Outcome.went(awsProfileSaid, "Written to " + saved.files().get(0)
                    + (saved.backups().isEmpty() ? "" : " (the old file kept as " + saved.backups().get(0).getFileName() + ")")
                    + ". Try: " + tryIt);
            copyTry.offer(tryIt);
        }));
    }

    private void updateCharts() {
        XYChart.Series<String, Number> series = new XYChart.Series<>();
        for (BucketItem i : vm.largest(8)) {
            series.getData().add(new XYChart.Data<>(i.name(), i.bytes() / TIB));
        }
        largest.getData().setAll(java.util.List.of(series));
        byZone.setData(FXCollections.observableArrayList(vm.bytesByZone().entrySet().stream()
                .map(e -> new PieChart.Data(e.getKey() + " (" + Sizes.bytes(e.getValue()) + ")", e.getValue())).toList()));
    }

    private static TableColumn<BucketItem, String> text(String title, Function<BucketItem, String> value) {
        return dev.weft.ui.common.Columns.text(title, value);
    }

    /** A column shown human-readable but sorted by the real number. */
    private static TableColumn<BucketItem, BucketItem> number(String title, Function<BucketItem, String> shown,
                                                             Comparator<BucketItem> order) {
        TableColumn<BucketItem, BucketItem> col = new TableColumn<>(title);
        col.setCellValueFactory(c -> Bindings.createObjectBinding(c::getValue, c.getValue().infoProperty()));
        col.setComparator(order);
        col.setCellFactory(c -> new javafx.scene.control.TableCell<>() {
            @Override
            protected void updateItem(BucketItem item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty || item == null ? null : shown.apply(item));
                setAlignment(Pos.CENTER_RIGHT);
            }
        });
        return col;
    }
}
