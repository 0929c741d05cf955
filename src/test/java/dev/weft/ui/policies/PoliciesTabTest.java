package dev.weft.ui.policies;

import dev.weft.testing.Waits;

import dev.weft.api.objectstorage.AccessPolicy;
import dev.weft.ui.shell.ShellFixture;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/** The Policies tab, driven headless against the sandbox. */
@ExtendWith(ApplicationExtension.class)
class PoliciesTabTest {
    private ShellFixture f;
    private PoliciesViewModel vm;

    @Start
    void start(Stage stage) {
        f = new ShellFixture();
        f.open(stage);
        vm = f.shell.viewModel().policies();
    }

    @AfterEach
    void stop() throws Exception {
        FxToolkit.cleanupStages();
        f.close();
    }


    private void openTab(FxRobot robot) {
        robot.press(KeyCode.CONTROL, KeyCode.DIGIT3).release(KeyCode.DIGIT3, KeyCode.CONTROL);
        Waits.fx(() -> vm.policies().size() == 3);
    }

    private void type(FxRobot robot, String id, String text) {
        TextField field = robot.lookup("#" + id).queryAs(TextField.class);
        robot.interact(() -> {
            field.setText(text);
            field.fireEvent(new javafx.event.ActionEvent());
        });
    }

    /** Puts a policy of {@code n} statements ("s0", "s1", …; every fifth a Deny) on the server and opens it in the editor. */
    private AccessPolicy openLongPolicy(FxRobot robot, int n) throws Exception {
        java.util.List<AccessPolicy.Statement> st = new java.util.ArrayList<>();
        for (int i = 0; i < n; i++) {
            st.add(new AccessPolicy.Statement("s" + i, i % 5 == 0 ? "Deny" : "Allow", java.util.List.of("s3:GetObject"),
                    java.util.List.of("models/team" + i + "/*"), java.util.List.of("coreweave/user" + i)));
        }
        AccessPolicy p = new AccessPolicy("v1alpha1", "long-policy", st);
        dev.weft.testing.SandboxFixture.await(f.storageElsewhere().ensurePolicy(p));
        openTab(robot);
        robot.interact(() -> f.shell.viewModel().refreshAll());
        Waits.fx(() -> vm.policies().size() == 4);
        return p;
    }

    private static java.util.List<javafx.scene.Node> cards(FxRobot robot) {
        return java.util.List.copyOf(robot.lookup("#statements").queryAs(javafx.scene.layout.Pane.class).getChildren());
    }

    private static java.util.List<String> cardNames(FxRobot robot) {
        return cards(robot).stream().map(c -> ((TextField) c.lookup(".text-field")).getText()).toList();
    }

    /** A long policy's cards come a batch at a time, the window drawn between, until all are there, in order. */
    @Test
    void aLongPolicysStatementsArriveInBatchesAllInOrder(FxRobot robot) throws Exception {
        AccessPolicy p = openLongPolicy(robot, 40);
        int[] inTheFirstTurn = new int[1];
        robot.interact(() -> {
            vm.open(vm.policies().stream().filter(x -> x.name().equals(p.name())).findFirst().orElseThrow());
            inTheFirstTurn[0] = cards(robot).size();
        });
        assertThat(inTheFirstTurn[0]).as("cards made before the window is drawn again").isBetween(1, StatementCards.BATCH);
        Waits.fx(() -> cards(robot).size() == 40);
        assertThat(cardNames(robot)).isEqualTo(p.statements().stream().map(AccessPolicy.Statement::name).toList());
    }

    /**
     * An edit makes again only the card it changed: every card was made anew at each edit, which held the window
     * ~0.7 s for 100 statements. A statement removed at the top moves all the others up, each card showing its own.
     */
    @Test
    void anEditMakesAgainOnlyTheCardItChanged(FxRobot robot) throws Exception {
        AccessPolicy p = openLongPolicy(robot, 40);
        robot.interact(() -> vm.open(vm.policies().stream().filter(x -> x.name().equals(p.name())).findFirst().orElseThrow()));
        Waits.fx(() -> cards(robot).size() == 40);
        java.util.List<javafx.scene.Node> before = cards(robot);
        robot.interact(() -> robot.lookup("#statement-deny-7").queryAs(javafx.scene.control.ToggleButton.class).fire());
        java.util.List<javafx.scene.Node> after = cards(robot);
        assertThat(after.get(7)).as("the edited statement's card, made again").isNotSameAs(before.get(7));
        assertThat(robot.lookup("#statement-deny-7").queryAs(javafx.scene.control.ToggleButton.class).isSelected()).isTrue();
        for (int i = 0; i < 40; i++) {
            if (i != 7) {
                assertThat(after.get(i)).as("card %d, unchanged", i).isSameAs(before.get(i));
            }
        }
        assertThat(vm.editorProperty().get().policy().statements().get(7).effect()).isEqualTo("Deny");

        robot.interact(() -> robot.lookup("#statement-remove-0").queryButton().fire());
        Waits.fx(() -> cards(robot).size() == 39);
        assertThat(cardNames(robot)).isEqualTo(p.statements().subList(1, 40).stream().map(AccessPolicy.Statement::name).toList());
        robot.interact(() -> robot.lookup("#statement-deny-0").queryAs(javafx.scene.control.ToggleButton.class).fire());
        assertThat(vm.editorProperty().get().policy().statements().get(0).name()).as("the card at the top edits the statement now there").isEqualTo("s1");
        assertThat(vm.editorProperty().get().policy().statements().get(0).effect()).isEqualTo("Deny");
    }

