package dev.weft.ui.policies;

import dev.weft.api.Json;
import dev.weft.api.objectstorage.AccessPolicy;
import dev.weft.domain.policy.Decision;
import dev.weft.domain.policy.LintFinding;
import dev.weft.domain.policy.PolicySummary;
import dev.weft.domain.policy.TextDiff;
import dev.weft.profiles.AtomicFiles;
import dev.weft.service.DraftStore;
import dev.weft.ui.common.CurlDialog;
import dev.weft.ui.common.ErrorPresenter;
import dev.weft.ui.common.Every;
import dev.weft.ui.common.RowActions;
import dev.weft.ui.common.Toolbar;
import dev.weft.ui.tabs.TabViewModel;
import javafx.application.Platform;
import javafx.beans.binding.Bindings;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Alert;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.SplitPane;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.control.TextInputDialog;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;
import javafx.stage.Window;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;
import java.util.stream.Collectors;

/** The Policies tab: the list, the visual editor beside its JSON, lint, and the simulator. */
public final class PoliciesView extends BorderPane {
    private final PoliciesViewModel vm;
    private final Supplier<Window> owner;
    private final ListView<AccessPolicy> list = new ListView<>();
    private final StatementCards statements;
    private final TextField name = new TextField();
    private final TextArea json = new TextArea();
    private final Label jsonError = new Label();
    private final LintFindings lint = new LintFindings();
    /** Says how many problems lint found, so a disabled Apply has its reason in sight. */
    private final Tab lintTab = new Tab("Lint");
    private final VBox editorPane = new VBox(10);
    private final Label noEditor = new Label();
    private PolicyEditor bound;
    private boolean offeredDrafts;

    public PoliciesView(PoliciesViewModel vm, Supplier<Window> owner) {
        this.vm = vm;
        this.statements = new StatementCards(vm::buckets, vm::principals);
        this.owner = owner;
        setId("policies-view");
        SplitPane split = new SplitPane(left(), center(), right());
        split.setDividerPositions(0.24, 0.63);
        split.setId("policies-split");
        setCenter(split);
        RowActions.attach(list, "Copy name", () -> list.getSelectionModel().getSelectedItem() == null ? null
                : list.getSelectionModel().getSelectedItem().name(), deleteButton, duplicateButton, deleteButton);
        vm.editorProperty().addListener((o, a, e) -> bind(e));
        bind(vm.editorProperty().get());
        Every.whileShowing(this, java.time.Duration.ofSeconds(3), vm::autosave);
        vm.stateProperty().addListener((o, a, s) -> offerDraftsOnce());
        // Built the first time the tab is shown, perhaps after the policies loaded: offer the drafts then.
        javafx.application.Platform.runLater(this::offerDraftsOnce);
    }

    private void offerDraftsOnce() {
        if (vm.stateProperty().get() == TabViewModel.State.READY && !offeredDrafts) {
            offeredDrafts = true;
            offerDrafts();
        }
    }

