package dev.weft.ui.clusters;

import dev.weft.api.vpc.Vpc;
import dev.weft.ui.common.CurlDialog;
import dev.weft.ui.common.DialogPadding;
import dev.weft.ui.common.ErrorPresenter;
import dev.weft.ui.common.Outcome;
import javafx.animation.PauseTransition;
import javafx.application.Platform;
import javafx.geometry.Pos;
import javafx.scene.control.Alert;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import javafx.util.Duration;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The organization's VPCs: each with its zone, prefixes, state and the clusters in it, to make one and to delete
 * one that no cluster uses. The cluster form makes VPCs; before this, one left behind by a deleted cluster could be
 * deleted only from the web console. Read afresh as it opens, and every 3 s while one is being made or deleted.
 */
final class VpcsDialog extends Dialog<Void> {
    private final ClustersViewModel vm;
    private final TableView<Vpc> table = new TableView<>();
    private final Label state = new Label();
    private final Button delete = new Button("Delete…");
    private final PauseTransition again = new PauseTransition(Duration.seconds(3));
    /** Set while a read puts the rows back and selects the same VPC again: not a choice of the user's to explain. */
    private boolean reselecting;
    /** The clusters in each VPC, by the VPC's id, as the Clusters tab lists them. */
    private Map<String, List<String>> clusters = Map.of();

    VpcsDialog(Window owner, ClustersViewModel vm) {
        this.vm = vm;
        initOwner(owner);
        setTitle("VPCs");
        setHeaderText("The organization's VPCs");
        setResizable(true);
        getDialogPane().setId("vpcs-dialog");
        getDialogPane().getStyleClass().add("wide-dialog"); // a table of five columns
        table.setId("vpcs-table");
        table.setAccessibleText("VPCs");
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.getColumns().setAll(List.of(column("Name", Vpc::name, 120), column("Zone", Vpc::zone, 115),
                column("State", v -> state(v.status()), 70), column("Prefixes", VpcsDialog::prefixes, 300),
                column("Clusters", v -> String.join(", ", clusters.getOrDefault(v.id(), List.of())), 155)));
        dev.weft.ui.common.Columns.scrollWhenCut(table); // the dialog made narrow
        table.setPlaceholder(new Label("No VPCs yet. A new cluster needs one: make it with “New VPC…”."));
        table.setPrefHeight(260);
        state.setId("vpcs-state");
        state.setWrapText(true);
        state.setMinHeight(Region.USE_PREF_SIZE);

        Button create = new Button("New VPC…");
        create.setId("vpcs-new");
        create.setOnAction(e -> new VpcForm(window(), vm, selected() == null ? null : selected().zone(), made -> read(made.id(), false)).show());
        delete.setId("vpcs-delete");
        delete.setOnAction(e -> confirmDelete(selected()));
        // As the clusters' toolbar offers its requests: named for what each does.
        javafx.scene.control.MenuItem curlList = new javafx.scene.control.MenuItem("List VPCs");
        curlList.setOnAction(e -> CurlDialog.show(window(), "List VPCs", vm.curl(dev.weft.api.vpc.VpcApi.listRequest())));
        javafx.scene.control.MenuItem curlDelete = new javafx.scene.control.MenuItem("Delete the selected VPC");
        curlDelete.setId("vpcs-curl-delete");
        curlDelete.setOnAction(e -> CurlDialog.show(window(), "Delete " + selected().name(), vm.curlForDeleteVpc(selected())));
        curlDelete.disableProperty().bind(table.getSelectionModel().selectedItemProperty().isNull());
        javafx.scene.control.MenuButton curl = new javafx.scene.control.MenuButton("Copy as curl", null, curlList, curlDelete);
        curl.setId("vpcs-curl");
        Button refresh = new Button("Refresh");
        refresh.setId("vpcs-refresh");
        refresh.setOnAction(e -> read(null, false));
        Region gap = new Region();
        HBox.setHgrow(gap, Priority.ALWAYS);
        HBox actions = new HBox(8, create, delete, curl, gap, refresh);
        actions.setAlignment(Pos.CENTER_LEFT);
        VBox content = new VBox(10, actions, table, state);
        content.setPadding(DialogPadding.CONTENT);
        table.setPrefWidth(760); // its columns' room: a constrained table asks for none of its own
        VBox.setVgrow(table, Priority.ALWAYS);
        getDialogPane().setContent(content);
        getDialogPane().getButtonTypes().setAll(ButtonType.CLOSE);

        table.getSelectionModel().selectedItemProperty().addListener((o, was, now) -> {
            if (!reselecting) {
                explain();
            }
        });
        // As every list in Weft: Delete (behind its question), the right-click menu, Ctrl+C for the id.
        dev.weft.ui.common.RowActions.attach(table, "Copy VPC ID", () -> selected() == null ? null : selected().id(), delete, delete);
        again.setOnFinished(e -> {
            if (isShowing()) {
                read(null, true);
            }
        });
        setOnHidden(e -> again.stop());
        read(null, false);
    }