    /** The card's arrow buttons are named on hover (and to a screen reader), their tips made as the pointer comes. */
    @Test
    void aStatementsArrowsAreNamedOnHover(FxRobot robot) {
        openTab(robot);
        robot.interact(() -> robot.lookup("#policy-list").queryAs(javafx.scene.control.ListView.class).getSelectionModel().select(1));
        Button up = robot.lookup("#statement-up-1").queryButton();
        assertThat(up.getAccessibleText()).isEqualTo("Move up");
        robot.moveTo(up);
        Waits.fx(() -> up.getTooltip() != null);
        assertThat(up.getTooltip().getText()).isEqualTo("Move up");
    }

    /** A statement's resources are completed from the organization's buckets as they are typed. */
    @Test
    void resourcesAreCompletedFromTheBucketsNames(FxRobot robot) {
        openTab(robot);
        robot.interact(() -> robot.lookup("#policy-list").queryAs(javafx.scene.control.ListView.class).getSelectionModel().select(1));
        TextField resources = robot.lookup("#statement-resources-0").queryAs(TextField.class);
        robot.clickOn(resources);
        robot.interact(() -> resources.setText("checkpoints, mod"));
        Waits.fx(() -> robot.lookup(".auto-complete-popup .list-cell").tryQuery().isPresent());
        assertThat(robot.lookup(".auto-complete-popup .list-cell").queryAllAs(javafx.scene.control.ListCell.class).stream()
                .map(javafx.scene.control.ListCell::getText).filter(java.util.Objects::nonNull).toList())
                .as("the entry after the last comma completed, the ones before kept")
                .contains("checkpoints, models", "checkpoints, models/*");
        // The popup's height is made for 24 px rows: in the theme's taller ones two suggestions showed one and a
        // half, behind a scroll bar.
        javafx.scene.control.ListView<?> suggestions = robot.lookup(".auto-complete-popup > .list-view").queryAs(javafx.scene.control.ListView.class);
        assertThat(Waits.settled(() -> suggestions.lookupAll(".scroll-bar").stream()
                .filter(b -> ((javafx.scene.control.ScrollBar) b).getOrientation() == javafx.geometry.Orientation.VERTICAL)
                .anyMatch(javafx.scene.Node::isVisible), shown -> !shown)).as("a scroll bar for %d suggestions", suggestions.getItems().size())
                .isFalse();
    }

    @Test
    void theListShowsEachPolicysSummaryBeyondItsFirstWord(FxRobot robot) {
        openTab(robot);
        // What is drawn, not the label's text: a wrapped summary was cut to "2 statements: Allow ..." in the list.
        String beyondItsFirstWord = "\\d statements?: (Allow|Deny) \\S{4,}.*";
        java.util.List<String> drawn = Waits.settled(() -> robot.lookup("#policy-list .placeholder-hint .text").queryAll().stream()
                .map(t -> ((javafx.scene.text.Text) t).getText()).toList(),
                texts -> texts.size() == 3 && texts.stream().allMatch(t -> t.matches(beyondItsFirstWord)));
        assertThat(drawn).hasSize(3).allSatisfy(text -> assertThat(text).matches(beyondItsFirstWord));
    }

