package dev.weft.ui.clusters;

import dev.weft.ui.common.ClipboardText;
import dev.weft.ui.common.StatusBadge;
import javafx.geometry.Insets;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextArea;
import javafx.scene.control.TitledPane;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
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

    private final Label failedHint = new Label("This cluster failed and cannot be changed. Deleting it frees its name; "
            + "then create it again.");
    private final Button deleteFailed = new Button("Delete this cluster…");
    private final VBox failed;

    DetailPane(Runnable delete) {
        super(10);
        failedHint.setWrapText(true);
        failedHint.setMinHeight(USE_PREF_SIZE); // else the details below take its second line and it ends in "..."
        failedHint.getStyleClass().add("status-error");
        deleteFailed.setId("detail-delete-failed");
        deleteFailed.getStyleClass().add("danger");
        deleteFailed.setMinWidth(USE_PREF_SIZE);
        deleteFailed.setOnAction(e -> delete.run());
        failed = new VBox(6, failedHint, deleteFailed);
        setId("cluster-detail");
        setPadding(new Insets(12));
        // Narrower than this the fields' names broke into letters and the title and buttons into "…"; the
        // split gives the table less room instead (it scrolls sideways).
        setMinWidth(MIN_WIDTH);
        title.getStyleClass().add("detail-title");
        title.setId("detail-name");
        title.setMinWidth(0); // a long name gives up room before the status and the Raw JSON button
        dev.weft.ui.common.Toolbar.wholeOnHover(title);
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
        HBox header = new HBox(10, title, badge, new javafx.scene.layout.Region(), showRaw);
        HBox.setHgrow(header.getChildren().get(2), Priority.ALWAYS);
        header.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
        getChildren().setAll(empty);
        this.header = header;
        this.scroll = scroll;
    }

    /** The narrowest the pane gets when the window is at its narrowest. */
    private static final double MIN_WIDTH = 340;

    /** The room between a field's label, its value and its Copy button. */
    private static final double COLUMN_GAP = 10;

    /** Copyable values up to this long (a name, a short id) stay beside their label. */
    private static final int SHORT = 24;

    private final HBox header;
    private final ScrollPane scroll;
    /** The cluster shown, as last shown. */
    private ClusterRow shown;

    void show(ClusterRow row) {
        ClusterRow before = shown;
        shown = row;
        if (row == null) {
            getChildren().setAll(empty);
            return;
        }
        boolean same = before != null && before.key().equals(row.key());
        if (same && before.equals(row)) {
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
        for (ClusterDetails.Group g : ClusterDetails.of(row)) {
            GridPane grid = new GridPane();
            // No gap between the columns: the room between them is the labels' and the Copy buttons' margin. With a
            // gap, GridPane measures a value that spans columns without it, so a value within a gap's width of its
            // room was measured on two lines, drawn on one, and its row stood twice as tall.
            grid.setVgap(6);
            ColumnConstraints labels = new ColumnConstraints();
            labels.setMaxWidth(110 + COLUMN_GAP); // "Kubernetes version" takes two lines rather than the values' room
            labels.setMinWidth(USE_PREF_SIZE); // and never fewer than its longest word's width
            ColumnConstraints values = new ColumnConstraints();
            values.setHgrow(Priority.ALWAYS);
            grid.getColumnConstraints().setAll(labels, values, new ColumnConstraints());
            int r = 0;
            for (ClusterDetails.Field f : g.fields()) {
                Label name = new Label(f.label());
                name.getStyleClass().add("detail-label");
                name.setWrapText(true);
                name.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
                GridPane.setMargin(name, new Insets(0, COLUMN_GAP, 0, 0));
                Label value = new Label(f.value());
                value.setWrapText(true);
                value.getStyleClass().add("detail-value"); // ids and addresses wrap anywhere: they have no words
                value.setId("detail-" + f.label().toLowerCase(java.util.Locale.ROOT).replaceAll("[^a-z0-9]+", "-"));
                grid.add(name, 0, r);
                boolean ownLine = f.copyable() && f.value() != null && f.value().length() > SHORT;
                if (ownLine) {
                    // Ids and endpoints are long and unbroken: beside the labels they were cut into pieces
                    // mid-word, so they take a line of their own, the pane's whole width.
                    grid.add(value, 0, r + 1, 3, 1);
                } else {
                    // Without a Copy button beside it, the value takes that column's room too: kept out of
                    // it, "STATUS_CREATING" broke into "STATUS_CREATIN" and "G" with room to spare.
                    grid.add(value, 1, r, f.copyable() ? 1 : 2, 1);
                }
                if (f.copyable()) {
                    Button copy = new Button("Copy");
                    copy.getStyleClass().addAll("flat", "small");
                    copy.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
                    copy.setTooltip(new Tooltip("Copy " + f.label()));
                    copy.setOnAction(e -> ClipboardText.put(f.value()));
                    GridPane.setMargin(copy, new Insets(0, 0, 0, COLUMN_GAP));
                    grid.add(copy, 2, r);
                }
                r += ownLine ? 2 : 1;
            }
            TitledPane pane = new TitledPane(g.title(), grid);
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
}