    private Window window() {
        return getDialogPane().getScene().getWindow();
    }

    private Vpc selected() {
        return table.getSelectionModel().getSelectedItem();
    }

    /**
     * Reads the VPCs, keeping the selection (or selecting {@code select}, a VPC just made). {@code quiet}: a read
     * while one is being made or deleted, which says nothing unless something changed (every 3 s, "Reading…" came
     * and went, and what a refused delete said was gone).
     */
    private void read(String select, boolean quiet) {
        String keep = select != null ? select : selected() == null ? null : selected().id();
        if (!quiet) {
            Outcome.running(state, "Reading the VPCs…");
        }
        vm.vpcs().whenComplete((vpcs, failure) -> Platform.runLater(() -> {
            if (failure != null) {
                Outcome.failed(state, "Could not read the VPCs: " + ErrorPresenter.sentence(failure));
                return;
            }
            clusters = vm.clustersByVpc();
            if (!vpcs.equals(table.getItems())) {
                reselecting = true;
                try {
                    table.getItems().setAll(vpcs);
                    vpcs.stream().filter(v -> v.id().equals(keep)).findFirst().ifPresent(v -> table.getSelectionModel().select(v));
                } finally {
                    reselecting = false;
                }
            }
            if (!quiet || selected() == null || !selected().id().equals(keep)) {
                explain();
            } else {
                allowDelete(); // the words stay: a refused delete's reason is not taken away by a VPC made meanwhile
            }
            if (vpcs.stream().anyMatch(v -> Vpc.CREATING.equals(v.status()) || Vpc.DELETING.equals(v.status()))) {
                again.playFromStart(); // followed until made or gone
            }
        }));
    }

    /** Delete… for a VPC no cluster is in and not being deleted already. */
    private void allowDelete() {
        Vpc v = selected();
        delete.setDisable(v == null || !clusters.getOrDefault(v.id(), List.of()).isEmpty() || Vpc.DELETING.equals(v.status()));
    }

    /** What Delete… can do for the selected VPC, and why not when it cannot. */
    private void explain() {
        allowDelete();
        Vpc v = selected();
        List<String> in = v == null ? List.of() : clusters.getOrDefault(v.id(), List.of());
        if (v == null) {
            Outcome.running(state, dev.weft.domain.Sizes.count(table.getItems().size(), "VPC", "VPCs") + ".");
        } else { // whole, as the table's columns may not have room for the prefixes
            Outcome.running(state, "“" + v.name() + "” in " + v.zone() + ": " + (v.vpcPrefixes().isEmpty() ? "no prefixes" : prefixes(v)) + "."
                    + (in.isEmpty() ? "" : " It holds " + String.join(", ", in) + ": a VPC is deleted once no cluster is in it."));
        }
    }

    private void confirmDelete(Vpc v) {
        if (v == null) {
            return;
        }
        Alert ask = new Alert(Alert.AlertType.CONFIRMATION, "", new ButtonType("Delete", ButtonBar.ButtonData.OK_DONE), ButtonType.CANCEL);
        ask.initOwner(window());
        ask.setTitle("Delete VPC");
        ask.setHeaderText("Delete the VPC “" + v.name() + "”?");
        ask.setContentText("Its prefixes (" + prefixes(v) + ") are no longer held for clusters in " + v.zone() + ". This cannot be undone.");
        ask.getDialogPane().setId("delete-vpc-dialog");
        ask.showAndWait().filter(b -> b.getButtonData() == ButtonBar.ButtonData.OK_DONE).ifPresent(b -> {
            delete.setDisable(true);
            Outcome.running(state, "Deleting “" + v.name() + "”…");
            vm.deleteVpc(v).whenComplete((gone, failure) -> Platform.runLater(() -> {
                if (failure != null) {
                    clusters = vm.clustersByVpc(); // listed again by then: the refusal may name a cluster made since
                    table.refresh();
                    Outcome.failed(state, "“" + v.name() + "” was not deleted: " + ErrorPresenter.sentence(failure));
                    allowDelete();
                } else {
                    read(null, false);
                }
            }));
        });
    }

    /** "pod-cidr 10.244.0.0/16, service-cidr 10.96.0.0/16". */
    static String prefixes(Vpc v) {
        return v.vpcPrefixes().stream().map(p -> p.name() + " " + p.value()).collect(Collectors.joining(", "));
    }

    /** "Creating", "Ready", "Deleting"; a state the documents do not name as the server sent it. */
    static String state(String status) {
        if (status == null) {
            return "";
        }
        return switch (status) {
            case Vpc.CREATING -> "Creating";
            case Vpc.READY -> "Ready";
            case Vpc.DELETING -> "Deleting";
            default -> status;
        };
    }

    private static TableColumn<Vpc, String> column(String title, Function<Vpc, String> value, double width) {
        TableColumn<Vpc, String> c = dev.weft.ui.common.Columns.plain(title, value);
        c.setPrefWidth(width);
        return c;
    }
}