    /** A refresh, by hand or the auto refresh's, leaves the policy being edited and its unsaved changes as they are. */
    @Test
    void aRefreshKeepsThePolicyBeingEditedWithItsChanges(FxRobot robot) {
        openTab(robot);
        robot.interact(() -> robot.lookup("#policy-list").queryAs(javafx.scene.control.ListView.class).getSelectionModel().select(1));
        Waits.fx(() -> robot.lookup("#statement-name-1").tryQuery().isPresent());
        PolicyEditor editing = vm.editorProperty().get();
        robot.interact(() -> editing.addStatement());
        type(robot, "statement-actions-2", "s3:PutObject");
        var before = f.shell.viewModel().lastRefreshProperty().get();
        robot.interact(() -> f.shell.viewModel().refreshAll());
        Waits.fx(() -> f.shell.viewModel().lastRefreshProperty().get() != before);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(vm.editorProperty().get()).as("the same editor, not the policy opened afresh").isSameAs(editing);
        assertThat(editing.policy().statements()).hasSize(3);
        assertThat(robot.lookup("#statement-actions-2").queryAs(TextField.class).getText()).isEqualTo("s3:PutObject");
        assertThat(robot.lookup("#policy-list").queryAs(javafx.scene.control.ListView.class).getSelectionModel().getSelectedIndex())
                .as("still chosen in the list").isEqualTo(1);
    }

    @Test
    void aStatementsNameIsShownWhole(FxRobot robot) {
        openTab(robot);
        robot.interact(() -> robot.lookup("#policy-list").queryAs(javafx.scene.control.ListView.class).getSelectionModel().select(0));
        Waits.fx(() -> robot.lookup("#statement-name-0").tryQuery().isPresent());
        TextField name = robot.lookup("#statement-name-0").queryAs(TextField.class);
        assertThat(name.getText()).isEqualTo("admins-do-everything");
        javafx.scene.text.Text text = new javafx.scene.text.Text(name.getText());
        text.setFont(name.getFont());
        double needed = text.getLayoutBounds().getWidth();
        assertThat(Waits.settled(name::getWidth, w -> w > needed)).as("squeezed beside the card's tools it showed three letters")
                .isGreaterThan(needed);
    }

    @Test
    void tabbingOnFromAnEditedFieldKeepsTheKeyboardInTheStatement(FxRobot robot) {
        openTab(robot);
        robot.interact(() -> robot.lookup("#policy-list").queryAs(javafx.scene.control.ListView.class).getSelectionModel().select(1));
        Waits.fx(() -> robot.lookup("#statement-actions-0").tryQuery().isPresent());
        robot.clickOn("#statement-actions-0").press(KeyCode.END).release(KeyCode.END).write(", s3:GetObject");
        // Leaving the field commits it as one edit, and the cards are drawn again from the policy: the field
        // the Tab key had just moved to was gone, and the keyboard landed on the window's first control.
        robot.press(KeyCode.TAB).release(KeyCode.TAB);
        Waits.fx(() -> vm.editorProperty().get().policy().statements().get(0).actions().contains("s3:GetObject"));
        javafx.scene.Node focused = robot.lookup("#statement-actions-0").query().getScene().getFocusOwner();
        assertThat(focused.getId()).as("where the Tab key went").isEqualTo("statement-pick-0");
        robot.press(KeyCode.TAB).release(KeyCode.TAB).write("datasets");
        robot.press(KeyCode.TAB).release(KeyCode.TAB);
        Waits.fx(() -> vm.editorProperty().get().policy().statements().get(0).resources().equals(java.util.List.of("datasets")));
        assertThat(robot.lookup("#statement-actions-0").query().getScene().getFocusOwner().getId()).isEqualTo("statement-principals-0");

        // Moved down from the keyboard, the statement takes the keyboard with it: pressed again, it would have
        // moved the other one back.
        robot.interact(() -> robot.lookup("#statement-down-0").query().requestFocus());
        assertThat(robot.lookup("#statement-down-0").query().getAccessibleText()).as("what a screen reader says of ↓")
                .isEqualTo("Move down");
        robot.press(KeyCode.SPACE).release(KeyCode.SPACE);
        Waits.fx(() -> vm.editorProperty().get().policy().statements().get(1).name().equals("list-buckets"));
        assertThat(robot.lookup("#statement-actions-0").query().getScene().getFocusOwner().getId()).isEqualTo("statement-down-1");
    }

