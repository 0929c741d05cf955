package dev.weft.ui.clusters;

import dev.weft.ui.common.Busy;
import dev.weft.ui.common.CurlDialog;
import dev.weft.ui.common.ErrorPresenter;
import dev.weft.ui.common.RowActions;
import dev.weft.ui.common.StatusBadge;
import dev.weft.ui.common.Toolbar;
import dev.weft.ui.tabs.TabViewModel;
import javafx.application.Platform;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.value.ObservableValue;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Alert;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Label;
import javafx.scene.control.MenuButton;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.stage.Window;
import javafx.util.Duration;
import org.controlsfx.control.Notifications;

import java.time.Instant;
import java.util.function.Function;
import java.util.function.Supplier;

/** The Clusters tab: actions, the table, and the selected cluster's details. Bindings and dialogs only. */
public final class ClustersView extends BorderPane {

    private final ClustersViewModel vm;
    private final Supplier<Window> owner;
    final TableView<ClusterItem> table = new TableView<>();
    private final DetailPane detail;
    private final Label notice = new Label();

    public ClustersView(ClustersViewModel vm, Supplier<Window> owner) {
        this.vm = vm;
        this.owner = owner;
        this.detail = new DetailPane(() -> ClusterForms.createLike(owner.get(), vm, vm.selectedProperty().get()),
                this::confirmDeleteSelected, vm::vpc);
        setId("clusters-view");
        buildTable();
        SplitPane split = new SplitPane(table, detail);
        split.setDividerPositions(0.68); // the table's seven columns whole at 1200 px in a 15 px font; the details 380 px
        split.setId("clusters-split");
        setTop(new javafx.scene.layout.VBox(actions(), filters()));
        setCenter(split);
        notice.setId("cluster-notice");
        notice.getStyleClass().add("placeholder-hint");
        notice.setPadding(new Insets(4, 10, 4, 10));
        setBottom(notice);
        vm.onNotice(text -> Platform.runLater(() -> announce(text)));
    }

    /** The least room the summary and the spinner beside it are left by the buttons. */
    private static final double SUMMARY_ROOM = 100;