    private VBox left() {
        Label warning = new Label("The organization has no access policy: every storage request is denied and no bucket "
                + "can be created.");
        warning.setId("no-policy-warning");
        warning.setWrapText(true);
        warning.getStyleClass().add("dialog-warning");
        warning.visibleProperty().bind(Bindings.isEmpty(vm.policies()).and(vm.stateProperty().isEqualTo(TabViewModel.State.READY)));
        warning.managedProperty().bind(warning.visibleProperty());
        list.setId("policy-list");
        list.setAccessibleText("Access policies");
        list.setItems(vm.policies());
        // In the list's place: why the policies could not be loaded (it stayed blank, said only in the status bar).
        Label empty = dev.weft.ui.tabs.EmptyRows.placeholder(vm, "policies-placeholder", "policies", vm.policies(),
                "", ""); // none at all: the warning above says what that means
        empty.visibleProperty().bind(vm.stateProperty().isNotEqualTo(TabViewModel.State.UNAVAILABLE)); // the editor's place says why
        list.setPlaceholder(empty);
        list.setCellFactory(l -> new ListCell<>() {
            @Override
            protected void updateItem(AccessPolicy p, boolean empty) {
                super.updateItem(p, empty);
                if (empty || p == null) {
                    setGraphic(null);
                    return;
                }
                // The name alone on its line, so the narrow list cuts a long name last; the count leads the summary,
                // which is cut at its end (the tooltip has it whole): wrapped, a list cell kept one line of it
                // and cut it after its first word ("Allow ...").
                Label n = new Label(p.name());
                n.setStyle("-fx-font-weight: bold;");
                int count = p.statements().size();
                Label s = new Label(dev.weft.domain.Sizes.count(count, "statement", "statements") + ": " + PolicySummary.of(p));
                s.getStyleClass().add("placeholder-hint");
                VBox box = new VBox(2, n, s);
                box.setPadding(new javafx.geometry.Insets(3, 0, 3, 0));
                box.maxWidthProperty().bind(list.widthProperty().subtract(30));
                setTooltip(new javafx.scene.control.Tooltip(p.name() + ": " + PolicySummary.of(p)));
                setGraphic(box);
            }
        });
        list.getSelectionModel().selectedItemProperty().addListener((o, a, p) -> {
            if (p != null && (vm.editorProperty().get() == null || !p.name().equals(vm.editorProperty().get().key()))) {
                vm.open(p).ifPresent(this::offerDraft);
            }
        });
        // A policy new in the editor (made, duplicated, imported) is not in the list yet: the row chosen before is
        // no longer what is edited, and stayed marked as if it were.
        vm.editorProperty().addListener((o, was, e) -> {
            if (e != null && vm.policies().stream().noneMatch(p -> p.name().equals(e.key()))) {
                list.getSelectionModel().clearSelection();
            }
        });
        // A refresh replaces the list's items, and the list dropped its selection: the policy being edited
        // stays chosen there (with the auto refresh, it was unmarked every few minutes).
        vm.policies().addListener((javafx.collections.ListChangeListener<AccessPolicy>) c -> {
            PolicyEditor e = vm.editorProperty().get();
            if (e != null) {
                vm.policies().stream().filter(p -> p.name().equals(e.key())).findFirst()
                        .filter(p -> list.getSelectionModel().getSelectedItem() != p).ifPresent(list.getSelectionModel()::select);
            }
        });
        Button create = new Button("New policy…");
        create.setId("policy-new");
        Toolbar.newAction(create);
        create.setOnAction(e -> {
            NewPolicyDialog.ask(owner.get(), vm.policies().stream().map(AccessPolicy::name).toList()).ifPresent(vm::newPolicy);
        });
        Button importJson = new Button("Import…");
        importJson.setOnAction(e -> importPolicy());
        // A policy like one there is, as a start: "analysts-read-only" for another team. Renaming one in the
        // editor did the same, but nothing said so.
        duplicateButton.setId("policy-duplicate");
        duplicateButton.disableProperty().bind(list.getSelectionModel().selectedItemProperty().isNull());
        duplicateButton.setOnAction(e -> {
            AccessPolicy p = list.getSelectionModel().getSelectedItem();
            NewPolicyDialog.ask(owner.get(), vm.policies().stream().map(AccessPolicy::name).toList(), "Duplicate policy",
                    "Name of the copy of “" + p.name() + "”", vm.copyName(p.name())).ifPresent(n -> vm.duplicate(p, n));
        });
        dev.weft.ui.common.Toolbar.keepWhole(create, importJson, duplicateButton); // the list's column is narrow in a small window
        // Flowing onto two lines in a small window: side by side they held the list 232 px wide, and the
        // editor's tabs beside it were cut to "Simul".
        VBox box = new VBox(8, warning, new javafx.scene.layout.FlowPane(6, 6, create, importJson, duplicateButton), list);
        VBox.setVgrow(list, Priority.ALWAYS);
        box.setPadding(new Insets(8));
        // Room for a policy's name in a 15 px font: left to itself, a narrowed window took all the editor
        // lacked from the list, down to "analysts-re…", while the side pane kept room to spare. The three
        // panes' minimums (205, 300, 245) fit the narrowest window, 760 px.
        box.setMinWidth(205);
        box.disableProperty().bind(vm.stateProperty().isEqualTo(TabViewModel.State.UNAVAILABLE));
        return box;
    }