    @Test
    void theLintTabSaysHowManyProblemsKeepApplyDisabled(FxRobot robot) {
        openTab(robot);
        robot.interact(() -> robot.lookup("#policy-list").queryAs(javafx.scene.control.ListView.class).getSelectionModel().select(1));
        Waits.fx(() -> robot.lookup("#statement-actions-0").tryQuery().isPresent());
        javafx.scene.control.TabPane side = robot.lookup("#policy-side").queryAs(javafx.scene.control.TabPane.class);
        javafx.scene.control.Tab lintTab = side.getTabs().get(1);
        String clean = lintTab.getText();
        assertThat(clean).as("a policy as the server keeps it").doesNotContain("error");
        type(robot, "statement-actions-0", "");
        Waits.fx(() -> lintTab.getText().matches("Lint \\(1 error.*\\)"));
        assertThat(robot.lookup("#policy-apply").queryButton().isDisabled()).isTrue();
        String statement = vm.editorProperty().get().policy().statements().get(0).name();
        assertThat(robot.lookup("#policy-lint .label").queryAllAs(Label.class)).extracting(Label::getText)
                .as("the place named as the editor shows it, not as the request's path")
                .contains("Error: Statement 1 (“" + statement + "”), actions: needs at least one entry");
        type(robot, "statement-actions-0", "s3:ListAllMyBuckets");
        Waits.fx(() -> lintTab.getText().equals(clean));
    }

    /** A list's cells cut a finding of four lines to two, ending in "…". */
    @Test
    void aLongFindingIsShownWholeInTheLintTab(FxRobot robot) {
        openTab(robot);
        robot.interact(() -> vm.meProperty().set("coreweave/an-analyst-who-may-not-change-policies"));
        robot.interact(() -> robot.lookup("#policy-list").queryAs(javafx.scene.control.ListView.class).getSelectionModel().select(1));
        Waits.fx(() -> robot.lookup("#statement-actions-0").tryQuery().isPresent());
        javafx.scene.control.TabPane side = robot.lookup("#policy-side").queryAs(javafx.scene.control.TabPane.class);
        robot.interact(() -> side.getSelectionModel().select(1));
        java.util.function.Supplier<java.util.Optional<javafx.scene.control.Labeled>> finding = () -> robot.lookup("#policy-lint")
                .queryAs(javafx.scene.Parent.class).lookupAll("*").stream()
                .filter(n -> n instanceof javafx.scene.control.Labeled l && l.getText() != null && l.getText().contains("would no longer be allowed"))
                .map(javafx.scene.control.Labeled.class::cast).findFirst();
        Waits.fx(() -> finding.get().isPresent());
        javafx.scene.control.Labeled shown = finding.get().orElseThrow();
        String drawn = Waits.settled(() -> robot.from(shown).lookup(".text").queryAs(javafx.scene.text.Text.class).getText(),
                t -> t.equals(shown.getText()));
        assertThat(drawn).as("drawn whole, on as many lines as it takes").isEqualTo(shown.getText());
        assertThat(shown.getHeight()).as("more than two lines at this width").isGreaterThan(3 * shown.getFont().getSize());
    }

    @Test
    void thePolicysNameIsShownWholeInTheEditorsHeader(FxRobot robot) {
        openTab(robot);
        robot.interact(() -> robot.lookup("#policy-list").queryAs(javafx.scene.control.ListView.class).getSelectionModel().select(1));
        TextField name = robot.lookup("#policy-name").queryAs(TextField.class);
        Waits.fx(() -> "analysts-read-only".equals(name.getText()));
        javafx.scene.text.Text text = new javafx.scene.text.Text(name.getText());
        text.setFont(name.getFont());
        double needed = text.getLayoutBounds().getWidth();
        // The header held a constant "version v1alpha1" too, and the name showed as "analysts-read-c".
        assertThat(Waits.settled(() -> name.getWidth() - name.snappedLeftInset() - name.snappedRightInset(), w -> w > needed))
                .as("room for the name's text inside the field").isGreaterThan(needed);
    }

    @Test
    void inTheListDeleteAsksToDeleteTheChosenPolicyAndCtrlCCopiesItsName(FxRobot robot) {
        openTab(robot);
        javafx.scene.control.ListView<?> list = robot.lookup("#policy-list").queryAs(javafx.scene.control.ListView.class);
        robot.clickOn(list); // focused, nothing chosen yet: Delete has nothing to act on
        robot.press(KeyCode.DELETE).release(KeyCode.DELETE);
        org.testfx.util.WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#policy-delete-dialog").tryQuery()).isEmpty();

        java.util.Map<String, Boolean> items = dev.weft.testing.ContextMenus.rightClick(robot, robot.from(list).lookup(".list-cell")
                        .queryAllAs(javafx.scene.control.ListCell.class).stream().filter(c -> c.getItem() instanceof dev.weft.api.objectstorage.AccessPolicy p
                                && p.name().equals("protect-audit-logs")).findFirst().orElseThrow(),
                list);
        Waits.fx(() -> vm.editorProperty().get() != null && "protect-audit-logs".equals(vm.editorProperty().get().key()));
        assertThat(items).containsEntry("Delete…", true).containsEntry("Copy name", true);
        robot.press(KeyCode.CONTROL, KeyCode.C).release(KeyCode.C, KeyCode.CONTROL);
        assertThat(org.testfx.util.WaitForAsyncUtils.waitForAsyncFx(5000, () -> javafx.scene.input.Clipboard.getSystemClipboard().getString()))
                .isEqualTo("protect-audit-logs");
        robot.press(KeyCode.DELETE).release(KeyCode.DELETE);
        Waits.fx(() -> robot.lookup("#policy-delete-dialog").tryQuery().isPresent());
        assertThat(robot.lookup("#policy-delete-dialog").queryAs(javafx.scene.control.DialogPane.class).getHeaderText())
                .contains("protect-audit-logs");
        robot.clickOn("Cancel");
        assertThat(vm.policies()).as("nothing deleted without the typed name").hasSize(3);
    }