    private HBox actions() {
        Button create = new Button("New cluster…");
        create.setId("cluster-create");
        Toolbar.newAction(create);
        create.getStyleClass().add("accent");
        create.setOnAction(e -> ClusterForms.create(owner.get(), vm));
        Button edit = new Button("Edit…");
        edit.setId("cluster-edit");
        edit.setOnAction(e -> ClusterForms.edit(owner.get(), vm, vm.selectedProperty().get()));
        Button upgrade = new Button("Upgrade…");
        upgrade.setId("cluster-upgrade");
        upgrade.setOnAction(e -> confirmUpgrade(vm.selectedProperty().get()));
        Button delete = new Button("Delete…");
        delete.setId("cluster-delete");
        delete.setOnAction(e -> confirmDelete(vm.selectedProperty().get()));
        Button kubeconfig = new Button("Kubeconfig…");
        kubeconfig.setId("cluster-kubeconfig");
        kubeconfig.setOnAction(e -> new KubeconfigDialog(owner.get(), vm, vm.selectedProperty().get()).show());
        // CKS clusters live in VPCs, which the cluster form makes and only this deletes; Kupe has none.
        // Only in the row's menu (the toolbar has no room left): a fleet's next cluster, or a failed one tried again,
        // is mostly the settings of one the table already shows.
        Button like = new Button("New cluster like this…");
        like.setId("cluster-like");
        like.setOnAction(e -> ClusterForms.createLike(owner.get(), vm, vm.selectedProperty().get()));
        Button vpcs = new Button("VPCs…");
        vpcs.setId("cluster-vpcs");
        vpcs.setOnAction(e -> new VpcsDialog(owner.get(), vm).show());
        vpcs.managedProperty().bind(vpcs.visibleProperty());
        MenuItem curlList = new MenuItem("List clusters");
        curlList.setOnAction(e -> CurlDialog.show(owner.get(), "List clusters", vm.curlForList()));
        MenuItem curlDelete = new MenuItem("Delete the selected cluster");
        curlDelete.setId("curl-delete");
        curlDelete.setOnAction(e -> CurlDialog.show(owner.get(), "Delete " + row().name(), vm.curlForDelete(row())));
        MenuItem curlUpgrade = new MenuItem("Upgrade the selected cluster");
        curlUpgrade.setId("curl-upgrade");
        curlUpgrade.setOnAction(e -> CurlDialog.show(owner.get(), "Upgrade " + row().name(), vm.curlForUpgrade(row())));
        MenuButton curl = new MenuButton("Copy as curl", null, curlList, curlUpgrade, curlDelete);
        curl.setId("cluster-curl");

        BooleanBinding none = vm.selectedProperty().isNull();
        ObservableValue<Boolean> running = selectedIs(ClusterRow::running);
        ObservableValue<Boolean> upgradeable = selectedIs(ClusterRow::upgradeable);
        edit.disableProperty().bind(none.or(Bindings.createBooleanBinding(() -> !running.getValue(), running)));
        upgrade.disableProperty().bind(none.or(Bindings.createBooleanBinding(() -> !upgradeable.getValue(), upgradeable)));
        delete.disableProperty().bind(none);
        like.disableProperty().bind(none);
        kubeconfig.disableProperty().bind(none.or(Bindings.createBooleanBinding(() -> !running.getValue(), running)));
        curlDelete.disableProperty().bind(none);
        curlUpgrade.disableProperty().bind(upgrade.disableProperty());

        Busy loading = new Busy(18);
        loading.visibleProperty().bind(vm.stateProperty().isEqualTo(TabViewModel.State.LOADING));
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        Label summary = new Label();
        summary.setId("summary");
        summary.textProperty().bind(dev.weft.ui.common.ShownSummary.of(vm.summaryProperty(), vm.visibleItems(), vm.items()));
        dev.weft.ui.common.Toolbar.wholeOnHover(summary);
        dev.weft.ui.common.Toolbar.keepWhole(create, edit, upgrade, delete, kubeconfig, vpcs, curl); // the summary gives up room
        RowActions.attach(table, () -> vm.kupeProperty().get() ? "Copy name" : "Copy ID", () -> row() == null ? null : row().key(), delete, edit, upgrade, kubeconfig, like, delete);
        RowActions.openWith(table, edit);
        HBox bar = new HBox(8, create, edit, upgrade, delete, kubeconfig, vpcs, curl, spacer, summary, loading);
        bar.setAlignment(Pos.CENTER_LEFT);
        bar.setPadding(new Insets(8, 10, 4, 10));
        // In the narrowest windows there is no room for it beside the rest: it gives way rather than push "Copy as
        // curl" out of sight.
        javafx.beans.InvalidationListener fit = o -> {
            double buttons = java.util.stream.Stream.of(create, edit, upgrade, delete, kubeconfig, vpcs, curl)
                    .mapToDouble(b -> b.prefWidth(-1)).sum();
            double needed = buttons + bar.getSpacing() * 8 + bar.getPadding().getLeft() + bar.getPadding().getRight() + SUMMARY_ROOM;
            vpcs.setVisible(!vm.kupeProperty().get() && bar.getWidth() >= needed);
        };
        bar.widthProperty().addListener(fit);
        vm.kupeProperty().addListener(fit);
        fit.invalidated(null);
        return bar;
    }

    /**
     * The filters a fleet needs beside the search (every Failed cluster, every one still on v1.32, a zone's), and the
     * export of what they leave, as the keys' and buckets' tables have. Their labels follow the provider's columns.
     */
    private HBox filters() {
        javafx.scene.control.ComboBox<String> status = filter("cluster-status-filter", vm.statusFilter());
        javafx.scene.control.ComboBox<String> zone = filter("cluster-zone-filter", vm.zoneOrTypeFilter());
        javafx.scene.control.ComboBox<String> version = filter("cluster-version-filter", vm.versionFilter());
        Label statusLabel = dev.weft.ui.common.FieldLabel.of("Status", status);
        Label zoneLabel = dev.weft.ui.common.FieldLabel.of("Zone", zone);
        Label versionLabel = dev.weft.ui.common.FieldLabel.of("Version", version);
        statusLabel.textProperty().bind(Bindings.when(vm.kupeProperty()).then("Phase").otherwise("Status"));
        zoneLabel.textProperty().bind(Bindings.when(vm.kupeProperty()).then("Type").otherwise("Zone"));
        Button export = new Button("Export CSV…");
        export.setId("cluster-export");
        export.setOnAction(e -> dev.weft.ui.common.CsvExport.chooseAndWrite(owner.get(), "clusters", "clusters.csv", vm::exportCsv));
        Toolbar.keepWhole(statusLabel, zoneLabel, versionLabel, export); // the boxes give up room, not the words
        Region gap = new Region();
        HBox.setHgrow(gap, Priority.ALWAYS);
        HBox filters = new HBox(8, statusLabel, status, zoneLabel, zone, versionLabel, version, gap, export);
        filters.setAlignment(Pos.CENTER_LEFT);
        filters.setPadding(new Insets(4, 10, 8, 10));
        filters.disableProperty().bind(vm.stateProperty().isEqualTo(TabViewModel.State.UNAVAILABLE));
        return filters;
    }