    private ScrollPane center() {
        name.setId("policy-name");
        name.setOnAction(e -> commitName());
        name.focusedProperty().addListener((o, was, now) -> {
            if (was && !now) {
                commitName();
            }
        });
        Button undo = button("Undo", "policy-undo", () -> bound.undo());
        Button redo = button("Redo", "policy-redo", () -> bound.redo());
        Button add = button("Add statement", "policy-add", () -> bound.addStatement());
        Button export = button("Export…", "policy-export", this::exportPolicy);
        Button curl = button("Copy as curl", "policy-curl", () -> CurlDialog.show(owner.get(), "Apply the policy", vm.curlEnsure()));
        Button apply = button("Apply…", "policy-apply", this::apply);
        apply.getStyleClass().add("accent");
        Button delete = button("Delete…", "policy-delete", this::delete);
        this.applyButton = apply;
        this.undoButton = undo;
        this.redoButton = redo;
        this.deleteButton = delete;
        for (Button b : List.of(undo, redo, add, export, curl, apply, delete)) {
            b.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        }
        Label policyLabel = dev.weft.ui.common.FieldLabel.of("Policy", name);
        policyLabel.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        HBox.setHgrow(name, Priority.ALWAYS);
        // The name gets the header's room (the policy language's one version is in the JSON beside it);
        // Undo and Redo lead the actions, which wrap: beside the name they went past a narrow pane's edge.
        HBox head = new HBox(8, policyLabel, name);
        head.setAlignment(Pos.CENTER_LEFT);
        javafx.scene.layout.FlowPane actions = new javafx.scene.layout.FlowPane(8, 8, undo, redo, add, export, curl, apply, delete);
        Label draftProblem = new Label();
        draftProblem.setId("policy-draft-problem");
        draftProblem.getStyleClass().add("status-error");
        draftProblem.setWrapText(true);
        draftProblem.textProperty().bind(vm.draftProblemProperty());
        draftProblem.managedProperty().bind(draftProblem.textProperty().isNotEmpty());
        draftProblem.visibleProperty().bind(draftProblem.managedProperty());
        editorPane.getChildren().setAll(head, actions, draftProblem, statements);
        editorPane.setPadding(new Insets(10));
        noEditor.getStyleClass().add("placeholder-hint");
        noEditor.setId("policy-no-editor");
        noEditor.setPadding(new Insets(20));
        noEditor.setWrapText(true);
        // On a Kupe profile there is nothing to choose or create: say why, as the other storage tabs do.
        noEditor.textProperty().bind(Bindings.when(vm.stateProperty().isEqualTo(TabViewModel.State.UNAVAILABLE))
                .then(vm.summaryProperty()).otherwise("Choose a policy, or create one."));
        ScrollPane scroll = dev.weft.ui.common.Scrolling.down(noEditor);
        // Room for a statement's name beside Allow and Deny, in a 15 px font too: narrower, they went past
        // the pane's edge and it scrolled sideways.
        scroll.setMinWidth(300);
        this.center = scroll;
        return scroll;
    }

    private ScrollPane center;
    private Button applyButton;
    private Button undoButton;
    private Button redoButton;
    private Button deleteButton;
    private final Button duplicateButton = new Button("Duplicate…");

