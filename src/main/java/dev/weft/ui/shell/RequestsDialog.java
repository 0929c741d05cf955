package dev.weft.ui.shell;

import dev.weft.service.RequestHistory.Entry;
import dev.weft.ui.common.ClipboardText;
import dev.weft.ui.common.Moments;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Alert;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Label;
import javafx.scene.control.SelectionMode;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.stage.Modality;
import javafx.stage.Window;

import java.util.List;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.stream.Collectors;

/**
 * This session's requests, newest first: what was asked, its status, how long it took, after how many attempts, and
 * the server's request id, which a support ticket asks for. Copied as tab-separated lines (the chosen rows, or all).
 * Beside the window, not in front of it: the user goes on working, and each request that finishes joins the list
 * within a second — at the top, the rows read below it left where they are. Not while rows are chosen: the list
 * does not move under a choice being made to copy; its header counts the newer ones, which Refresh shows.
 */
final class RequestsDialog {
    private static final String HEADER = "started\tprofile\trequest\tstatus\ttook\tattempts\trequest id";

    private RequestsDialog() {
    }

    /**
     * Opens the window, or, when this window's is open already, brings it to the front read again: it is not modal,
     * and a second Ctrl+Shift+L opened a second beside the first.
     */
    static void show(Window owner, Supplier<List<Entry>> finished) {
        if (owner != null && owner.getProperties().get(RequestsDialog.class) instanceof Alert open && open.isShowing()) {
            ((Runnable) open.getDialogPane().getProperties().get(RequestsDialog.class)).run();
            ((javafx.stage.Stage) open.getDialogPane().getScene().getWindow()).toFront();
            return;
        }
        Alert a = new Alert(Alert.AlertType.NONE, "", ButtonType.CLOSE);
        a.initOwner(owner);
        a.initModality(Modality.NONE);
        a.setTitle("Requests");
        a.setResizable(true);
        a.getDialogPane().setId("requests-dialog");
        TableView<Entry> table = new TableView<>();
        table.setId("requests-table");
        table.setAccessibleText("Requests");
        table.getSelectionModel().setSelectionMode(SelectionMode.MULTIPLE);
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.getColumns().setAll(List.of(
                column("Started", 80, e -> Moments.timeOfDay(e.started())),
                column("Profile", 120, Entry::profile),
                column("Request", 300, Entry::operation),
                status(),
                column("Took", 76, e -> took(e)),
                column("Attempts", 84, e -> Integer.toString(e.attempts())),
                column("Request ID", 200, e -> e.requestId() == null ? "" : e.requestId())));
        table.setPlaceholder(new Label("No request has been made yet."));
        dev.weft.ui.common.Columns.keepTitlesWhole(table);
        Label said = new Label();
        said.setId("requests-hint");
        // Among a day's polls, the few that failed are what a problem report is about.
        javafx.scene.control.CheckBox failedOnly = new javafx.scene.control.CheckBox("Failed only");
        failedOnly.setId("requests-failed-only");
        // The newest request shown; a newer one at the top of the history is not shown yet.
        Entry[] newestShown = {null};
        Runnable reload = () -> {
            List<Entry> now = finished.get();
            Entry anchor = firstRowInView(table);
            table.getItems().setAll(failedOnly.isSelected() ? now.stream().filter(e -> !e.ok()).toList() : now);
            if (anchor != null) {
                table.scrollTo(anchor); // read further down: the new rows above it do not push it away
            }
            newestShown[0] = now.isEmpty() ? null : now.get(0);
            long failed = now.stream().filter(e -> !e.ok()).count();
            a.setHeaderText(now.size() + (now.size() == 1 ? " request" : " requests") + " since Weft started, newest first"
                    + (failed == 0 ? "" : "; " + failed + " failed"));
        };
        reload.run();
        dev.weft.ui.common.Every.whileShowing(table, java.time.Duration.ofSeconds(1), () -> {
            List<Entry> now = finished.get();
            int newer = now.indexOf(newestShown[0]);
            if (newer == 0 || now.isEmpty()) {
                return; // nothing new
            }
            if (table.getSelectionModel().isEmpty()) {
                reload.run();
            } else {
                String header = a.getHeaderText().replaceFirst(" — \\d+ newer.*$", "");
                a.setHeaderText(header + " — " + (newer < 0 ? now.size() : newer) + " newer, shown by Refresh");
            }
        });
        failedOnly.setOnAction(e -> reload.run());
        Button refresh = new Button("Refresh");
        refresh.setId("requests-refresh");
        refresh.setOnAction(e -> reload.run());
        Button copy = new Button("Copy");
        copy.setId("requests-copy");
        copy.setOnAction(e -> ClipboardText.put(copied(table)));
        table.addEventHandler(KeyEvent.KEY_PRESSED, e -> {
            if (dev.weft.ui.common.RowActions.COPY.match(e)) {
                ClipboardText.put(copied(table));
                e.consume();
            }
        });
        said.setText("Copy takes the chosen rows, or all those shown, as tab-separated lines for a problem report.");
        said.getStyleClass().add("dialog-hint");
        said.setWrapText(true);
        javafx.scene.layout.Region gap = new javafx.scene.layout.Region();
        HBox.setHgrow(gap, Priority.ALWAYS);
        HBox buttons = new HBox(8, failedOnly, gap, refresh, copy);
        buttons.setAlignment(Pos.CENTER_LEFT);
        VBox box = new VBox(8, table, said, buttons);
        VBox.setVgrow(table, Priority.ALWAYS);
        box.setPadding(new Insets(6));
        box.setPrefSize(960, 440);
        a.getDialogPane().setContent(box);
        // Wider than the theme's dialogs: a request's path and the server's request id whole side by side.
        a.getDialogPane().setStyle("-fx-max-width: 1000px;");
        a.getDialogPane().getProperties().put(RequestsDialog.class, reload);
        a.show();
        if (owner != null) {
            owner.getProperties().put(RequestsDialog.class, a);
            // Closed (its button, Escape, or its window hidden), nothing holds it.
            a.getDialogPane().getScene().getWindow().addEventHandler(javafx.stage.WindowEvent.WINDOW_HIDDEN,
                    e -> owner.getProperties().remove(RequestsDialog.class, a));
        }
    }