    /** A policy copied under a new name, as the start of another: applied, both are there, the first unchanged. */
    @Test
    void aPolicyIsDuplicatedUnderANewNameAndTheOriginalStays(FxRobot robot) {
        openTab(robot);
        Button duplicate = robot.lookup("#policy-duplicate").queryButton();
        assertThat(duplicate.isDisabled()).as("no policy chosen").isTrue();
        AccessPolicy original = vm.policies().stream().filter(p -> p.name().equals("analysts-read-only")).findFirst().orElseThrow();
        javafx.scene.control.ListView<?> list = robot.lookup("#policy-list").queryAs(javafx.scene.control.ListView.class);
        java.util.Map<String, Boolean> items = dev.weft.testing.ContextMenus.rightClick(robot, robot.from(list).lookup(".list-cell")
                .queryAllAs(javafx.scene.control.ListCell.class).stream().filter(c -> c.getItem() == original).findFirst().orElseThrow(), list);
        assertThat(items).as("the row's menu offers it").containsEntry("Duplicate…", true);
        robot.clickOn(duplicate);
        Waits.fx(() -> robot.lookup("#new-policy").tryQuery().isPresent());
        assertThat(robot.lookup("#new-policy").queryAs(javafx.scene.control.DialogPane.class).getHeaderText())
                .isEqualTo("Name of the copy of “analysts-read-only”");
        assertThat(robot.lookup("#new-policy-name").queryAs(TextField.class).getText()).isEqualTo("analysts-read-only-copy");
        robot.interact(() -> robot.lookup("#new-policy-name").queryAs(TextField.class).setText("org-admins"));
        assertThat(robot.lookup("#new-policy-create").queryButton().isDisabled()).as("a name the list has").isTrue();
        robot.interact(() -> robot.lookup("#new-policy-name").queryAs(TextField.class).setText("analysts-read-only-copy"));
        robot.clickOn("#new-policy-create");
        Waits.fx(() -> vm.editorProperty().get() != null && "analysts-read-only-copy".equals(vm.editorProperty().get().policy().name()));
        assertThat(vm.editorProperty().get().policy().statements()).isEqualTo(original.statements());
        assertThat(list.getSelectionModel().getSelectedItem()).as("the original no longer marked as the one edited").isNull();
        robot.clickOn("#policy-apply");
        Waits.fx(() -> robot.lookup("#apply-dialog").tryQuery().isPresent());
        assertThat(robot.lookup("#apply-diff").queryAs(TextArea.class).getText()).as("a new policy: every line added")
                .contains("+   \"name\" : \"analysts-read-only-copy\"").doesNotContain("-   ");
        robot.clickOn("#apply-confirm");
        Waits.fx(() -> vm.policies().stream().anyMatch(p -> p.name().equals("analysts-read-only-copy")));
        assertThat(vm.policies()).hasSize(4).contains(original);
        assertThat(vm.copyName("analysts-read-only")).as("the next copy's name").isEqualTo("analysts-read-only-copy-2");
    }