    private TabPane right() {
        json.setId("policy-json");
        json.setAccessibleText("The policy as JSON");
        json.setPromptText("Choose a policy to see its JSON here, and edit it.");
        json.getStyleClass().add("monospace");
        jsonError.setId("policy-json-error");
        jsonError.setWrapText(true);
        jsonError.getStyleClass().add("status-error");
        VBox jsonBox = new VBox(6, json, jsonError);
        VBox.setVgrow(json, Priority.ALWAYS);
        jsonBox.setPadding(new Insets(6));
        lintTab.setContent(dev.weft.ui.common.Scrolling.down(lint));
        lintTab.setId("policy-lint-tab");
        TabPane tabs = new TabPane(new Tab("JSON", jsonBox), lintTab, new Tab("Simulator", dev.weft.ui.common.Scrolling.down(new PolicySimulator(vm, owner, this::highlight))));
        // Without a minimum, a window narrowed from wide gave the editor its room and this pane none; at
        // this one its three titles are whole in a 15 px font ("Simul" at 200 px: narrower than its titles, the
        // tab row gives 40 px more to its overflow button).
        tabs.setMinWidth(245);
        tabs.setId("policy-side");
        tabs.getTabs().forEach(t -> t.setClosable(false));
        return tabs;
    }

    /** "Lint", or with what it found: "Lint (1 error, 2 warnings)". */
    static String lintTitle(java.util.List<LintFinding> findings) {
        long errors = findings.stream().filter(LintFinding::isError).count();
        long warnings = findings.size() - errors;
        java.util.List<String> found = new java.util.ArrayList<>();
        if (errors > 0) {
            found.add(dev.weft.domain.Sizes.count(errors, "error", "errors"));
        }
        if (warnings > 0) {
            found.add(dev.weft.domain.Sizes.count(warnings, "warning", "warnings"));
        }
        return found.isEmpty() ? "Lint" : "Lint (" + String.join(", ", found) + ")";
    }

    private void bind(PolicyEditor e) {
        if (bound != null) {
            json.textProperty().unbindBidirectional(bound.jsonProperty());
            jsonError.textProperty().unbind();
        }
        bound = e;
        // With no policy chosen there is nothing to edit: text typed into the JSON would go nowhere.
        json.setEditable(e != null);
        if (e == null) {
            center.setContent(noEditor);
            deleteButton.setDisable(true); // nothing to delete: the Delete key and the list's menu say so too
            lint.show(null, () -> null, "Choose a policy to check it.");
            lintTab.textProperty().unbind();
            lintTab.setText("Lint");
            json.setText("");
            return;
        }
        center.setContent(editorPane);
        json.textProperty().bindBidirectional(e.jsonProperty());
        jsonError.textProperty().bind(e.jsonErrorProperty());
        lint.show(e.findings(), e::policy, "No problems found.");
        lintTab.textProperty().bind(Bindings.createStringBinding(() -> lintTitle(e.findings()), e.findings()));
        undoButton.disableProperty().bind(e.canUndoProperty().not());
        redoButton.disableProperty().bind(e.canRedoProperty().not());
        applyButton.disableProperty().bind(Bindings.createBooleanBinding(e::hasErrors, e.findings()));
        deleteButton.setDisable(e.base() == null);
        e.policyProperty().addListener((o, a, p) -> {
            if (bound == e) {
                showPolicy(p);
            }
        });
        showPolicy(e.policy());
    }

    private void showPolicy(AccessPolicy p) {
        if (!name.isFocused()) {
            name.setText(p.name());
        }
        statements.show(bound, p);
    }

    private void highlight(Decision d) {
        statements.highlight(d.deciding().stream().filter(r -> bound != null && r.policy().equals(bound.policy().name()))
                .map(Decision.StatementRef::index).collect(Collectors.toSet()));
    }

    private void commitName() {
        if (bound != null && !name.getText().strip().equals(bound.policy().name())) {
            bound.setName(name.getText().strip());
        }
    }