    /** The row at the top of the table's view, when it is not the first row (the list scrolled down); else null. */
    static Entry firstRowInView(TableView<Entry> table) {
        if (table.lookup(".virtual-flow") instanceof javafx.scene.control.skin.VirtualFlow<?> flow
                && flow.getFirstVisibleCell() instanceof javafx.scene.control.IndexedCell<?> cell
                && cell.getIndex() > 0 && cell.getIndex() < table.getItems().size()) {
            return table.getItems().get(cell.getIndex());
        }
        return null;
    }

    /** The chosen rows, or every row when none is chosen, under a header line. */
    static String copied(TableView<Entry> table) {
        List<Entry> rows = table.getSelectionModel().getSelectedItems().isEmpty() ? table.getItems()
                : table.getSelectionModel().getSelectedItems();
        return HEADER + "\n" + rows.stream().map(e -> String.join("\t", e.started().toString(), e.profile(), e.operation(),
                statusWords(e), Long.toString(e.took().toMillis()) + " ms", Integer.toString(e.attempts()),
                e.requestId() == null ? "" : e.requestId())).collect(Collectors.joining("\n")) + "\n";
    }

    private static String statusWords(Entry e) {
        return e.status() == 0 ? "no answer" : Integer.toString(e.status());
    }

    private static String took(Entry e) {
        long ms = e.took().toMillis();
        return ms < 10_000 ? ms + " ms" : String.format(java.util.Locale.ROOT, "%.1f s", ms / 1000.0);
    }

    private static TableColumn<Entry, String> column(String title, double width, Function<Entry, String> value) {
        TableColumn<Entry, String> c = dev.weft.ui.common.Columns.plain(title, value);
        c.setPrefWidth(width);
        return c;
    }

    /** The status, a failure's in the theme's colour for errors. */
    private static TableColumn<Entry, String> status() {
        TableColumn<Entry, String> c = new TableColumn<>("Status");
        c.setCellValueFactory(d -> new ReadOnlyStringWrapper(statusWords(d.getValue())));
        c.setPrefWidth(84);
        c.setCellFactory(col -> new TableCell<>() {
            @Override
            protected void updateItem(String v, boolean empty) {
                super.updateItem(v, empty);
                setText(empty ? null : v);
                Entry e = empty || getTableRow() == null ? null : getTableRow().getItem();
                getStyleClass().remove("status-error");
                if (e != null && !e.ok()) {
                    getStyleClass().add("status-error");
                }
            }
        });
        return c;
    }
}
