package dev.weft.ui.clusters;

import dev.weft.api.vpc.Vpc;
import dev.weft.ui.common.FieldGrid;
import dev.weft.ui.common.StatusBadge;
import javafx.geometry.Insets;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextArea;
import javafx.scene.control.TitledPane;
import javafx.scene.control.ToggleButton;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

/** The selected cluster: every field grouped, copy buttons for ids and endpoints, the raw JSON one click away. */
final class DetailPane extends VBox {
    private final Label title = new Label();
    private final StatusBadge badge = new StatusBadge();
    private final VBox groups = new VBox(8);
    private final TextArea raw = new TextArea();
    private final ToggleButton showRaw = new ToggleButton("Raw JSON");
    private final Label empty = new Label("Select a cluster to see its details.");

    private final Label failedHint = new Label("This cluster failed and cannot be changed. Start a new one from its "
            + "settings, and delete this one to free its name.");
    private final Button likeFailed = new Button("New cluster like this…");
    private final Button deleteFailed = new Button("Delete this cluster…");
    private final VBox failed;

    /**
     * @param likeThis the create form, started from the shown cluster's settings
     * @param vpcOf    a VPC by id, asked as a CKS cluster is shown, to name it and its prefixes' blocks
     */
    DetailPane(Runnable likeThis, Runnable delete, java.util.function.Function<String, java.util.concurrent.CompletableFuture<Vpc>> vpcOf) {
        super(10);
        this.vpcOf = vpcOf;
        failedHint.setWrapText(true);
        failedHint.setMinHeight(USE_PREF_SIZE); // else the details below take its second line and it ends in "..."
        failedHint.getStyleClass().add("status-error");
        deleteFailed.setId("detail-delete-failed");
        deleteFailed.getStyleClass().add("danger");
        deleteFailed.setMinWidth(USE_PREF_SIZE);
        deleteFailed.setOnAction(e -> delete.run());
        likeFailed.setId("detail-like-failed");
        likeFailed.setMinWidth(USE_PREF_SIZE);
        likeFailed.setOnAction(e -> likeThis.run());
        // Each whole, the second under the first in the narrowest pane.
        failed = new VBox(6, failedHint, new javafx.scene.layout.FlowPane(8, 6, likeFailed, deleteFailed));
        setId("cluster-detail");
        setPadding(new Insets(12));
        // Narrower than this the fields' names broke into letters and the title and buttons into "…"; the
        // split gives the table less room instead (it scrolls sideways).
        setMinWidth(MIN_WIDTH);
        title.getStyleClass().add("detail-title");
        title.setId("detail-name");
        // The name on a line of its own, whole: beside the status and the Raw JSON button the pane's default width
        // cut "playground" to "playgrou…". Wrapped only when longer than the pane is wide (a 63-character Kupe name).
        title.setWrapText(true);
        title.setMinHeight(USE_PREF_SIZE);
        dev.weft.ui.common.Toolbar.keepWhole(showRaw);
        badge.setMinWidth(USE_PREF_SIZE);
        empty.setWrapText(true);
        showRaw.setId("cluster-raw");
        raw.setId("cluster-raw-json");
        raw.setAccessibleText("The cluster as raw JSON");
        raw.setEditable(false);
        raw.setWrapText(false);
        raw.getStyleClass().add("monospace");
        raw.visibleProperty().bind(showRaw.selectedProperty());
        raw.managedProperty().bind(raw.visibleProperty());
        VBox.setVgrow(raw, Priority.ALWAYS);
        ScrollPane scroll = dev.weft.ui.common.Scrolling.down(groups);
        scroll.visibleProperty().bind(showRaw.selectedProperty().not());
        scroll.managedProperty().bind(scroll.visibleProperty());
        VBox.setVgrow(scroll, Priority.ALWAYS);
        empty.getStyleClass().add("placeholder-hint");
        HBox state = new HBox(10, badge, new javafx.scene.layout.Region(), showRaw);
        HBox.setHgrow(state.getChildren().get(1), Priority.ALWAYS);
        state.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
        VBox header = new VBox(4, title, state);
        getChildren().setAll(empty);
        this.header = header;
        this.scroll = scroll;
    }

    /** The narrowest the pane gets when the window is at its narrowest. */
    private static final double MIN_WIDTH = 340;

    private final VBox header;
    private final ScrollPane scroll;
    private final java.util.function.Function<String, java.util.concurrent.CompletableFuture<Vpc>> vpcOf;
    /** The cluster shown, as last shown, and its VPC, once known. */
    private ClusterRow shown;
    private Vpc shownVpc;

    void show(ClusterRow row) {
        ClusterRow before = shown;
        Vpc vpcBefore = shownVpc;
        shown = row;
        if (row == null) {
            getChildren().setAll(empty);
            return;
        }
        shownVpc = vpcOf(row);
        boolean same = before != null && before.key().equals(row.key());
        if (same && before.equals(row) && java.util.Objects.equals(vpcBefore, shownVpc)) {
            return; // a refresh or a poll that changed nothing here
        }
        // The same cluster, changed (a poll while it provisions, a refresh): where the user had scrolled to and the
        // groups they had closed stay so; rebuilt from the top, every poll threw them back.
        double scrolledTo = same ? scroll.getVvalue() : 0;
        java.util.Set<String> closed = new java.util.HashSet<>();
        if (same) {
            groups.getChildren().stream().map(TitledPane.class::cast).filter(p -> !p.isExpanded()).map(TitledPane::getText)
                    .forEach(closed::add);
        }
        title.setText(row.name());
        ClusterRow.showOn(badge, row);
        raw.setText(ClusterDetails.rawJson(row));
        groups.getChildren().clear();
        for (ClusterDetails.Group g : ClusterDetails.of(row, shownVpc)) {
            TitledPane pane = new TitledPane(g.title(), FieldGrid.of(g.fields(), "detail-"));
            pane.setCollapsible(true);
            pane.setExpanded(!closed.contains(g.title()));
            groups.getChildren().add(pane);
        }
        if (same) {
            javafx.application.Platform.runLater(() -> scroll.setVvalue(scrolledTo)); // once the new groups are laid out
        }
        getChildren().setAll(header);
        if (row.failed()) {
            getChildren().add(failed);
        }
        getChildren().addAll(scroll, raw);
    }

    /** The row's VPC if known now; else asked, and the row shown again when it comes (if it is still the one shown). */
    private Vpc vpcOf(ClusterRow row) {
        String id = row.cks() == null ? null : row.cks().vpcId();
        if (id == null || id.isBlank()) {
            return null;
        }
        java.util.concurrent.CompletableFuture<Vpc> vpc = vpcOf.apply(id);
        if (vpc.isDone()) {
            return vpc.isCompletedExceptionally() ? null : vpc.join(); // unknown: the id alone, as before
        }
        vpc.thenRun(() -> javafx.application.Platform.runLater(() -> {
            if (shown == row) {
                show(row);
            }
        }));
        return null;
    }
}