    /** A policy renamed in the editor makes another at Apply, and the one opened stays: the question says so. */
    @Test
    void applyingARenamedPolicySaysTheOriginalStays(FxRobot robot) {
        openTab(robot);
        robot.interact(() -> vm.open(vm.policies().stream().filter(p -> p.name().equals("analysts-read-only")).findFirst().orElseThrow()));
        TextField name = robot.lookup("#policy-name").queryAs(TextField.class);
        robot.interact(() -> {
            name.setText("org-admins");
            name.fireEvent(new javafx.event.ActionEvent());
        });
        robot.clickOn("#policy-apply");
        Waits.fx(() -> robot.lookup("#apply-dialog").tryQuery().isPresent());
        assertThat(robot.lookup("#apply-renamed").queryAs(Label.class).getText()).isEqualTo("Renamed from “analysts-read-only”: "
                + "this replaces the policy “org-admins”, and “analysts-read-only” stays as it is (delete it afterwards if the new "
                + "name is to replace it).");
        javafx.scene.Node pane = robot.lookup("#apply-dialog").query();
        assertThat(Waits.settled(() -> dev.weft.testing.CutWords.in(pane), java.util.List::isEmpty)).as("said whole").isEmpty();
        robot.clickOn("Cancel");

        robot.interact(() -> {
            name.setText("analysts-v2");
            name.fireEvent(new javafx.event.ActionEvent());
        });
        robot.clickOn("#policy-apply");
        Waits.fx(() -> robot.lookup("#apply-dialog").tryQuery().isPresent());
        assertThat(robot.lookup("#apply-renamed").queryAs(Label.class).getText()).contains("this makes a new policy");
        robot.clickOn("Cancel");

        robot.interact(() -> vm.open(vm.policies().stream().filter(p -> p.name().equals("org-admins")).findFirst().orElseThrow()));
        robot.interact(() -> vm.editorProperty().get().setName("org-admins")); // not renamed: nothing to say
        robot.clickOn("#policy-apply");
        Waits.fx(() -> robot.lookup("#apply-dialog").tryQuery().isPresent());
        assertThat(robot.lookup("#apply-renamed").tryQuery()).isEmpty();
        robot.clickOn("Cancel");
    }

    @Test
    void theJsonCanBeTypedOnlyWhenAPolicyIsChosen(FxRobot robot) {
        openTab(robot);
        TextArea json = robot.lookup("#policy-json").queryAs(TextArea.class);
        assertThat(json.isEditable()).as("typed text would go nowhere").isFalse();
        robot.interact(() -> robot.lookup("#policy-list").queryAs(javafx.scene.control.ListView.class).getSelectionModel().select(0));
        Waits.fx(() -> json.getText().contains("\"name\""));
        assertThat(json.isEditable()).isTrue();
    }

    @Test
    void simulatorQuestionsComeFromAFileAreAnsweredAndAFileThatIsNotTextIsSaidSo(FxRobot robot, @org.junit.jupiter.api.io.TempDir java.nio.file.Path dir)
            throws Exception {
        openTab(robot);
        PolicySimulator view = robot.lookup("#policy-simulator").queryAs(PolicySimulator.class);
        TextArea batch = robot.lookup("#sim-batch").queryAs(TextArea.class);
        java.nio.file.Path good = java.nio.file.Files.writeString(dir.resolve("questions.csv"),
                "principal,action,resource\ncoreweave/a,s3:GetObject,datasets\n");
        robot.interact(() -> view.importQuestions(good));
        Waits.fx(() -> batch.getText().contains("coreweave/a,s3:GetObject,datasets"));
        robot.interact(() -> robot.lookup("#sim-batch-run").queryButton().fire()); // below the fold of the simulator's pane
        TextArea results = robot.lookup("#sim-batch-result").queryAs(TextArea.class);
        Waits.fx(() -> results.getText().contains("coreweave/a,s3:GetObject,datasets,"));
        assertThat(robot.lookup("#sim-batch-summary").queryAs(Label.class).getText()).isEqualTo("1 question answered, 0 changed by the draft.");

        java.nio.file.Path binary = java.nio.file.Files.write(dir.resolve("photo.csv"), new byte[]{(byte) 0xff, (byte) 0xd8, (byte) 0xff, 0});
        robot.interact(() -> view.importQuestions(binary));
        Waits.fx(() -> robot.lookup("#error-dialog").tryQuery().isPresent());
        assertThat(robot.lookup("#error-dialog .header-panel .label").queryAs(Label.class).getText()).contains("photo.csv");
        assertThat(robot.lookup("#error-dialog .content").queryAs(Label.class).getText()).isEqualTo("The file is not text in UTF-8.");
        assertThat(batch.getText()).as("what the box held is kept").contains("coreweave/a,s3:GetObject,datasets");
        robot.interact(() -> robot.lookup("#error-dialog").query().getScene().getWindow().hide());

        // Tab moves on from the questions, as from any field, rather than typing a tab into one.
        robot.clickOn("Simulator");
        robot.interact(batch::requestFocus);
        Waits.fx(batch::isFocused);
        robot.press(javafx.scene.input.KeyCode.TAB).release(javafx.scene.input.KeyCode.TAB);
        assertThat(Waits.settled(() -> batch.getScene().getFocusOwner(), o -> o != batch)).isNotSameAs(batch);
        assertThat(batch.getText()).doesNotContain("\t");
    }