    private void apply() {
        commitName();
        vm.prepareApply().whenComplete((plan, failure) -> Platform.runLater(() -> {
            if (failure != null) {
                ErrorPresenter.show(owner.get(), "Could not check the policy against the server", failure);
            } else if (plan instanceof PoliciesViewModel.Plan.Conflict c) {
                conflict(c);
            } else if (plan instanceof PoliciesViewModel.Plan.Ready r) {
                confirm(r.diff());
            }
        }));
    }

    private void confirm(List<TextDiff.Line> diff) {
        Dialog<Boolean> d = new Dialog<>();
        d.initOwner(owner.get());
        d.setTitle("Apply policy");
        d.setHeaderText(TextDiff.changed(diff) ? "Apply these changes to “" + bound.policy().name() + "”?" : "Nothing changed.");
        TextArea text = new TextArea(diff.stream().map(TextDiff.Line::toString).collect(Collectors.joining("\n")));
        text.setAccessibleText("The changes, line by line");
        text.setId("apply-diff");
        text.setEditable(false);
        text.getStyleClass().add("monospace");
        text.setPrefRowCount(18);
        text.setPrefColumnCount(70);
        VBox content = new VBox(8, text);
        // Policies are applied by name: a policy renamed in the editor makes (or replaces) the one under its new name,
        // and the one it was opened as stays. Nothing said so, and a rename looked like one.
        String from = bound.key();
        String to = bound.policy().name();
        if (bound.base() != null && !from.equals(to)) {
            boolean replaces = vm.policies().stream().anyMatch(p -> p.name().equals(to));
            Label renamed = new Label("Renamed from “" + from + "”: this " + (replaces ? "replaces the policy “" + to + "”" : "makes a new policy")
                    + ", and “" + from + "” stays as it is (delete it afterwards if the new name is to replace it).");
            renamed.setId("apply-renamed");
            renamed.setWrapText(true);
            renamed.getStyleClass().add("dialog-warning");
            content.getChildren().add(0, renamed);
            dev.weft.ui.common.DialogMessage.attach(d, renamed); // the dialog grows to say it whole
        }
        d.getDialogPane().setContent(content);
        d.getDialogPane().setId("apply-dialog");
        ButtonType go = new ButtonType("Apply", ButtonBar.ButtonData.OK_DONE);
        d.getDialogPane().getButtonTypes().setAll(go, ButtonType.CANCEL);
        d.getDialogPane().lookupButton(go).setId("apply-confirm");
        d.getDialogPane().lookupButton(go).setDisable(!TextDiff.changed(diff));
        d.setResultConverter(b -> b == go);
        d.showAndWait().filter(Boolean::booleanValue).ifPresent(x -> vm.apply().whenComplete((v, failure) -> Platform.runLater(() -> {
            if (failure != null) {
                ErrorPresenter.show(owner.get(), "The policy was not applied; your edits are kept", failure);
            }
        })));
    }

    private void conflict(PoliciesViewModel.Plan.Conflict c) {
        Alert a = new Alert(Alert.AlertType.WARNING);
        a.initOwner(owner.get());
        a.setTitle("Changed on the server");
        a.setHeaderText("“" + bound.key() + "” was changed on the server after you opened it. Nothing was applied.");
        a.setContentText(c.onServer() == null ? "It was deleted there." : "Rebase keeps your edits on top of their version, "
                + "so the next Apply shows the difference from what the server has now.");
        a.getDialogPane().setId("policy-conflict-dialog");
        ButtonType rebase = new ButtonType("Rebase my edits on theirs", ButtonBar.ButtonData.OK_DONE);
        a.getButtonTypes().setAll(rebase, ButtonType.CANCEL);
        a.showAndWait().filter(b -> b == rebase).ifPresent(b -> {
            AccessPolicy mine = bound.policy();
            PolicyEditor fresh = new PolicyEditor(c.onServer(), c.onServer() == null ? mine : c.onServer());
            fresh.replace(mine);
            vm.editorProperty().set(fresh);
        });
    }

