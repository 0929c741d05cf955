package dev.weft.ui.accesskeys;

import dev.weft.testing.Waits;

import dev.weft.api.objectstorage.AccessKeyInfo;
import dev.weft.ui.shell.ShellFixture;
import javafx.scene.control.Button;
import javafx.scene.control.DialogPane;
import javafx.scene.control.Label;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.input.Clipboard;
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


import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The Access Keys tab, driven headless against the sandbox. */
@ExtendWith(ApplicationExtension.class)
class AccessKeysTabTest {
    private ShellFixture f;
    private AccessKeysViewModel vm;
    private Stage stage;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        f = new ShellFixture();
        f.open(stage);
        vm = f.shell.viewModel().accessKeys();
        SecretDialog.clearClipboardAfter = javafx.util.Duration.millis(500);
    }

    @AfterEach
    void stop() throws Exception {
        FxToolkit.cleanupStages();
        f.close();
    }


    private KeyItem item(String id) {
        return vm.items().stream().filter(i -> i.id().equals(id)).findFirst().orElse(null);
    }

    private void openTab(FxRobot robot) {
        robot.press(KeyCode.CONTROL, KeyCode.DIGIT2).release(KeyCode.DIGIT2, KeyCode.CONTROL);
        Waits.fx(() -> vm.items().size() == 12);
    }

    /**
     * The key's ID is what a person reads a row by: in a narrow window (1,024 px, a desktop's 15-px font) it is the
     * longer principal that gives up room, not the ID ("CWSANDBOXADMIN…").
     */
    @Test
    void keyIdsAreReadWholeInANarrowWindow(FxRobot robot) {
        openTab(robot);
        robot.interact(() -> stage.getScene().getStylesheets().add(dev.weft.testing.DesktopFont.STYLESHEET));
        robot.interact(() -> stage.setWidth(1024));
        TableView<KeyItem> table = robot.lookup("#keys-table").queryTableView();
        // Each shown ID cell as "its text -> as drawn" (the skin draws "CWSANDBOXADM..." where there is no room).
        java.util.concurrent.Callable<java.util.List<String>> drawnIds = () -> table.lookupAll(".table-cell").stream()
                .filter(n -> n instanceof TableCell<?, ?> c && c.getTableColumn() == table.getColumns().get(0) && !c.isEmpty())
                .map(n -> ((TableCell<?, ?>) n).getText() + " -> " + ((javafx.scene.text.Text) n.lookup(".text")).getText()).toList();
        java.util.function.Predicate<String> whole = t -> t.split(" -> ")[0].equals(t.split(" -> ")[1]);
        java.util.List<String> ids = Waits.settled(drawnIds, drawn -> !drawn.isEmpty() && drawn.stream().allMatch(whole));
        assertThat(ids).as("the IDs as drawn").isNotEmpty().allMatch(whole);
    }

    @Test
    void attributeLinesThatWouldBeLostAreSaidAndTheKeyWaitsForThem(FxRobot robot) {
        openTab(robot);
        robot.clickOn("#key-create");
        Waits.fx(() -> robot.lookup("#create-key").tryQuery().isPresent());
        javafx.scene.control.TextArea lines = robot.lookup("#create-key .text-area").queryAs(javafx.scene.control.TextArea.class);
        dev.weft.ui.common.RuleForm form = (dev.weft.ui.common.RuleForm) robot.lookup("#create-key").queryAs(DialogPane.class)
                .getProperties().get(dev.weft.ui.common.RuleForm.class);
        java.util.concurrent.Callable<String> said = () -> form.validation().getValidationResult().getMessages().stream()
                .filter(m -> m.getTarget() == lines).map(org.controlsfx.validation.ValidationMessage::getText).findFirst().orElse("");
        Button create = robot.lookup("#create-key-submit").queryButton();

        robot.interact(() -> {
            robot.lookup("#key-name").queryAs(TextField.class).setText("laptop");
            lines.setText("team=ml\nname=other");
        });
        assertThat(WaitForAsyncUtils.waitForAsyncFx(5000, said)).as("the Name field's value would have been replaced")
                .contains("the name is given in Name above");
        assertThat(create.isDisabled()).isTrue();
        robot.interact(() -> lines.setText("team=ml\nteam=infra"));
        assertThat(WaitForAsyncUtils.waitForAsyncFx(5000, said)).as("the first team would have been dropped").contains("team is given twice");
        robot.interact(() -> lines.setText("team=ml\ngpu"));
        assertThat(WaitForAsyncUtils.waitForAsyncFx(5000, said)).contains("key=value (not \"gpu\")");
        assertThat(create.isDisabled()).isTrue();
        robot.interact(() -> lines.setText("team=ml\ngpu=\n"));
        assertThat(WaitForAsyncUtils.waitForAsyncFx(5000, said)).as("an empty value is a value").isEmpty();
        assertThat(create.isDisabled()).isFalse();

        // Tab moves on from the lines as from any field, and Shift+Tab back; no tab is typed into them.
        robot.clickOn(lines);
        robot.press(KeyCode.TAB).release(KeyCode.TAB);
        assertThat(Waits.settled(() -> lines.getScene().getFocusOwner(), o -> o != lines)).isNotSameAs(lines);
        robot.clickOn(lines);
        robot.press(KeyCode.SHIFT, KeyCode.TAB).release(KeyCode.TAB, KeyCode.SHIFT);
        TextField name = robot.lookup("#key-name").queryAs(TextField.class);
        assertThat(Waits.settled(() -> lines.getScene().getFocusOwner(), o -> o == name)).as("back to the field above").isSameAs(name);
        assertThat(lines.getText()).doesNotContain("\t");
    }

    @Test
    void aTemporaryKeysSecretIsShownOnceAndItsRowAppears(FxRobot robot) {
        openTab(robot);
        // The font a desktop here draws in, which the dialogs opened from the window take too.
        robot.interact(() -> robot.lookup("#key-create").query().getScene().getStylesheets().add(dev.weft.testing.DesktopFont.STYLESHEET));
        robot.interact(() -> robot.lookup("#key-create").query().getScene().getWindow().setHeight(620));
        robot.clickOn("#key-create");
        Waits.fx(() -> robot.lookup("#create-key").tryQuery().isPresent());
        // Typing starts in the name, the first field one can type in (it started on the Lifetime choice)
        javafx.scene.Node nameField = robot.lookup("#key-name").query();
        assertThat(Waits.settled(() -> nameField.getScene().getFocusOwner(), owner -> owner == nameField))
                .as("where the keyboard is as the form opens").isSameAs(nameField);
        robot.clickOn("#key-name").write("from-test");
        robot.clickOn("#create-key-submit");
        Waits.fx(() -> robot.lookup("#secret-dialog").tryQuery().isPresent());
        String id = robot.lookup("#secret-key-id").queryAs(TextField.class).getText();
        String secret = robot.lookup("#secret-value").queryAs(TextField.class).getText();
        assertThat(secret).startsWith("cwo");
        TextField secretField = robot.lookup("#secret-value").queryAs(TextField.class);
        javafx.scene.text.Text drawn = new javafx.scene.text.Text(secret);
        drawn.setFont(secretField.getFont());
        double needed = drawn.getLayoutBounds().getWidth() + secretField.getPadding().getLeft() + secretField.getPadding().getRight();
        assertThat(Waits.settled(secretField::getWidth, w -> w >= needed)).as("the secret shown whole, to read as well as to copy")
                .isGreaterThanOrEqualTo(needed);
        DialogPane pane = robot.lookup("#secret-dialog").queryAs(DialogPane.class);
        assertThat(pane.getHeaderText()).contains("only this once");
        // In a desktop's 15 px font (set below, before the dialog opened), the theme's 600 px cap on dialogs cut
        // "Access key ID" and both "Copy" buttons.
        assertThat(Waits.settled(() -> dev.weft.testing.CutWords.in(pane), List::isEmpty)).as("words cut in the dialog").isEmpty();
        Waits.fx(() -> item(id) != null);
        assertThat(item(id).info().attributes()).containsEntry("name", "from-test");
        assertThat(item(id).info().expiry()).isNotNull();
        assertThat(robot.lookup("#secret-expiry").queryAs(Label.class).getText()).as("as the details show moments, not the API's ISO form")
                .isEqualTo(dev.weft.ui.common.Moments.detailed(item(id).info().expiry()));

        robot.clickOn("#secret-done");
        Waits.fx(() -> robot.lookup("#secret-close-confirm").tryQuery().isPresent());
        robot.clickOn("Go back");
        assertThat(robot.lookup("#secret-dialog").tryQuery()).as("nothing was copied or saved").isPresent();

        robot.clickOn("#secret-copy");
        String onClipboard = WaitForAsyncUtils.waitForAsyncFx(5000, () -> Clipboard.getSystemClipboard().getString());
        assertThat(onClipboard).isEqualTo(secret);
        Waits.fx(() -> WaitForAsyncUtils.waitForAsyncFx(5000, () -> !Clipboard.getSystemClipboard().hasString()));
        robot.clickOn("#secret-done");
        Waits.fx(() -> robot.lookup("#secret-dialog").tryQuery().isEmpty());
        assertThat(f.everythingWritten()).doesNotContain(secret);

        // Put away, the secret leaves the new key chosen and in view: it was the thirteenth row, below the fold.
        @SuppressWarnings("unchecked")
        TableView<KeyItem> table = robot.lookup("#keys-table").queryAs(TableView.class);
        Waits.fx(() -> table.getSelectionModel().getSelectedItem() == item(id));
        assertThat(Waits.settled(() -> wholeInView(table, item(id)), Boolean::booleanValue)).as("the new key's row in view").isTrue();
    }

    /**
     * A create whose answer the network lost: the form stays open with what was typed and says that whether the
     * key was made is not known, and to revoke a key it made, whose secret was lost; the table, refreshed behind
     * it, shows the key that was.
     */
    @Test
    void aCreateWhoseAnswerIsLostSaysSoAndTheRefreshedTableShowsTheKey(FxRobot robot) throws Exception {
        openTab(robot);
        var sandbox = f.services.sandbox().running().get(10, java.util.concurrent.TimeUnit.SECONDS);
        sandbox.faults(dev.weft.sandbox.Faults.parse("lost-rate=1,latency=700ms"));
        try {
            robot.clickOn("#key-create");
            Waits.fx(() -> robot.lookup("#create-key").tryQuery().isPresent());
            robot.clickOn("#key-name").write("lost-answer");
            robot.clickOn("#create-key-submit");
            Label line = robot.lookup("#form-error").queryAs(Label.class);
            Waits.fx(() -> line.getText().equals("Sending…"));
            javafx.scene.paint.Paint whileSending = WaitForAsyncUtils.waitForAsyncFx(5000, () -> {
                line.applyCss();
                return line.getTextFill();
            });
            Waits.fx(() -> robot.lookup("#form-error").queryAs(Label.class).getText().contains("whether it was done is not known"));
            javafx.scene.paint.Paint once = WaitForAsyncUtils.waitForAsyncFx(5000, () -> {
                line.applyCss();
                return line.getTextFill();
            });
            assertThat(whileSending).as("Sending… in the text's colour, not in the failure's red").isNotEqualTo(once);
            assertThat(robot.lookup("#form-error").queryAs(Label.class).getText()).as("its secret went with the answer")
                    .endsWith("if one is in the list that you did not get, revoke it.");
            assertThat(robot.lookup("#key-name").queryAs(TextField.class).getText()).as("what was typed").isEqualTo("lost-answer");
            Waits.fx(() -> vm.items().stream().anyMatch(i -> "lost-answer".equals(i.info().attributes().get("name"))));
            assertThat(vm.items()).hasSize(13);
        } finally {
            sandbox.faults(dev.weft.sandbox.Faults.NONE);
        }
    }

    /** Whether the row showing {@code item} is drawn whole inside the table's rows area. Call on the FX thread. */
    private static boolean wholeInView(TableView<KeyItem> table, KeyItem item) {
        javafx.scene.Node flow = table.lookup(".virtual-flow");
        javafx.geometry.Bounds area = flow.localToScene(flow.getLayoutBounds());
        return table.lookupAll(".table-row-cell").stream().map(n -> (javafx.scene.control.TableRow<?>) n)
                .filter(r -> r.isVisible() && r.getItem() == item)
                .map(r -> r.localToScene(r.getLayoutBounds()))
                .anyMatch(b -> b.getMinY() >= area.getMinY() - 0.5 && b.getMaxY() <= area.getMaxY() + 0.5);
    }

    @Test
    void sortingAndSearchingKeepTheSelectedKeyWhileItIsShown(FxRobot robot) {
        openTab(robot);
        javafx.scene.control.TableView<KeyItem> table = robot.lookup("#keys-table").queryTableView();
        robot.interact(() -> vm.selectedProperty().set(item("CWPIPELINEKEY001")));
        robot.clickOn(robot.from(table).lookup(".column-header").match(h -> h instanceof javafx.scene.control.skin.TableColumnHeader c
                && c.getTableColumn() != null && "Principal".equals(c.getTableColumn().getText())).queryAs(javafx.scene.Node.class));
        Waits.fx(() -> !table.getSortOrder().isEmpty());
        List<String> principals = org.testfx.util.WaitForAsyncUtils.waitForAsyncFx(5000, () -> table.getItems().stream().map(i -> i.info().principalName()).toList());
        assertThat(principals).isSorted();
        assertThat(table.getSelectionModel().getSelectedItem()).isSameAs(item("CWPIPELINEKEY001"));

        robot.clickOn("#search").write("PIPELINE");
        Waits.fx(() -> table.getItems().size() == 3);
        assertThat(table.getItems()).extracting(KeyItem::id).containsExactly("CWPIPELINEKEY001", "CWPIPELINEKEY002", "CWPIPELINEKEY003");
        assertThat(table.getSelectionModel().getSelectedItem()).as("still shown, still selected").isSameAs(item("CWPIPELINEKEY001"));
        assertThat(vm.selectedProperty().get()).isSameAs(item("CWPIPELINEKEY001"));
        Label summary = robot.lookup("#access-keys-view #summary").queryAs(Label.class);
        assertThat(summary.getText()).as("the line under the table says the search hides keys")
                .startsWith("3 shown  ·  12 keys of 3 principals: ");

        robot.write("KEY002");
        Waits.fx(() -> table.getItems().size() == 1);
        assertThat(vm.selectedProperty().get()).as("filtered out: nothing selected, so Revoke is off").isNull();
        assertThat(robot.lookup("#key-revoke").queryButton().isDisabled()).isTrue();
        robot.interact(() -> robot.lookup("#search").queryAs(TextField.class).clear());
        Waits.fx(() -> table.getItems().size() == 12);
        assertThat(summary.getText()).as("every key shown: the summary alone").startsWith("12 keys of 3 principals: ");
    }

    @Test
    void aClickOnTheKeyIdHeaderSortsTheIdsOneWayThenTheOther(FxRobot robot) {
        openTab(robot);
        javafx.scene.control.TableView<KeyItem> table = robot.lookup("#keys-table").queryTableView();
        javafx.scene.Node header = robot.from(table).lookup(".column-header").match(h -> h instanceof javafx.scene.control.skin.TableColumnHeader c
                && c.getTableColumn() != null && "Access key ID".equals(c.getTableColumn().getText())).queryAs(javafx.scene.Node.class);
        java.util.function.Supplier<List<String>> ids = () -> WaitForAsyncUtils.waitForAsyncFx(5000,
                () -> table.getItems().stream().map(KeyItem::id).toList());
        List<String> sorted = vm.items().stream().map(KeyItem::id).sorted().toList();
        robot.clickOn(header);
        Waits.fx(() -> !table.getSortOrder().isEmpty());
        assertThat(ids.get()).containsExactlyElementsOf(sorted);
        robot.clickOn(header);
        Waits.fx(() -> table.getSortOrder().get(0).getSortType() == javafx.scene.control.TableColumn.SortType.DESCENDING);
        List<String> reversed = new java.util.ArrayList<>(sorted);
        java.util.Collections.reverse(reversed);
        assertThat(ids.get()).containsExactlyElementsOf(reversed);
    }

    /** A key made with the form as it opens, its secret shown. */
    private void aNewKeysSecretShown(FxRobot robot) {
        openTab(robot);
        robot.clickOn("#key-create");
        Waits.fx(() -> robot.lookup("#create-key").tryQuery().isPresent());
        robot.clickOn("#create-key-submit");
        Waits.fx(() -> robot.lookup("#secret-dialog").tryQuery().isPresent());
    }

    /**
     * Where the save writes is said in full; a sandbox key (which no S3 endpoint takes) is saved under a name of its
     * own, so that the user's own "coreweave" profile is not replaced by it.
     */
    @Test
    void savingTheSecretAsAnAwsProfileSaysWhereInFull(FxRobot robot, @org.junit.jupiter.api.io.TempDir java.nio.file.Path home) throws Exception {
        System.setProperty("weft.home", home.toString()); // ~/.aws of this test, not of the machine running it
        String mine = "[coreweave]\naws_access_key_id = CWMYREALKEY\naws_secret_access_key = my-real-secret\n";
        java.nio.file.Files.createDirectories(home.resolve(".aws"));
        java.nio.file.Files.writeString(home.resolve(".aws/credentials"), mine);
        try {
            aNewKeysSecretShown(robot);
            assertThat(robot.lookup("#secret-save-name").queryAs(TextField.class).getText()).isEqualTo("weft-sandbox");
            assertThat(robot.lookup("#secret-sandbox").queryAs(Label.class).getText()).startsWith("A sandbox key: no S3 endpoint takes it.");
            // Where each button writes is said before either is pressed, as the person knows the files.
            Label where = robot.lookup("#secret-where").queryAs(Label.class);
            assertThat(where.getText()).contains("~/.aws/credentials and ~/.aws/config");
            Waits.fx(() -> where.getText().contains("rclone.conf"));
            Label sample = robot.lookup("#secret-sandbox").queryAs(Label.class);
            for (Label l : java.util.List.of(sample, where)) {
                assertThat(Waits.settled(() -> dev.weft.testing.Labels.shortfall(l), cut -> cut < 1))
                        .as("pixels of “%s” not shown", l.getText()).isLessThan(1);
            }
            javafx.scene.control.Button done = robot.lookup("#secret-done").queryButton();
            assertThat(Waits.settled(() -> done.getScene().getHeight() - done.localToScene(done.getBoundsInLocal()).getMaxY(),
                    room -> room >= 0)).as("Done whole in the dialog's window, which grew for the lines").isGreaterThanOrEqualTo(0);
            robot.clickOn("#secret-save-aws");
            Label saved = robot.lookup("#secret-saved").queryAs(Label.class);
            Waits.fx(() -> saved.getText().startsWith("Saved to "));
            assertThat(saved.getText()).contains(home.resolve(".aws/credentials").toString()).contains("owner-only")
                    .as("a sandbox key opens no bucket: nothing to try").doesNotContain("Try:");
            assertThat(robot.lookup("#secret-copy-try").queryButton().isVisible()).isFalse();
            // Both files' paths, on lines the dialog grows for, not cut to "…".
            assertThat(Waits.settled(() -> dev.weft.testing.Labels.shortfall(saved), cut -> cut < 1))
                    .as("pixels of the answer not shown").isLessThan(1);
            assertThat(java.nio.file.Files.readString(home.resolve(".aws/credentials"))).as("the user's own profile kept as it was")
                    .startsWith(mine).contains("[weft-sandbox]");
            robot.clickOn("#secret-done");
            Waits.fx(() -> robot.lookup("#secret-dialog").tryQuery().isEmpty());
        } finally {
            System.clearProperty("weft.home");
        }
    }

    /** ~/.aws linked into a dotfiles repository: the secret goes there only once the user says so. */
    @Test
    void aSecretIsSavedIntoADotfilesRepositoryOnlyWhenTheUserSaysSo(FxRobot robot, @org.junit.jupiter.api.io.TempDir java.nio.file.Path dir)
            throws Exception {
        java.nio.file.Path dotfiles = dir.resolve("dotfiles");
        java.nio.file.Files.createDirectories(dotfiles.resolve(".git"));
        java.nio.file.Files.createDirectories(dotfiles.resolve("aws"));
        java.nio.file.Path home = dir.resolve("home");
        java.nio.file.Files.createDirectories(home);
        java.nio.file.Files.createSymbolicLink(home.resolve(".aws"), dotfiles.resolve("aws"));
        System.setProperty("weft.home", home.toString()); // ~/.aws of this test, not of the machine running it
        try {
            aNewKeysSecretShown(robot);
            robot.clickOn("#secret-save-aws");
            Waits.fx(() -> robot.lookup("#secret-into-git").tryQuery().isPresent());
            assertThat(robot.lookup("#secret-into-git").queryAs(javafx.scene.control.DialogPane.class).getContentText())
                    .contains(home.resolve(".aws/credentials").toString()).contains("the secret key");
            Label saved = robot.lookup("#secret-saved").queryAs(Label.class);
            assertThat(saved.getText()).as("nothing is being saved while it asks").doesNotContain("Saving");
            robot.type(javafx.scene.input.KeyCode.ESCAPE);
            Waits.fx(() -> saved.getText().startsWith("Not saved"));
            assertThat(dotfiles.resolve("aws/credentials")).doesNotExist();

            robot.clickOn("#secret-save-aws");
            Waits.fx(() -> robot.lookup("#secret-into-git").tryQuery().isPresent());
            robot.clickOn("#secret-into-git-write");
            Waits.fx(() -> saved.getText().startsWith("Saved to "));
            assertThat(java.nio.file.Files.readString(dotfiles.resolve("aws/credentials"))).contains("aws_secret_access_key");
            robot.clickOn("#secret-done");
            Waits.fx(() -> robot.lookup("#secret-dialog").tryQuery().isEmpty());
        } finally {
            System.clearProperty("weft.home");
        }
    }

    @Test
    void anUntouchedFormClosesOnEscapeAndATypedOneAsksFirst(FxRobot robot) {
        openTab(robot);
        for (String[] form : new String[][] {{"#key-create", "#create-key"}, {"#key-saml", "#saml"}}) {
            robot.clickOn(form[0]);
            Waits.fx(() -> robot.lookup(form[1]).tryQuery().isPresent());
            robot.press(KeyCode.ESCAPE).release(KeyCode.ESCAPE);
            Waits.fx(() -> robot.lookup(form[1]).tryQuery().isEmpty());
            assertThat(robot.lookup("#discard-question").tryQuery()).as(form[1] + " as it opened: closed at once").isEmpty();
        }
        robot.clickOn("#key-create");
        Waits.fx(() -> robot.lookup("#create-key").tryQuery().isPresent());
        robot.clickOn("#key-name").write("laptop");
        robot.press(KeyCode.ESCAPE).release(KeyCode.ESCAPE);
        Waits.fx(() -> robot.lookup("#discard-question").tryQuery().isPresent());
        robot.clickOn("#discard-drop");
        Waits.fx(() -> robot.lookup("#create-key").tryQuery().isEmpty());
        assertThat(vm.items()).as("nothing sent").hasSize(12);
    }

    @Test
    void aKeysStatusIsAWordInABadgeOfItsColourAsAClustersIs(FxRobot robot) {
        openTab(robot);
        javafx.scene.control.TableView<KeyItem> table = robot.lookup("#keys-table").queryTableView();
        java.util.Map<String, List<String>> badges = Waits.settled(() -> robot.from(table).lookup(".badge")
                .queryAllAs(Label.class).stream().collect(java.util.stream.Collectors.groupingBy(Label::getText,
                        java.util.stream.Collectors.flatMapping(b -> b.getStyleClass().stream().filter(c -> c.startsWith("badge-")),
                                java.util.stream.Collectors.toList()))), m -> m.size() == 3);
        assertThat(badges).as("the status column said ACTIVE, EXPIRED, REVOKED in capitals and one colour")
                .containsOnlyKeys("Active", "Expired", "Revoked");
        assertThat(badges.get("Active")).containsOnly("badge-healthy");
        assertThat(badges.get("Expired")).containsOnly("badge-unknown");
        assertThat(badges.get("Revoked")).containsOnly("badge-failed");
        javafx.scene.control.ChoiceBox<String> filter = robot.lookup("#key-status-filter").queryAs(javafx.scene.control.ChoiceBox.class);
        assertThat(filter.getItems().stream().map(filter.getConverter()::toString).toList())
                .containsExactly("All", "Active", "Active, never expiring", "Expired", "Revoked");
    }

    /** An audit's question: which live keys never expire? Those are the long-lived credentials to review. */
    @Test
    void theStatusFilterFindsTheActiveKeysThatNeverExpire(FxRobot robot) {
        openTab(robot);
        javafx.scene.control.TableView<KeyItem> table = robot.lookup("#keys-table").queryTableView();
        robot.clickOn("#key-status-filter");
        robot.clickOn("Active, never expiring");
        Waits.fx(() -> table.getItems().size() < vm.items().size());
        List<KeyItem> shown = WaitForAsyncUtils.waitForAsyncFx(5000, () -> List.copyOf(table.getItems()));
        assertThat(shown).isNotEmpty().allSatisfy(k -> {
            assertThat(k.info().status()).isEqualTo(AccessKeyInfo.ACTIVE);
            assertThat(k.info().permanent()).isTrue();
        });
        assertThat(shown).hasSize((int) vm.items().stream()
                .filter(k -> AccessKeyInfo.ACTIVE.equals(k.info().status()) && k.info().permanent()).count());
        assertThat(vm.items()).as("active keys with an expiry are left out")
                .anyMatch(k -> AccessKeyInfo.ACTIVE.equals(k.info().status()) && !k.info().permanent());
    }

    @Test
    void everyKeyRowHasTheSameFixedHeightAndItsTextFits(FxRobot robot) {
        openTab(robot);
        javafx.scene.control.TableView<KeyItem> table = robot.lookup("#keys-table").queryTableView();
        double fixed = table.getFixedCellSize();
        assertThat(fixed).as("set by the stylesheet, so 100,000 rows are not each measured").isGreaterThan(0);
        List<javafx.scene.control.TableRow<?>> rows = robot.from(table).lookup(".table-row-cell").queryAllAs(javafx.scene.control.TableRow.class)
                .stream().filter(r -> r.getItem() != null).<javafx.scene.control.TableRow<?>>map(r -> r).toList();
        assertThat(rows).hasSize(12);
        for (javafx.scene.control.TableRow<?> row : rows) {
            assertThat(row.getHeight()).isEqualTo(fixed);
        }
        List<Double> needed = WaitForAsyncUtils.waitForAsyncFx(5000, () -> robot.from(table).lookup(".table-cell")
                .queryAllAs(javafx.scene.control.TableCell.class).stream()
                .filter(c -> c.getGraphic() != null || c.getText() != null && !c.getText().isEmpty())
                .map(c -> c.prefHeight(c.getWidth())).toList());
        assertThat(needed).as("each cell's text or badge fits in the row").isNotEmpty().allMatch(h -> h <= fixed);
    }

    @Test
    void atTheDefaultSizeEveryKeysValuesAreShownWholeWithRoomForALargerFont(FxRobot robot) {
        openTab(robot);
        javafx.scene.control.TableView<KeyItem> table = robot.lookup("#keys-table").queryTableView();
        // A SAML role's principal and an "expired 2 d ago" are the longest: the room once went to the expiry
        // by the columns' minimums, cutting the principal on a desktop whose font is a pixel larger than these
        // tests' (15 px against 14): each value must fit with a tenth to spare.
        List<String> tight = WaitForAsyncUtils.waitForAsyncFx(5000, () -> robot.from(table).lookup(".table-cell")
                .queryAllAs(javafx.scene.control.TableCell.class).stream()
                .filter(c -> c.getText() != null && !c.getText().isEmpty() && c.isVisible())
                .filter(c -> {
                    javafx.scene.text.Text text = new javafx.scene.text.Text(c.getText());
                    text.setFont(c.getFont());
                    double room = c.getWidth() - c.snappedLeftInset() - c.snappedRightInset();
                    return text.getLayoutBounds().getWidth() * 1.1 > room;
                })
                .map(c -> c.getText() + " in " + Math.round(c.getWidth()) + " px").toList());
        assertThat(tight).as("key values without a tenth to spare").isEmpty();
    }

    @Test
    void revokeOneKeyAfterConfirmingItsName(FxRobot robot) {
        openTab(robot);
        robot.interact(() -> vm.selectedProperty().set(item("CWSANDBOXADMIN02")));
        robot.clickOn("#key-revoke");
        Waits.fx(() -> robot.lookup("#revoke-dialog").tryQuery().isPresent());
        assertThat(robot.lookup("#revoke-dialog").queryAs(DialogPane.class).getHeaderText())
                .contains("CWSANDBOXADMIN02").contains("backup-job");
        robot.clickOn("Revoke");
        Waits.fx(() -> AccessKeyInfo.REVOKED.equals(item("CWSANDBOXADMIN02").info().status()));
        Button revoke = robot.lookup("#key-revoke").queryButton();
        assertThat(revoke.isDisabled()).as("already revoked").isTrue();
    }

    /**
     * Enter on a key inspects it: every field, the organization and each attribute too, and the key as the
     * server says it now, which the table then takes: revoked elsewhere since the list was read, it says so.
     */
    @Test
    void aKeysDetailsShowEveryFieldAsTheServerSaysItNow(FxRobot robot) {
        openTab(robot);
        robot.interact(() -> vm.selectedProperty().set(item("CWSANDBOXADMIN02")));
        dev.weft.testing.SandboxFixture.await(f.storageElsewhere().revokeAccessKey("CWSANDBOXADMIN02")); // by someone else
        assertThat(item("CWSANDBOXADMIN02").info().status()).as("the list, read before").isEqualTo(AccessKeyInfo.ACTIVE);
        robot.interact(() -> robot.lookup("#keys-table").queryTableView().requestFocus());
        robot.press(KeyCode.ENTER).release(KeyCode.ENTER);
        Waits.fx(() -> robot.lookup("#key-details-check").queryAs(Label.class).getText().startsWith("Changed since the list was read"));
        assertThat(text(robot, "#key-detail-access-key-id")).isEqualTo("CWSANDBOXADMIN02");
        assertThat(text(robot, "#key-detail-status")).as("as the server says it now").isEqualTo("REVOKED");
        assertThat(text(robot, "#key-detail-organization")).as("not in the table").isNotBlank();
        assertThat(text(robot, "#key-attribute-name")).isEqualTo("backup-job");
        assertThat(text(robot, "#key-detail-expires")).isEqualTo("never (a permanent key)");
        assertThat(robot.lookup("#key-details .button").queryAllAs(Button.class).stream().filter(b -> "Copy".equals(b.getText()))
                .map(Button::getAccessibleText)).as("each Copy named for a screen reader by what it copies")
                .containsExactly("Copy Access key ID", "Copy Principal", "Copy Organization", "Copy name");
        assertThat(robot.lookup("#key-details-raw").queryAs(javafx.scene.control.TextArea.class).getText())
                .contains("\"accessKeyId\" : \"CWSANDBOXADMIN02\"").contains("REVOKED");
        assertThat(item("CWSANDBOXADMIN02").info().status()).as("the row takes the answer").isEqualTo(AccessKeyInfo.REVOKED);
        assertThat(robot.lookup("#key-details-revoke").queryButton().isDisabled()).as("revoked: not offered").isTrue();
        assertThat(robot.lookup("#key-details .button").queryAllAs(Button.class).stream().filter(Button::isFocused).map(Button::getText))
                .as("the keyboard on Close").containsExactly("Close");
        assertThat(robot.lookup("#key-revoke").queryButton().isDisabled()).as("revoked: not to revoke again").isTrue();
        robot.clickOn("#key-details-curl");
        Waits.fx(() -> robot.lookup("#curl-text").tryQuery().isPresent());
        javafx.scene.control.TextArea curl = robot.lookup("#curl-text").queryAs(javafx.scene.control.TextArea.class);
        assertThat(curl.getText()).startsWith("curl -X GET")
                .contains("/v1/cwobject/access-key/CWSANDBOXADMIN02").contains("$COREWEAVE_API_TOKEN").doesNotContain("sandbox-token");
        // Windows' own shell reads none of that: the same request in PowerShell's words, copied as shown.
        robot.clickOn("#curl-shell-powershell");
        assertThat(curl.getText()).startsWith("Invoke-RestMethod -Method Get `\n  -Uri 'http://127.0.0.1:")
                .contains("/v1/cwobject/access-key/CWSANDBOXADMIN02'").contains("\"Bearer $env:COREWEAVE_API_TOKEN\"")
                .doesNotContain("sandbox-token");
        assertThat(robot.lookup("#curl-dialog .header-panel .label").queryAs(Label.class).getText()).contains("$env:COREWEAVE_API_TOKEN");
        robot.clickOn(robot.lookup("#curl-dialog .button").queryAllAs(javafx.scene.control.Button.class).stream()
                .filter(b -> "Copy".equals(b.getText())).findFirst().orElseThrow());
        assertThat(WaitForAsyncUtils.waitForAsyncFx(5000, () -> javafx.scene.input.Clipboard.getSystemClipboard().getString()))
                .isEqualTo(curl.getText());
    }

    /** A key with the most attributes the API allows (20) shows them all in details that fit the screen, Close too. */
    @Test
    void aKeysDetailsFitTheScreenWithTwentyAttributes(FxRobot robot) {
        java.util.Map<String, String> twenty = new java.util.LinkedHashMap<>();
        for (int i = 1; i <= 20; i++) {
            twenty.put("attribute-" + i, "value " + i);
        }
        var made = dev.weft.testing.SandboxFixture.await(f.storageElsewhere().createAccessKey(
                new dev.weft.api.objectstorage.CreateAccessKeyRequest(3600L, twenty)));
        openTab(robot);
        robot.interact(() -> f.shell.viewModel().refreshAll());
        Waits.fx(() -> item(made.accessKeyId()) != null);
        robot.interact(() -> vm.selectedProperty().set(item(made.accessKeyId())));
        robot.interact(() -> robot.lookup("#keys-table").query().requestFocus());
        robot.press(KeyCode.ENTER).release(KeyCode.ENTER);
        Waits.fx(() -> robot.lookup("#key-details").tryQuery().isPresent());
        javafx.stage.Window details = robot.lookup("#key-details").query().getScene().getWindow();
        javafx.geometry.Rectangle2D screen = javafx.stage.Screen.getPrimary().getVisualBounds();
        assertThat(Waits.settled(details::getHeight, h -> h <= screen.getHeight())).as("the details' height")
                .isLessThanOrEqualTo(screen.getHeight());
        Button close = robot.lookup("#key-details .button").queryAllAs(Button.class).stream().filter(b -> "Close".equals(b.getText()))
                .findFirst().orElseThrow();
        javafx.geometry.Bounds at = WaitForAsyncUtils.waitForAsyncFx(5000, () -> close.localToScreen(close.getLayoutBounds()));
        assertThat(screen.contains(at.getMinX(), at.getMinY()) && screen.contains(at.getMaxX(), at.getMaxY())).as("Close on the screen").isTrue();
        assertThat(robot.lookup("#key-attribute-attribute-20").tryQuery()).as("the last attribute, scrolled to if need be").isPresent();
    }

    /**
     * An active key whose expiry passes while the list is shown reads "Expired", as its countdown says, not "Active",
     * and the summary below the table counts it so.
     */
    @Test
    void anActiveKeyWhoseExpiryPassesReadsAndCountsExpiredUntilTheNextRefreshSaysSo(FxRobot robot) {
        openTab(robot);
        KeyItem notebook = item("CWSANDBOXADMIN03");
        assertThat(((Label) statusCell(robot, notebook).getGraphic()).getText()).isEqualTo("Active");
        String summaryAsListed = robot.lookup("#summary").queryAs(Label.class).getText();
        robot.interact(() -> vm.nowProperty().set(notebook.info().expiry().plusSeconds(60))); // a minute past its expiry
        javafx.scene.control.TableCell<?, ?> cell = statusCell(robot, notebook);
        assertThat(((Label) cell.getGraphic()).getText()).isEqualTo("Expired");
        assertThat(cell.getTooltip().getText()).isEqualTo("Listed as active at the last refresh; its expiry has passed since.");
        assertThat(notebook.info().status()).as("the server's word, as listed").isEqualTo(AccessKeyInfo.ACTIVE);
        java.util.function.Function<String, Long> asOfNow = status -> vm.items().stream()
                .filter(i -> status.equals(KeyStatus.asOf(i.info(), vm.nowProperty().get()))).count();
        assertThat(robot.lookup("#summary").queryAs(Label.class).getText()).as("the summary counts it expired too")
                .contains(asOfNow.apply(AccessKeyInfo.ACTIVE) + " active").contains(asOfNow.apply(AccessKeyInfo.EXPIRED) + " expired")
                .isNotEqualTo(summaryAsListed);
        // The status filter goes by the same clock.
        robot.interact(() -> vm.statusFilterProperty().set(AccessKeyInfo.EXPIRED));
        Waits.fx(() -> vm.visibleItems().contains(notebook));
        robot.interact(() -> vm.statusFilterProperty().set(AccessKeyInfo.ACTIVE));
        Waits.fx(() -> !vm.visibleItems().isEmpty());
        assertThat(vm.visibleItems()).as("not among the active").doesNotContain(notebook);
        // and a key whose expiry passes while "Active" is chosen leaves the list then.
        KeyItem pipeline = item("CWPIPELINEKEY001");
        assertThat(vm.visibleItems()).contains(pipeline);
        robot.interact(() -> vm.nowProperty().set(pipeline.info().expiry().plusSeconds(1)));
        Waits.fx(() -> !vm.visibleItems().contains(pipeline));
    }

    private static javafx.scene.control.TableCell<?, ?> statusCell(FxRobot robot, KeyItem key) {
        WaitForAsyncUtils.waitForFxEvents();
        return robot.lookup("#keys-table .table-cell").queryAllAs(javafx.scene.control.TableCell.class).stream()
                .filter(c -> c.getTableRow() != null && c.getTableRow().getItem() == key && "Status".equals(c.getTableColumn().getText()))
                .findFirst().orElseThrow();
    }

    /**
     * A key the server no longer knows is said so in words, its details as last listed; a double click opens them
     * too, and they offer to revoke the key.
     */
    @Test
    void aKeyTheServerNoLongerKnowsIsSaidSo(FxRobot robot) {
        openTab(robot);
        AccessKeyInfo listed = item("CWTEAMMATEKEY001").info();
        robot.interact(() -> {
            item("CWTEAMMATEKEY001").setValue(new AccessKeyInfo("CWGONE0000001", listed.status(), listed.principalName(),
                    listed.attributes(), listed.expiry(), listed.orgId()));
            vm.selectedProperty().set(item("CWGONE0000001"));
        });
        javafx.scene.Node row = robot.lookup("#keys-table .table-cell").queryAllAs(javafx.scene.control.TableCell.class).stream()
                .filter(c -> "CWGONE0000001".equals(c.getText())).findFirst().orElseThrow();
        assertThat(dev.weft.testing.ContextMenus.rightClick(robot, row, robot.lookup("#keys-table").queryTableView()))
                .as("the row's menu offers it").containsEntry("Details…", true);
        robot.doubleClickOn(row); // as does a double click
        Waits.fx(() -> robot.lookup("#key-details-check").queryAs(Label.class).getText().startsWith("The server does not know"));
        assertThat(text(robot, "#key-detail-access-key-id")).isEqualTo("CWGONE0000001");
        assertThat(robot.lookup("#key-details-check").queryAs(Label.class).getStyleClass()).contains("connection-failed");
        // Revoke… from the details asks the toolbar's question, of this key, the details closed.
        robot.clickOn("#key-details-revoke");
        Waits.fx(() -> robot.lookup("#revoke-dialog").tryQuery().isPresent());
        assertThat(robot.lookup("#key-details").tryQuery()).isEmpty();
        assertThat(robot.lookup("#revoke-dialog").queryAs(DialogPane.class).getHeaderText()).contains("CWGONE0000001");
        robot.clickOn("Cancel");
    }

    private static String text(FxRobot robot, String query) {
        return robot.lookup(query).queryAs(Label.class).getText();
    }

    @Test
    void aKeysRowOffersRevokeOnARightClickAndOnTheDeleteKeyAndCopiesItsId(FxRobot robot) {
        openTab(robot);
        javafx.scene.control.TableView<KeyItem> table = robot.lookup("#keys-table").queryTableView();
        javafx.scene.Node revokedCell = robot.from(table).lookup(".table-cell").queryAllAs(javafx.scene.control.TableCell.class)
                .stream().filter(c -> "CWSANDBOXADMIN05".equals(c.getText())).findFirst().orElseThrow();
        java.util.Map<String, Boolean> items = dev.weft.testing.ContextMenus.rightClick(robot, revokedCell, table);
        assertThat(items).as("a revoked key cannot be revoked again, as the toolbar says")
                .containsEntry("Revoke…", false).containsEntry("Revoke all of principal…", true).containsEntry("Copy key ID", true);
        robot.press(KeyCode.DELETE).release(KeyCode.DELETE);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#revoke-dialog").tryQuery()).as("Delete on a revoked key asks nothing").isEmpty();
        robot.press(KeyCode.CONTROL, KeyCode.C).release(KeyCode.C, KeyCode.CONTROL);
        assertThat(WaitForAsyncUtils.waitForAsyncFx(5000, () -> Clipboard.getSystemClipboard().getString())).isEqualTo("CWSANDBOXADMIN05");

        robot.press(KeyCode.UP).release(KeyCode.UP); // CWSANDBOXADMIN04: expired, still revocable
        Waits.fx(() -> vm.selectedProperty().get() != null && "CWSANDBOXADMIN04".equals(vm.selectedProperty().get().id()));
        robot.press(KeyCode.DELETE).release(KeyCode.DELETE);
        Waits.fx(() -> robot.lookup("#revoke-dialog").tryQuery().isPresent());
        assertThat(robot.lookup("#revoke-dialog").queryAs(DialogPane.class).getHeaderText()).contains("CWSANDBOXADMIN04");
        robot.clickOn("Cancel");
        assertThat(item("CWSANDBOXADMIN04").info().status()).as("nothing revoked without the confirmation").isEqualTo(AccessKeyInfo.EXPIRED);
    }

    private static javafx.scene.Node cell(FxRobot robot, String text) {
        return robot.lookup("#keys-table .table-cell").queryAllAs(javafx.scene.control.TableCell.class).stream()
                .filter(c -> text.equals(c.getText())).findFirst().orElseThrow();
    }

    private static List<String> chosen(TableView<KeyItem> table) {
        return WaitForAsyncUtils.waitForAsyncFx(5000, () -> table.getSelectionModel().getSelectedItems().stream().map(KeyItem::id).sorted().toList());
    }

    /** A click on the first key (none: the choice kept), then a Ctrl+click on each of the others. */
    private static void choose(FxRobot robot, String first, String... more) {
        if (first != null) {
            robot.clickOn(cell(robot, first));
        }
        robot.press(KeyCode.CONTROL);
        try {
            for (String id : more) {
                robot.clickOn(cell(robot, id));
            }
        } finally {
            robot.release(KeyCode.CONTROL);
        }
    }

    /** A click and Ctrl+clicks choose several keys; one question revokes those not revoked yet, and they stay chosen. */
    @Test
    void severalKeysChosenWithCtrlAreRevokedAfterOneQuestion(FxRobot robot) {
        openTab(robot);
        TableView<KeyItem> table = robot.lookup("#keys-table").queryTableView();
        choose(robot, "CWSANDBOXADMIN02", "CWSANDBOXADMIN05", "CWTEAMMATEKEY002");
        assertThat(chosen(table)).containsExactly("CWSANDBOXADMIN02", "CWSANDBOXADMIN05", "CWTEAMMATEKEY002");
        robot.press(KeyCode.CONTROL, KeyCode.C).release(KeyCode.C, KeyCode.CONTROL);
        assertThat(WaitForAsyncUtils.waitForAsyncFx(5000, () -> Clipboard.getSystemClipboard().getString()))
                .as("one id a line, in the table's order").isEqualTo("CWSANDBOXADMIN02\nCWSANDBOXADMIN05\nCWTEAMMATEKEY002");
        assertThat(robot.lookup("#key-revoke-principal").queryButton().isDisabled()).as("the keys of two principals").isTrue();
        assertThat(dev.weft.testing.ContextMenus.rightClick(robot, cell(robot, "CWSANDBOXADMIN05"), table))
                .as("a right click on one of them offers what acts on them all").containsEntry("Revoke…", true)
                .containsEntry("Revoke all of principal…", false).containsEntry("Copy key IDs", true);
        assertThat(chosen(table)).as("and keeps them chosen").hasSize(3);

        robot.press(KeyCode.DELETE).release(KeyCode.DELETE);
        Waits.fx(() -> robot.lookup("#revoke-several-dialog").tryQuery().isPresent());
        DialogPane question = robot.lookup("#revoke-several-dialog").queryAs(DialogPane.class);
        assertThat(question.getHeaderText()).isEqualTo("Revoke 2 keys?");
        assertThat(question.getContentText()).contains("CWSANDBOXADMIN02 (“backup-job”)").contains("CWTEAMMATEKEY002 (“eval-run”)")
                .doesNotContain("CWSANDBOXADMIN05").contains("coreweave/k9T7UgCfCOgsJ2jeTl7t (1), coreweave/ueqXfgRCYGqptEXAMPLE1 (1)")
                .contains("One of the keys chosen is revoked already");
        robot.clickOn("Revoke");
        Waits.fx(() -> AccessKeyInfo.REVOKED.equals(item("CWSANDBOXADMIN02").info().status())
                && AccessKeyInfo.REVOKED.equals(item("CWTEAMMATEKEY002").info().status()));
        assertThat(item("CWSANDBOXADMIN01").info().status()).isEqualTo(AccessKeyInfo.ACTIVE);
        Waits.fx(() -> robot.lookup("#key-revoke").queryButton().isDisabled());
        assertThat(chosen(table)).as("still chosen after the list is read again").containsExactly("CWSANDBOXADMIN02", "CWSANDBOXADMIN05", "CWTEAMMATEKEY002");
        assertThat(robot.lookup("#revoke-several-dialog").tryQuery()).as("nothing to report").isEmpty();
        robot.clickOn("#search").write("admin");
        Waits.fx(() -> vm.visibleItems().size() == 5);
        assertThat(chosen(table)).as("a search keeps those of them it shows, and only those").containsExactly("CWSANDBOXADMIN02", "CWSANDBOXADMIN05");
    }

    /** Keys revoked together at a slow server's pace are stopped from under the table; what was left is said. */
    @Test
    void revokingSeveralKeysIsStoppedFromUnderTheTable(FxRobot robot) throws Exception {
        openTab(robot);
        TableView<KeyItem> table = robot.lookup("#keys-table").queryTableView();
        robot.clickOn(cell(robot, "CWSANDBOXADMIN03")); // expiring within the day: its row marked so
        robot.press(KeyCode.SHIFT, KeyCode.END).release(KeyCode.END, KeyCode.SHIFT);
        assertThat(robot.lookup("#revoke-stop").query().isVisible()).isFalse();
        assertThat(expiringSoon(robot, table, "CWSANDBOXADMIN03")).isTrue();
        var sandbox = f.services.sandbox().running().get(10, java.util.concurrent.TimeUnit.SECONDS);
        sandbox.faults(dev.weft.sandbox.Faults.parse("latency=700ms"));
        try {
            robot.press(KeyCode.DELETE).release(KeyCode.DELETE);
            Waits.fx(() -> robot.lookup("#revoke-several-dialog").tryQuery().isPresent());
            long revokedBefore = revokedBadges(robot, table);
            robot.clickOn("Revoke");
            Waits.fx(() -> robot.lookup("#revoke-stop").query().isVisible());
            assertThat(robot.lookup("#summary").queryAs(Label.class).getText()).startsWith("Revoking ");
            Waits.fx(() -> robot.lookup("#summary").queryAs(Label.class).getText().endsWith("… 1 done"));
            assertThat(Waits.settled(() -> revokedBadges(robot, table), n -> n == revokedBefore + 1))
                    .as("the key revoked first reads Revoked at once, the rest still going").isEqualTo(revokedBefore + 1);
            assertThat(expiringSoon(robot, table, "CWSANDBOXADMIN03")).as("and is no longer marked as expiring").isFalse();
            assertThat(robot.lookup("#revoke-stop").query().isVisible()).isTrue();
            robot.clickOn("#revoke-stop");
            Waits.fx(() -> robot.lookup("#revoke-stopped").tryQuery().isPresent());
        } finally {
            sandbox.faults(dev.weft.sandbox.Faults.parse("latency=0ms"));
        }
        assertThat(robot.lookup("#revoke-stopped").queryAs(DialogPane.class).getContentText()).startsWith("Revoked ")
                .contains("before you stopped").contains("left as they were, and are still chosen");
        robot.clickOn("OK");
        Waits.fx(() -> !robot.lookup("#revoke-stop").query().isVisible());
        assertThat(vm.items().stream().filter(k -> k.info().status().equals(AccessKeyInfo.ACTIVE))).as("some left").isNotEmpty();
        assertThat(chosen(table)).hasSizeGreaterThan(1);
    }

    /** A batch stopped under another profile says whose keys it was revoking, and not that they are still chosen. */
    @Test
    void aBatchStoppedUnderAnotherProfileSaysWhoseKeysItWasRevoking(FxRobot robot) throws Exception {
        openTab(robot);
        robot.clickOn(cell(robot, "CWSANDBOXADMIN01"));
        robot.press(KeyCode.SHIFT, KeyCode.END).release(KeyCode.END, KeyCode.SHIFT);
        var sandbox = f.services.sandbox().running().get(10, java.util.concurrent.TimeUnit.SECONDS);
        sandbox.faults(dev.weft.sandbox.Faults.parse("latency=1000ms"));
        try {
            robot.press(KeyCode.DELETE).release(KeyCode.DELETE);
            Waits.fx(() -> robot.lookup("#revoke-several-dialog").tryQuery().isPresent());
            robot.clickOn("Revoke");
            Waits.fx(() -> robot.lookup("#revoke-stop").query().isVisible());
            robot.interact(() -> f.shell.viewModel().switchTo(f.shell.viewModel().profiles().get(1)));
            Waits.fx(() -> robot.lookup("#access-keys-view #summary").queryAs(Label.class).getText().startsWith("Revoking 9 keys of “Sandbox”… "));
            robot.clickOn("#revoke-stop");
            Waits.fx(() -> robot.lookup("#revoke-stopped").tryQuery().isPresent());
        } finally {
            sandbox.faults(dev.weft.sandbox.Faults.NONE);
        }
        DialogPane stopped = robot.lookup("#revoke-stopped").queryAs(DialogPane.class);
        assertThat(stopped.getHeaderText()).isEqualTo("Stopped revoking keys of “Sandbox”");
        assertThat(stopped.getContentText()).contains("left as they were.").doesNotContain("still chosen");
    }

    /**
     * Keys revoked together under the "Active" filter read Revoked one by one, then leave the filtered table
     * once all are done, and the Revoke button has nothing left to revoke.
     */
    @Test
    void keysRevokedTogetherUnderTheActiveFilterLeaveItOnceAllAreDone(FxRobot robot) {
        openTab(robot);
        TableView<KeyItem> table = robot.lookup("#keys-table").queryTableView();
        robot.interact(() -> vm.statusFilterProperty().set(AccessKeyInfo.ACTIVE));
        Waits.fx(() -> vm.visibleItems().stream().allMatch(k -> AccessKeyInfo.ACTIVE.equals(k.info().status())));
        int shown = vm.visibleItems().size();
        choose(robot, "CWSANDBOXADMIN01", "CWTEAMMATEKEY001");
        robot.press(KeyCode.DELETE).release(KeyCode.DELETE);
        Waits.fx(() -> robot.lookup("#revoke-several-dialog").tryQuery().isPresent());
        robot.clickOn("Revoke");
        Waits.fx(() -> vm.visibleItems().size() == shown - 2);
        assertThat(vm.visibleItems()).extracting(KeyItem::id).doesNotContain("CWSANDBOXADMIN01", "CWTEAMMATEKEY001");
        assertThat(Waits.settled(() -> revokedBadges(robot, table), n -> n == 0)).as("no Revoked row left under Active").isZero();
        assertThat(robot.lookup("#key-revoke").queryButton().isDisabled()).as("nothing chosen is left to revoke").isTrue();
    }

    private static boolean expiringSoon(FxRobot robot, TableView<KeyItem> table, String id) {
        return WaitForAsyncUtils.waitForAsyncFx(5000, () -> robot.from(table).lookup(".table-row-cell").queryAllAs(javafx.scene.control.TableRow.class)
                .stream().filter(r -> r.isVisible() && r.getItem() instanceof KeyItem k && k.id().equals(id)).findFirst().orElseThrow()
                .getPseudoClassStates().contains(javafx.css.PseudoClass.getPseudoClass("expiring-soon")));
    }

    private static long revokedBadges(FxRobot robot, TableView<KeyItem> table) {
        return robot.from(table).lookup(".badge").queryAllAs(Label.class).stream()
                .filter(b -> b.isVisible() && b.getParent() != null && "Revoked".equals(b.getText())).count();
    }

    /** A Ctrl+click on a chosen key leaves it out, the others still chosen and revoked together. */
    @Test
    void aCtrlClickLeavesOneOutOfTheKeysChosen(FxRobot robot) {
        openTab(robot);
        TableView<KeyItem> table = robot.lookup("#keys-table").queryTableView();
        choose(robot, "CWSANDBOXADMIN01", "CWSANDBOXADMIN03", "CWTEAMMATEKEY001");
        robot.sleep(800); // not a double click, which opens the key's details
        choose(robot, null, "CWTEAMMATEKEY001");
        assertThat(chosen(table)).containsExactly("CWSANDBOXADMIN01", "CWSANDBOXADMIN03");
        assertThat(robot.lookup("#key-revoke").queryButton().isDisabled()).isFalse();
        robot.press(KeyCode.DELETE).release(KeyCode.DELETE);
        Waits.fx(() -> robot.lookup("#revoke-several-dialog").tryQuery().isPresent());
        assertThat(robot.lookup("#revoke-several-dialog").queryAs(DialogPane.class).getHeaderText()).isEqualTo("Revoke 2 keys?");
        robot.clickOn("Cancel");
        assertThat(item("CWSANDBOXADMIN01").info().status()).isEqualTo(AccessKeyInfo.ACTIVE);
    }

    /**
     * No more keys are chosen at once than JavaFX clears without freezing the window: Ctrl+A, or Shift with a click
     * or End, that would choose more is refused and said so under the table; within the limit they choose.
     */
    @Test
    void choosingMoreKeysThanTheLimitIsRefusedAndSaidSo(FxRobot robot) {
        openTab(robot);
        TableView<KeyItem> table = robot.lookup("#keys-table").queryTableView();
        int was = AccessKeysView.mostChosen;
        AccessKeysView.mostChosen = 4;
        try {
            robot.clickOn(cell(robot, "CWSANDBOXADMIN02"));
            robot.press(KeyCode.CONTROL, KeyCode.A).release(KeyCode.A, KeyCode.CONTROL);
            WaitForAsyncUtils.waitForFxEvents();
            assertThat(chosen(table)).as("Ctrl+A over 12 keys").containsExactly("CWSANDBOXADMIN02");
            Label foot = robot.lookup("#summary").queryAs(Label.class);
            assertThat(foot.getText()).startsWith("Choose at most 4 keys at a time");
            robot.press(KeyCode.SHIFT);
            try {
                robot.clickOn(cell(robot, "CWTEAMMATEKEY002"));
                WaitForAsyncUtils.waitForFxEvents();
                assertThat(chosen(table)).as("Shift+click over 6 keys").containsExactly("CWSANDBOXADMIN02");
                robot.clickOn(cell(robot, "CWSANDBOXADMIN05"));
            } finally {
                robot.release(KeyCode.SHIFT);
            }
            assertThat(chosen(table)).as("Shift+click over 4").containsExactly("CWSANDBOXADMIN02", "CWSANDBOXADMIN03",
                    "CWSANDBOXADMIN04", "CWSANDBOXADMIN05");
            assertThat(foot.getText()).as("told only until the choice changes").startsWith("12 keys");
            robot.press(KeyCode.SHIFT, KeyCode.END).release(KeyCode.END, KeyCode.SHIFT);
            WaitForAsyncUtils.waitForFxEvents();
            assertThat(chosen(table)).as("Shift+End").hasSize(4);
            assertThat(foot.getText()).startsWith("Choose at most 4 keys");
        } finally {
            AccessKeysView.mostChosen = was;
        }
    }

    /** A key of several the server no longer knows is said so by its id, beside how many were revoked. */
    @Test
    void whatFailedOfSeveralKeysIsSaidKeyByKey(FxRobot robot) {
        openTab(robot);
        AccessKeyInfo listed = item("CWTEAMMATEKEY001").info();
        robot.interact(() -> item("CWTEAMMATEKEY001").setValue(new AccessKeyInfo("CWGONE0000001", listed.status(), listed.principalName(),
                listed.attributes(), listed.expiry(), listed.orgId())));
        robot.clickOn(cell(robot, "CWGONE0000001"));
        robot.press(KeyCode.SHIFT, KeyCode.DOWN).release(KeyCode.DOWN, KeyCode.SHIFT);
        assertThat(chosen(robot.lookup("#keys-table").queryTableView())).containsExactly("CWGONE0000001", "CWTEAMMATEKEY002");
        robot.clickOn("#key-revoke");
        Waits.fx(() -> robot.lookup("#revoke-several-dialog").tryQuery().isPresent());
        robot.clickOn("Revoke");
        Waits.fx(() -> robot.lookup(".dialog-pane").queryAllAs(DialogPane.class).stream()
                .anyMatch(d -> "Revoked 1 of 2 keys".equals(d.getHeaderText())));
        DialogPane report = robot.lookup(".dialog-pane").queryAllAs(DialogPane.class).stream()
                .filter(d -> "Revoked 1 of 2 keys".equals(d.getHeaderText())).findFirst().orElseThrow();
        assertThat(report.getContentText()).startsWith("CWGONE0000001: Not found").doesNotContain("Not tried");
        assertThat(item("CWTEAMMATEKEY002").info().status()).isEqualTo(AccessKeyInfo.REVOKED);
    }

    /**
     * Rotation from a key's row menu: a new key of the same kind with the same name and attributes, its secret
     * shown, and then the question to revoke the old one, which Revoke answers.
     */
    @Test
    void aKeyIsRotatedANewOneLikeItThenTheOldOneRevoked(FxRobot robot) {
        openTab(robot);
        TableView<KeyItem> table = robot.lookup("#keys-table").queryTableView();
        java.util.Map<String, Boolean> menu = dev.weft.testing.ContextMenus.rightClick(robot, cell(robot, "CWSANDBOXADMIN02"), table);
        assertThat(menu).containsEntry("Rotate…", true);
        assertThat(dev.weft.testing.ContextMenus.rightClick(robot, cell(robot, "CWSANDBOXADMIN05"), table))
                .as("a revoked key has nothing to rotate").containsEntry("Rotate…", false);
        robot.clickOn(cell(robot, "CWSANDBOXADMIN02"));
        robot.interact(() -> table.getContextMenu().getItems().stream().filter(i -> "Rotate…".equals(i.getText())).findFirst().orElseThrow().fire());
        Waits.fx(() -> robot.lookup("#create-key").tryQuery().isPresent());
        assertThat(robot.lookup("#create-key").queryAs(DialogPane.class).getHeaderText()).startsWith("A new key to replace CWSANDBOXADMIN02");
        assertThat(robot.lookup("#key-permanent").queryAs(javafx.scene.control.RadioButton.class).isSelected()).as("as the old one").isTrue();
        assertThat(robot.lookup("#key-name").queryAs(TextField.class).getText()).isEqualTo("backup-job");
        robot.clickOn("#create-key-submit");
        Waits.fx(() -> robot.lookup("#secret-dialog").tryQuery().isPresent());
        String id = robot.lookup("#secret-key-id").queryAs(TextField.class).getText();
        assertThat(robot.lookup("#revoke-dialog").tryQuery()).as("not before the secret is put away").isEmpty();
        robot.clickOn("#secret-copy");
        robot.clickOn("#secret-done");
        Waits.fx(() -> robot.lookup("#revoke-dialog").tryQuery().isPresent());
        assertThat(robot.lookup("#revoke-dialog").queryAs(DialogPane.class).getHeaderText()).contains("CWSANDBOXADMIN02");
        robot.clickOn("Revoke");
        Waits.fx(() -> AccessKeyInfo.REVOKED.equals(item("CWSANDBOXADMIN02").info().status()) && item(id) != null);
        assertThat(item(id).info().attributes()).containsEntry("name", "backup-job");
        assertThat(item(id).info().permanent()).isTrue();
        assertThat(item(id).info().status()).isEqualTo(AccessKeyInfo.ACTIVE);
    }

    /** A key's details offer Rotate… beside Revoke…, the details closed first; not for a revoked key. */
    @Test
    void aKeysDetailsOfferRotation(FxRobot robot) {
        openTab(robot);
        robot.doubleClickOn(cell(robot, "CWSANDBOXADMIN05"));
        Waits.fx(() -> robot.lookup("#key-details").tryQuery().isPresent());
        Waits.fx(() -> robot.lookup("#key-details-rotate").queryButton().isDisabled());
        robot.clickOn(robot.lookup("#key-details .button").queryAllAs(Button.class).stream().filter(b -> "Close".equals(b.getText())).findFirst().orElseThrow());
        robot.doubleClickOn(cell(robot, "CWSANDBOXADMIN01"));
        Waits.fx(() -> robot.lookup("#key-details").tryQuery().isPresent());
        Waits.fx(() -> !robot.lookup("#key-details-rotate").queryButton().isDisabled());
        robot.clickOn("#key-details-rotate");
        Waits.fx(() -> robot.lookup("#create-key").tryQuery().isPresent());
        assertThat(robot.lookup("#key-details").tryQuery()).isEmpty();
        assertThat(robot.lookup("#create-key").queryAs(DialogPane.class).getHeaderText()).startsWith("A new key to replace CWSANDBOXADMIN01");
        assertThat(robot.lookup("#key-name").queryAs(TextField.class).getText()).isEqualTo("laptop");
    }

    /**
     * A key is made for the token's own principal: "rotating" a teammate's key made one for oneself, and revoking
     * theirs would leave them with none. Said so, and theirs is left as it is.
     */
    @Test
    void rotatingAnotherPrincipalsKeyLeavesItAndSaysWhoseTheNewOneIs(FxRobot robot) {
        openTab(robot);
        TableView<KeyItem> table = robot.lookup("#keys-table").queryTableView();
        robot.clickOn(cell(robot, "CWTEAMMATEKEY001"));
        robot.interact(() -> table.getContextMenu().getItems().stream().filter(i -> "Rotate…".equals(i.getText())).findFirst().orElseThrow().fire());
        Waits.fx(() -> robot.lookup("#create-key").tryQuery().isPresent());
        assertThat(robot.lookup("#create-key").queryAs(DialogPane.class).getHeaderText()).contains("for this profile's own principal");
        robot.clickOn("#create-key-submit");
        Waits.fx(() -> robot.lookup("#secret-dialog").tryQuery().isPresent());
        robot.clickOn("#secret-copy");
        robot.clickOn("#secret-done");
        Waits.fx(() -> robot.lookup("#rotate-other-principal").tryQuery().isPresent());
        DialogPane said = robot.lookup("#rotate-other-principal").queryAs(DialogPane.class);
        assertThat(said.getHeaderText()).isEqualTo("The new key is not coreweave/ueqXfgRCYGqptEXAMPLE1's");
        assertThat(said.getContentText()).contains("CWTEAMMATEKEY001 is coreweave/ueqXfgRCYGqptEXAMPLE1's, and is left as it is");
        assertThat(robot.lookup("#revoke-dialog").tryQuery()).isEmpty();
        robot.clickOn("OK");
        assertThat(item("CWTEAMMATEKEY001").info().status()).isEqualTo(AccessKeyInfo.ACTIVE);
    }

    @Test
    void revokeEveryKeyOfAPrincipalShowingHowMany(FxRobot robot) {
        openTab(robot);
        robot.interact(() -> vm.selectedProperty().set(item("CWPIPELINEKEY001")));
        robot.clickOn("#key-revoke-principal");
        Waits.fx(() -> robot.lookup("#revoke-principal-dialog").tryQuery().isPresent());
        assertThat(robot.lookup("#revoke-principal-dialog").queryAs(DialogPane.class).getHeaderText())
                .contains("Revoke all 2 keys of role/https://idp.example.com:data-pipeline");
        robot.clickOn("Revoke");
        Waits.fx(() -> vm.items().stream().filter(i -> i.info().principalName().equals("role/https://idp.example.com:data-pipeline"))
                .allMatch(i -> AccessKeyInfo.REVOKED.equals(i.info().status())));
        assertThat(item("CWSANDBOXADMIN01").info().status()).isEqualTo(AccessKeyInfo.ACTIVE);
    }

    @Test
    void samlCredentialsCheckTheDurationAndShowTheSecret(FxRobot robot) {
        openTab(robot);
        robot.clickOn("#key-saml");
        Waits.fx(() -> robot.lookup("#saml").tryQuery().isPresent());
        assertThat(robot.lookup("#saml-org").queryAs(TextField.class).getText()).isEqualTo("sandbox-org");
        // A line saying what is wrong, come after the form opened, is shown whole: the dialog grows rather than
        // the form scrolling. Grown during the dialog's layout, it had kept its height, the line behind a scroll bar.
        javafx.scene.control.ScrollBar down = robot.lookup("#saml .scroll-bar").queryAllAs(javafx.scene.control.ScrollBar.class).stream()
                .filter(b -> b.getOrientation() == javafx.geometry.Orientation.VERTICAL).findFirst().orElseThrow();
        Waits.settled(down::isVisible, v -> !v);
        robot.interact(() -> robot.lookup("#saml-seconds").queryAs(TextField.class).setText("50000"));
        Waits.fx(() -> robot.lookup("#form-problems").queryAs(Label.class).getText().contains("Duration"));
        assertThat(Waits.settled(down::isVisible, v -> !v)).as("the form scrolls, its problem said below the fold").isFalse();
        robot.interact(() -> {
            robot.lookup("#saml-config").queryAs(TextField.class).setText("cfg-1");
            robot.lookup("#saml-seconds").queryAs(TextField.class).setText("50000");
            robot.lookup("#saml-response").queryAs(TextField.class).setText("PHNhbWw+PC9zYW1sPg==");
        });
        Button get = robot.lookup("#saml-submit").queryButton();
        Waits.fx(get::isDisabled);
        robot.interact(() -> robot.lookup("#saml-seconds").queryAs(TextField.class).setText("600"));
        Waits.fx(() -> !get.isDisabled());
        robot.clickOn(get);
        Waits.fx(() -> robot.lookup("#secret-dialog").tryQuery().isPresent());
        assertThat(robot.lookup("#secret-value").queryAs(TextField.class).getText()).startsWith("cwo");
        robot.clickOn("#secret-copy").clickOn("#secret-done");
        Waits.fx(() -> robot.lookup("#secret-dialog").tryQuery().isEmpty());
    }

    /** Makes a key, copies its secret (kept on the clipboard a minute) and puts the dialog away; the secret. */
    private String aNewKeysSecretCopiedForAMinute(FxRobot robot) {
        SecretDialog.clearClipboardAfter = javafx.util.Duration.minutes(1);
        openTab(robot);
        robot.clickOn("#key-create");
        Waits.fx(() -> robot.lookup("#create-key").tryQuery().isPresent());
        robot.clickOn("#key-name").write("quit-soon");
        robot.clickOn("#create-key-submit");
        Waits.fx(() -> robot.lookup("#secret-dialog").tryQuery().isPresent());
        String secret = robot.lookup("#secret-value").queryAs(TextField.class).getText();
        robot.clickOn("#secret-copy").clickOn("#secret-done");
        Waits.fx(() -> robot.lookup("#secret-dialog").tryQuery().isEmpty());
        return secret;
    }

    /**
     * Weft quit within the minute a copied secret stays on the clipboard: it is taken off then. A clipboard
     * outlives the program on macOS and Windows (and with a clipboard manager on Linux), and the secret stayed
     * there for whatever pasted next.
     */
    @Test
    void aCopiedSecretLeavesTheClipboardWhenWeftQuits(FxRobot robot) {
        String secret = aNewKeysSecretCopiedForAMinute(robot);
        assertThat(WaitForAsyncUtils.waitForAsyncFx(5000, () -> Clipboard.getSystemClipboard().getString())).isEqualTo(secret);
        robot.press(KeyCode.CONTROL, KeyCode.Q).release(KeyCode.Q, KeyCode.CONTROL);
        Waits.fx(() -> !stage.isShowing());
        assertThat(WaitForAsyncUtils.waitForAsyncFx(5000, () -> Clipboard.getSystemClipboard().getString())).as("on the clipboard after Weft quit")
                .isNotEqualTo(secret);
    }

    /** Something else copied since: quitting leaves the clipboard to it. */
    @Test
    void quittingLeavesWhatWasCopiedAfterTheSecret(FxRobot robot) {
        aNewKeysSecretCopiedForAMinute(robot);
        robot.interact(() -> dev.weft.ui.common.ClipboardText.put("a bucket's name"));
        robot.press(KeyCode.CONTROL, KeyCode.Q).release(KeyCode.Q, KeyCode.CONTROL);
        Waits.fx(() -> !stage.isShowing());
        assertThat(WaitForAsyncUtils.waitForAsyncFx(5000, () -> Clipboard.getSystemClipboard().getString())).isEqualTo("a bucket's name");
    }

    @Test
    void aSlowLoadShowsATurningIndicatorThatStopsWhenTheKeysAreIn(FxRobot robot) throws Exception {
        openTab(robot);
        dev.weft.ui.common.Busy loading = robot.lookup("#keys-loading").queryAs(dev.weft.ui.common.Busy.class);
        assertThat(loading.isVisible()).isFalse();
        assertThat(loading.turning()).as("no frames drawn for an indicator nobody sees").isFalse();

        f.services.sandbox().running().get(10, java.util.concurrent.TimeUnit.SECONDS)
                .faults(dev.weft.sandbox.Faults.parse("latency=1500ms"));
        robot.clickOn("#refresh");
        Waits.fx(loading::isVisible);
        double before = WaitForAsyncUtils.asyncFx(() -> loading.getChildrenUnmodifiable().get(0).getRotate()).get();
        Waits.fx(() -> loading.getChildrenUnmodifiable().get(0).getRotate() != before);
        assertThat(loading.turning()).isTrue();

        Waits.fx(() -> !loading.isVisible());
        assertThat(loading.turning()).isFalse();
        assertThat(vm.items()).hasSize(12);
    }

    @Test
    void aKupeProfileExplainsTheTab(FxRobot robot) {
        robot.interact(() -> f.shell.viewModel().switchTo(f.shell.viewModel().profiles().get(1)));
        robot.press(KeyCode.CONTROL, KeyCode.DIGIT2).release(KeyCode.DIGIT2, KeyCode.CONTROL);
        Waits.fx(() -> robot.lookup("#access-keys-view #summary").queryAs(Label.class).getText().contains("CoreWeave profile"));
        assertThat(robot.lookup("#key-create").queryButton().isDisabled()).isTrue();
    }
}