    @Test
    void buildAPolicyVisuallySeeItsJsonLintItApplyWithADiffAndSimulate(FxRobot robot) {
        openTab(robot);
        javafx.application.Platform.runLater(() -> robot.lookup("#policy-new").queryButton().fire());
        Waits.fx(() -> robot.lookup("#new-policy").tryQuery().isPresent());
        TextField name = robot.lookup("#new-policy-name").queryAs(TextField.class);
        Button create = robot.lookup("#new-policy-create").queryButton();
        // A "new" policy under a taken name would have replaced that policy at Apply; the form said nothing.
        robot.interact(() -> name.setText("org-admins"));
        assertThat(create.isDisabled()).as("a name the list has").isTrue();
        assertThat(robot.lookup("#new-policy .label").queryAllAs(Label.class)).as("the form says why")
                .anyMatch(l -> l.isVisible() && l.getText().contains("taken by a policy in the list"));
        javafx.scene.Node pane = robot.lookup("#new-policy").query();
        assertThat(Waits.settled(() -> dev.weft.testing.CutWords.in(pane), java.util.List::isEmpty)).as("the dialog grows to say it whole").isEmpty();
        robot.interact(() -> name.setText("my uploads"));
        assertThat(create.isDisabled()).as("a space, which the server refuses").isTrue();
        robot.interact(() -> name.setText("uploads"));
        assertThat(create.isDisabled()).isFalse();
        robot.clickOn(create);
        Waits.fx(() -> robot.lookup("#statement-0").tryQuery().isPresent());
        assertThat(vm.editorProperty().get().policy().name()).isEqualTo("uploads");
        type(robot, "statement-actions-0", "s3:PutObject, s3:GetObject");
        type(robot, "statement-resources-0", "datasets/uploads/*");
        type(robot, "statement-principals-0", "coreweave/ueqXfgRCYGqptEXAMPLE1");
        String json = robot.lookup("#policy-json").queryAs(TextArea.class).getText();
        assertThat(json).contains("\"name\" : \"uploads\"").contains("\"s3:PutObject\"").contains("\"datasets/uploads/*\"");

        type(robot, "statement-actions-0", "cwobject:CreateAccessKey");
        Button apply = robot.lookup("#policy-apply").queryButton();
        assertThat(apply.isDisabled()).as("lint blocks a cwobject action on a bucket").isTrue();
        assertThat(vm.editorProperty().get().findings()).anyMatch(x -> x.isError() && x.message().contains("whole organization"));
        robot.interact(() -> vm.editorProperty().get().undo());
        assertThat(apply.isDisabled()).isFalse();

        robot.clickOn(apply);
        Waits.fx(() -> robot.lookup("#apply-dialog").tryQuery().isPresent());
        assertThat(robot.lookup("#apply-diff").queryAs(TextArea.class).getText()).contains("+   \"name\" : \"uploads\"");
        robot.clickOn("#apply-confirm");
        Waits.fx(() -> vm.policies().stream().anyMatch(p -> p.name().equals("uploads")));

        robot.clickOn("Simulator");
        javafx.scene.Node check = robot.lookup("#sim-run").query();
        Label batch = robot.from(check.getParent()).lookup(".label").queryAllAs(Label.class).stream()
                .filter(l -> "Batch".equals(l.getText())).findFirst().orElseThrow();
        double gap = Waits.settled(() -> batch.getBoundsInParent().getMinY() - check.getBoundsInParent().getMaxY(), g -> g <= 10);
        assertThat(gap).as("blank between Check and Batch before any answer").isLessThanOrEqualTo(10);
        robot.interact(() -> {
            robot.lookup("#sim-principal").queryAs(TextField.class).setText("coreweave/ueqXfgRCYGqptEXAMPLE1");
            robot.lookup("#sim-action").queryAs(TextField.class).setText("s3:PutObject");
            robot.lookup("#sim-resource").queryAs(TextField.class).setText("datasets/uploads/a.bin");
        });
        robot.clickOn("#sim-run");
        assertThat(robot.lookup("#sim-server").queryAs(Label.class).getText()).contains("Allowed by uploads/statement-1");
        type(robot, "statement-principals-0", "coreweave/someone-else");
        robot.clickOn("#sim-run");
        assertThat(robot.lookup("#sim-draft").queryAs(Label.class).getText()).contains("Denied").contains("changes with the draft");
    }

