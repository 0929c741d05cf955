package dev.weft.ui.policies;

import dev.weft.domain.policy.Decision;
import dev.weft.domain.policy.Question;
import dev.weft.ui.common.CsvExport;
import dev.weft.ui.common.ErrorPresenter;
import dev.weft.ui.common.FieldLabel;
import dev.weft.ui.common.Suggestions;
import javafx.application.Platform;
import javafx.geometry.Insets;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;
import javafx.stage.Window;

import java.nio.file.Files;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * The Policies tab's simulator: "may this principal do this action on this resource?", answered for the
 * server's policies and with the draft in its place, one question at a time or a batch from CSV.
 */
final class PolicySimulator extends VBox {
    private final PoliciesViewModel vm;
    private final Supplier<Window> owner;
    private final TextArea batch = new TextArea("principal,action,resource\n");
    private final Label simServer = new Label();
    private final Label simDraft = new Label();
    private final Label batchSummary = new Label();
    private boolean answering;

    /** @param highlight marks the draft's statements that decided an answer */
    PolicySimulator(PoliciesViewModel vm, Supplier<Window> owner, Consumer<Decision> highlight) {
        super(8);
        setId("policy-simulator");
        this.vm = vm;
        this.owner = owner;
        TextField principal = new TextField();
        principal.setId("sim-principal");
        principal.textProperty().bindBidirectional(vm.meProperty());
        TextField action = new TextField("s3:GetObject");
        action.setId("sim-action");
        TextField resource = new TextField();
        resource.setId("sim-resource");
        resource.setPromptText("bucket or bucket/key");
        completeFromWhatIsKnown(principal, action, resource);
        Button run = new Button("Check");
        run.setId("sim-run");
        run.setOnAction(e -> {
            var r = vm.simulate(new Question(principal.getText().strip(), action.getText().strip(), resource.getText().strip()));
            simServer.setText("On the server: " + r.server().summary());
            simDraft.setText("With this draft: " + r.draft().summary() + (r.changed() ? "  — changes with the draft" : ""));
            highlight.accept(r.draft());
        });
        simServer.setId("sim-server");
        simDraft.setId("sim-draft");
        batchSummary.setId("sim-batch-summary");
        for (Label answer : List.of(simServer, simDraft, batchSummary)) { // no blank lines until there is an answer
            answer.setWrapText(true);
            answer.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
            answer.managedProperty().bind(answer.textProperty().isNotEmpty());
        }
        batch.setId("sim-batch");
        dev.weft.ui.common.FormKeys.apply(batch); // Tab moves on to Run, not a tab typed into a question
        batch.setPrefRowCount(5);
        TextArea results = new TextArea();
        results.setId("sim-batch-result");
        results.setAccessibleText("Batch results");
        results.setEditable(false);
        results.setPrefRowCount(6);
        getChildren().setAll(questionGrid(principal, action, resource),
                hint("“Principal (you)” is also whom lint protects from being locked out."), run, simServer, simDraft,
                FieldLabel.of("Batch", batch),
                hint("One question per line, as CSV: principal, action, resource. The results show the server and the draft side by side."),
                batch, batchButtons(results), batchSummary, results);
        setPadding(new Insets(8));
        // Another profile, another organization: the answers were the last one's, and read as this one's.
        // The questions stay, to ask again.
        vm.sessionShownProperty().addListener((o, was, now) -> {
            for (Label answer : List.of(simServer, simDraft, batchSummary)) {
                answer.setText("");
            }
            results.clear();
        });
    }

    /** Offers the principals, actions and buckets the tab knows as the user types. */
    private void completeFromWhatIsKnown(TextField principal, TextField action, TextField resource) {
        Suggestions.offer(principal, t -> vm.principals().stream()
                .filter(p -> p.toLowerCase(java.util.Locale.ROOT).contains(t.toLowerCase(java.util.Locale.ROOT))).toList());
        Suggestions.offer(action, t -> dev.weft.domain.policy.ActionCatalog.all().stream()
                .filter(a -> a.toLowerCase(java.util.Locale.ROOT).contains(t.toLowerCase(java.util.Locale.ROOT))).limit(12).toList());
        Suggestions.offer(resource, t -> vm.buckets().stream()
                .flatMap(b -> java.util.stream.Stream.of(b, b + "/")).filter(b -> b.startsWith(t)).toList());
    }