    private static javafx.scene.control.ComboBox<String> filter(String id, dev.weft.ui.common.FilterChoice choice) {
        javafx.scene.control.ComboBox<String> box = new javafx.scene.control.ComboBox<>(choice.choices());
        box.setId(id);
        box.valueProperty().bindBidirectional(choice.chosenProperty());
        box.setPrefWidth(150);
        box.setMinWidth(90);
        return box;
    }

    private ObservableValue<Boolean> selectedIs(java.util.function.Predicate<ClusterRow> test) {
        return Bindings.createBooleanBinding(() -> {
            ClusterItem i = vm.selectedProperty().get();
            return i != null && test.test(i.row());
        }, vm.selectedProperty(), vm.items());
    }

    private ClusterRow row() {
        ClusterItem i = vm.selectedProperty().get();
        return i == null ? null : i.row();
    }

    private void buildTable() {
        table.setId("clusters-table");
        table.setAccessibleText("Clusters");
        vm.showIn(table);
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        TableColumn<ClusterItem, String> name = text("Name", ClusterRow::name);
        TableColumn<ClusterItem, String> secondary = text("Zone", ClusterRow::secondary);
        TableColumn<ClusterItem, String> version = text("Version", ClusterRow::versionShown);
        TableColumn<ClusterItem, ClusterRow> status = new TableColumn<>("Status");
        status.setCellValueFactory(c -> c.getValue().rowProperty());
        status.setComparator(java.util.Comparator.comparing(ClusterRow::status));
        status.setCellFactory(c -> new TableCell<>() {
            private final StatusBadge badge = new StatusBadge();

            @Override
            protected void updateItem(ClusterRow r, boolean empty) {
                super.updateItem(r, empty);
                ClusterRow.showOn(badge, empty ? null : r);
                setGraphic(empty ? null : badge);
            }
        });
        // The mark of an upgrade on offer, said in words on hover; a version is short, never cut.
        Tooltip upgradeOffered = new Tooltip("A newer Kubernetes version is offered: Upgrade… takes the cluster to the next minor.");
        version.setCellFactory(c -> new TableCell<>() {
            @Override
            protected void updateItem(String v, boolean empty) {
                super.updateItem(v, empty);
                setText(empty ? null : v);
                setTooltip(!empty && v != null && v.endsWith(ClusterRow.UPGRADE_MARK) ? upgradeOffered : null);
            }
        });
        TableColumn<ClusterItem, String> access = text("Access", ClusterRow::access);
        TableColumn<ClusterItem, String> endpoint = text("API endpoint", ClusterRow::endpoint);
        TableColumn<ClusterItem, String> created = text("Created", r -> dev.weft.ui.common.Moments.toTheMinute(r.created()));
        created.setComparator(java.util.Comparator.naturalOrder());
        table.getColumns().setAll(java.util.List.of(name, secondary, version, status, access, endpoint, created));
        java.util.function.Consumer<Boolean> headers = kupe -> {
            secondary.setText(kupe ? "Display name" : "Zone");
            status.setText(kupe ? "Phase" : "Status");
            access.setText(kupe ? "Type" : "Access");
            endpoint.setText(kupe ? "Resources" : "API endpoint");
            // Kupe's headers, phases and types are wider ("Display name", "Provisioning" with its spinner,
            // "dedicated"), its endpoint column gone; its names give up a little room for them.
            // The minimums add up to less than the table's share of a 1200-pixel window, so no column is pushed
            // out. The endpoint is long whatever its width (the detail pane and a tooltip show it whole); the
            // rest fit a zone like US-WEST-04A and a date with its time. Every one is set again at a switch:
            // raised to keep the other provider's titles whole ("API endpoint"), they stayed so and pushed
            // Created out of sight.
            name.setMinWidth(kupe ? 100 : 112);
            secondary.setMinWidth(kupe ? 124 : 118);
            version.setMinWidth(78);
            status.setMinWidth(kupe ? 130 : 118);
            access.setMinWidth(kupe ? 88 : 66);
            endpoint.setMinWidth(90);
            created.setMinWidth(144);
            // Kupe's resources ("16 CPU · 64Gi · 500Gi disk") are short enough to read whole where there is room:
            // the other columns ask for no more than their minimums, so the room a wide window has goes there.
            for (TableColumn<?, ?> c : java.util.List.of(name, secondary, version, status, access, created)) {
                c.setPrefWidth(kupe ? c.getMinWidth() : 80);
            }
            endpoint.setPrefWidth(kupe ? 240 : 130);
        };
        headers.accept(vm.kupeProperty().get()); // the view may be built after the profile was chosen
        vm.kupeProperty().addListener((o, a, kupe) -> headers.accept(kupe));

        vm.selectedProperty().addListener((o, a, b) -> detail.show(b == null ? null : b.row()));
        vm.rowsChangedProperty().addListener((o, a, b) -> {
            ClusterItem s = vm.selectedProperty().get();
            detail.show(s == null ? null : s.row());
        });

        table.setPlaceholder(dev.weft.ui.tabs.EmptyRows.placeholder(vm, "clusters-placeholder", "clusters", vm.items(),
                "No clusters yet. Create one with “New cluster…”.", "No cluster matches the search.", vm.visibleItems()));
    }