    /** The simulator's answers were another organization's after a switch of profile: cleared, the questions kept. */
    @Test
    void theSimulatorsAnswersGoWithTheProfileTheyWereFor(FxRobot robot) {
        openTab(robot);
        robot.clickOn("Simulator");
        robot.interact(() -> {
            robot.lookup("#sim-action").queryAs(TextField.class).setText("s3:GetObject");
            robot.lookup("#sim-resource").queryAs(TextField.class).setText("datasets/a.bin");
            robot.lookup("#sim-batch").queryAs(TextArea.class).setText("coreweave/someone, s3:GetObject, models/a.bin");
        });
        robot.clickOn("#sim-run");
        Label server = robot.lookup("#sim-server").queryAs(Label.class);
        assertThat(server.getText()).startsWith("On the server: ");
        robot.interact(() -> robot.lookup("#sim-batch").queryAs(TextArea.class).getParent().lookupAll(".button").stream()
                .map(Button.class::cast).filter(b -> b.getText().equals("Run all")).findFirst().orElseThrow().fire());
        TextArea results = robot.lookup("#sim-batch-result").queryAs(TextArea.class);
        Waits.fx(() -> !results.getText().isEmpty());

        var shell = f.shell.viewModel();
        var kupe = shell.profiles().stream().filter(p -> p.name().equals("Sandbox (Kupe)")).findFirst().orElseThrow();
        robot.interact(() -> shell.switchTo(kupe));
        Waits.fx(() -> vm.stateProperty().get() == dev.weft.ui.tabs.TabViewModel.State.UNAVAILABLE);
        assertThat(server.getText()).as("the last organization's answer").isEmpty();
        assertThat(robot.lookup("#sim-draft").queryAs(Label.class).getText()).isEmpty();
        assertThat(results.getText()).as("the last organization's batch answers").isEmpty();
        assertThat(robot.lookup("#sim-resource").queryAs(TextField.class).getText()).as("the question, kept").isEqualTo("datasets/a.bin");
        assertThat(robot.lookup("#sim-batch").queryAs(TextArea.class).getText()).isEqualTo("coreweave/someone, s3:GetObject, models/a.bin");
    }

    @Test
    void invalidJsonIsShownAndTheVisualEditorKeepsItsState(FxRobot robot) {
        openTab(robot);
        robot.interact(() -> robot.lookup("#policy-list").queryAs(javafx.scene.control.ListView.class).getSelectionModel().select(0));
        Waits.fx(() -> vm.editorProperty().get() != null);
        TextArea json = robot.lookup("#policy-json").queryAs(TextArea.class);
        robot.interact(() -> json.setText("{ broken"));
        assertThat(robot.lookup("#policy-json-error").queryAs(Label.class).getText()).contains("Not valid JSON");
        assertThat(robot.lookup("#statement-0").tryQuery()).isPresent();
        assertThat(vm.editorProperty().get().policy().name()).isEqualTo("org-admins");
    }

    @Test
    void theEditsOfTheLastSecondsAreKeptWhenWeftCloses(FxRobot robot) throws Exception {
        openTab(robot);
        AccessPolicy admins = vm.policies().get(0);
        String profile = f.shell.viewModel().activeProperty().get().id();
        robot.interact(() -> {
            vm.open(admins);
            vm.editorProperty().get().addStatement();
            f.shell.saveNow(); // as WeftApp.stop does, before the autosave's next turn
        });
        assertThat(new dev.weft.service.DraftStore(f.configDir).list(profile)).singleElement()
                .satisfies(d -> assertThat(d.policy().statements()).hasSize(admins.statements().size() + 1));
    }

    @Test
    void aDraftLeftBehindIsOfferedBackAfterARestart(FxRobot robot) throws Exception {
        openTab(robot);
        AccessPolicy admins = vm.policies().get(0);
        robot.interact(() -> {
            vm.open(admins);
            vm.editorProperty().get().addStatement();
        });
        vm.autosave().get(5, TimeUnit.SECONDS);

        // A new window on the same config dir, as after a crash: the draft is offered back.
        robot.interact(() -> {
            Stage second = new Stage();
            f.open(second);
        });
        PoliciesViewModel again = f.shell.viewModel().policies();
        robot.press(KeyCode.CONTROL, KeyCode.DIGIT3).release(KeyCode.DIGIT3, KeyCode.CONTROL);
        Waits.fx(() -> robot.lookup("#draft-dialog").tryQuery().isPresent());
        assertThat(robot.lookup("#draft-dialog").queryAs(javafx.scene.control.DialogPane.class).getHeaderText())
                .as("when, in the local time the tables use").matches("You have unsaved edits of “org-admins” from \\d{4}-\\d\\d-\\d\\d \\d\\d:\\d\\d\\.");
        robot.clickOn("#draft-resume");
        Waits.fx(() -> again.editorProperty().get() != null);
        assertThat(again.editorProperty().get().policy().statements()).hasSize(2);
    }
}