    private static GridPane questionGrid(TextField principal, TextField action, TextField resource) {
        GridPane g = new GridPane();
        g.setHgap(8);
        g.setVgap(6);
        g.addRow(0, FieldLabel.of("Principal (you)", principal), principal);
        g.addRow(1, FieldLabel.of("Action", action), action);
        g.addRow(2, FieldLabel.of("Resource", resource), resource);
        GridPane.setHgrow(principal, Priority.ALWAYS);
        javafx.scene.layout.ColumnConstraints names = new javafx.scene.layout.ColumnConstraints();
        names.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE); // the names whole in a narrow pane; the fields give
        g.getColumnConstraints().setAll(names);
        return g;
    }

    /** Run all, Import CSV… and Export results…, flowing onto a second line in a narrow pane, not cut to "I…" and "Exp…". */
    private javafx.scene.layout.FlowPane batchButtons(TextArea results) {
        Button runAll = new Button("Run all");
        runAll.setId("sim-batch-run");
        runAll.setOnAction(e -> runBatch(results));
        Button importCsv = new Button("Import CSV…");
        importCsv.setOnAction(e -> {
            FileChooser chooser = new FileChooser();
            chooser.setTitle("Questions (principal,action,resource)");
            var file = chooser.showOpenDialog(owner.get());
            if (file != null) {
                importQuestions(file.toPath());
            }
        });
        Button exportCsv = new Button("Export results…");
        exportCsv.setOnAction(e -> CsvExport.chooseAndWrite(owner.get(), "simulation results", "simulation.csv",
                file -> vm.exportResults(file, results.getText())));
        javafx.scene.layout.FlowPane buttons = new javafx.scene.layout.FlowPane(6, 6, runAll, importCsv, exportCsv);
        buttons.getChildren().forEach(b -> ((Button) b).setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE));
        return buttons;
    }

    private static Label hint(String text) {
        Label hint = new Label(text);
        hint.setWrapText(true);
        hint.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
        hint.getStyleClass().add("placeholder-hint");
        return hint;
    }

    /**
     * Answers the batch off the FX thread; what the box holds is untouched. A press while it is answered is
     * let go (not disabling the button, which would send the keyboard's focus on to Import CSV…).
     */
    private void runBatch(TextArea results) {
        if (answering) {
            return;
        }
        answering = true;
        batchSummary.setText("Answering…");
        Object askedFor = vm.sessionShownProperty().get();
        vm.runBatch(batch.getText()).whenComplete((answers, failure) -> Platform.runLater(() -> {
            answering = false;
            if (vm.sessionShownProperty().get() != askedFor) {
                return; // answered for the profile left since
            }
            if (failure != null) {
                batchSummary.setText("");
                ErrorPresenter.show(owner.get(), "Could not answer the batch", failure);
            } else {
                results.setText(answers.csv());
                batchSummary.setText(answers.summary());
            }
        }));
    }

    /** Fills the batch box from a CSV file, read off the FX thread; a file that cannot be read is said so. */
    void importQuestions(java.nio.file.Path file) {
        vm.work().supply(() -> {
            try {
                return Files.readString(file);
            } catch (java.io.IOException x) {
                throw new java.io.UncheckedIOException(x);
            }
        }).whenComplete((text, failure) -> Platform.runLater(() -> {
            if (failure != null) { // unreadable, or not UTF-8 text: say so, and keep what the box held
                ErrorPresenter.show(owner.get(), "Could not import " + file.getFileName(), failure);
            } else {
                batch.setText(text);
            }
        }));
    }
}