    private void delete() {
        String target = bound.key();
        TextInputDialog ask = new TextInputDialog();
        ask.initOwner(owner.get());
        ask.setTitle("Delete policy");
        ask.setHeaderText("Delete the policy “" + target + "”? Type its name to confirm.");
        ask.getDialogPane().setId("policy-delete-dialog");
        ask.getEditor().setId("policy-delete-name");
        ask.getEditor().setAccessibleText("The policy's name, to confirm");
        Button ok = (Button) ask.getDialogPane().lookupButton(ButtonType.OK);
        ok.setId("policy-delete-confirm");
        ok.disableProperty().bind(ask.getEditor().textProperty().isNotEqualTo(target));
        ask.showAndWait().filter(target::equals).ifPresent(n -> vm.delete(target).whenComplete((v, failure) -> Platform.runLater(() -> {
            if (failure != null) {
                ErrorPresenter.show(owner.get(), "The policy was not deleted", failure);
            }
        })));
    }

    private void offerDrafts() {
        List<DraftStore.Draft> pending = vm.pendingDrafts();
        if (!pending.isEmpty()) {
            offerDraft(pending.get(0));
        }
    }

    private void offerDraft(DraftStore.Draft d) {
        Alert a = new Alert(Alert.AlertType.CONFIRMATION);
        a.initOwner(owner.get());
        a.setTitle("Unsaved policy edits");
        a.setHeaderText("You have unsaved edits of “" + d.policy().name() + "” from " + dev.weft.ui.common.Moments.toTheMinute(d.savedAt()) + ".");
        a.setContentText("Resume them, or discard them and use the server's version?");
        a.getDialogPane().setId("draft-dialog");
        ButtonType resume = new ButtonType("Resume", ButtonBar.ButtonData.OK_DONE);
        ButtonType discard = new ButtonType("Discard", ButtonBar.ButtonData.NO);
        a.getButtonTypes().setAll(resume, discard);
        a.getDialogPane().lookupButton(resume).setId("draft-resume");
        a.showAndWait().ifPresent(b -> {
            if (b == resume) {
                vm.resume(d);
            } else {
                vm.discard(d);
            }
        });
    }

    private void importPolicy() {
        FileChooser chooser = new FileChooser();
        chooser.setTitle("Import a policy (JSON)");
        var file = chooser.showOpenDialog(owner.get());
        if (file == null) {
            return;
        }
        vm.work().supply(() -> {
            try {
                return Json.MAPPER.readValue(Files.readString(file.toPath()), AccessPolicy.class);
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException("Not a policy file: " + e.getMessage(), e);
            }
        }).whenComplete((p, failure) -> Platform.runLater(() -> {
            if (failure != null) {
                ErrorPresenter.show(owner.get(), "Could not import " + file.getName(), failure);
            } else if (bound != null) {
                bound.replace(p);
            } else {
                vm.newPolicy(p.name());
                bound.replace(p);
            }
        }));
    }

    private void exportPolicy() {
        FileChooser chooser = new FileChooser();
        chooser.setTitle("Export the policy (JSON)");
        chooser.setInitialFileName(bound.policy().name() + ".json");
        var file = chooser.showSaveDialog(owner.get());
        if (file != null) {
            byte[] text = PolicyEditor.render(bound.policy()).getBytes(StandardCharsets.UTF_8);
            vm.work().supply(() -> {
                try {
                    AtomicFiles.write(file.toPath(), text);
                    return null;
                } catch (java.io.IOException e) {
                    throw new java.io.UncheckedIOException(e);
                }
            }).whenComplete((v, failure) -> {
                if (failure != null) {
                    Platform.runLater(() -> ErrorPresenter.show(owner.get(), "The policy was not exported", failure));
                }
            });
        }
    }

    private static Button button(String text, String id, Runnable action) {
        Button b = new Button(text);
        b.setId(id);
        b.setOnAction(e -> action.run());
        return b;
    }
}