    private static TableColumn<ClusterItem, String> text(String title, Function<ClusterRow, String> value) {
        return dev.weft.ui.common.Columns.text(title, item -> value.apply(item.row()));
    }

    private void confirmUpgrade(ClusterItem item) {
        if (item == null) {
            return;
        }
        ClusterRow r = item.row();
        String next = r.nextVersion().orElse(null);
        if (next == null) {
            return;
        }
        Alert ask = new Alert(Alert.AlertType.CONFIRMATION, "", new ButtonType("Upgrade", javafx.scene.control.ButtonBar.ButtonData.OK_DONE),
                ButtonType.CANCEL);
        ask.initOwner(owner.get());
        ask.setTitle("Upgrade cluster");
        ask.setHeaderText("Upgrade “" + r.name() + "” from " + r.version() + " to " + next + "?");
        ask.setContentText("Kubernetes moves one minor version at a time. The control plane is upgraded in place; "
                + "the cluster shows Upgrading until it is done.");
        ask.getDialogPane().setId("upgrade-dialog");
        ask.showAndWait().filter(b -> b.getButtonData() == javafx.scene.control.ButtonBar.ButtonData.OK_DONE)
                .ifPresent(b -> vm.upgrade(item).whenComplete((v, failure) -> Platform.runLater(() -> {
                    if (failure != null) {
                        ErrorPresenter.show(owner.get(), "The upgrade of " + r.name() + " was not started", failure);
                    }
                })));
    }

    private void confirmDeleteSelected() {
        confirmDelete(vm.selectedProperty().get());
    }

    private void confirmDelete(ClusterItem item) {
        if (item == null) {
            return;
        }
        ClusterRow r = item.row();
        new DeleteClusterDialog(owner.get(), r).showAndWait().filter(Boolean::booleanValue)
                .ifPresent(yes -> vm.delete(item).whenComplete((v, failure) -> Platform.runLater(() -> {
                    if (failure != null) {
                        ErrorPresenter.show(owner.get(), r.name() + " was not deleted", failure);
                    }
                })));
    }

    private void announce(String text) {
        notice.setText(dev.weft.ui.common.Moments.timeOfDay(Instant.now()) + "  " + text);
        Window w = owner.get();
        if (w != null && w.isShowing() && !dialogOpenOver(w)) {
            Notifications.create().owner(w).title("Weft").text(text).hideAfter(Duration.seconds(6)).showInformation();
        }
    }

    /**
     * Whether one of Weft's dialogs is open over the window: a notice popping up in the window's lower right
     * would then lie over the dialog's buttons (a Kupe edit's Save, for one). The line below the table has it.
     */
    private static boolean dialogOpenOver(Window w) {
        return Window.getWindows().stream().anyMatch(o -> o instanceof javafx.stage.Stage s && s.getOwner() == w && s.isShowing());
    }
}
