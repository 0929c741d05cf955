package dev.weft.ui.buckets;

import dev.weft.testing.Waits;

import dev.weft.api.objectstorage.BucketSettings;
import dev.weft.api.objectstorage.ObjectStorageApi;
import dev.weft.api.objectstorage.OrganizationSettings;
import dev.weft.testing.SandboxFixture;
import dev.weft.ui.shell.ShellFixture;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Label;
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

import java.nio.file.Files;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/** The Buckets tab, driven headless against the sandbox. */
@ExtendWith(ApplicationExtension.class)
class BucketsTabTest {
    private ShellFixture f;
    private BucketsViewModel vm;
    private Stage stage;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        f = new ShellFixture();
        f.open(stage);
        vm = f.shell.viewModel().buckets();
    }

    @AfterEach
    void stop() throws Exception {
        FxToolkit.cleanupStages();
        f.close();
    }


    private void open(FxRobot robot, String bucket) {
        robot.press(KeyCode.CONTROL, KeyCode.DIGIT4).release(KeyCode.DIGIT4, KeyCode.CONTROL);
        Waits.fx(() -> vm.items().size() == 8);
        robot.interact(() -> vm.selectedProperty().set(vm.items().stream().filter(i -> i.name().equals(bucket)).findFirst().orElseThrow()));
    }

    /** Turns on archiving for "models" after 300 days, not applied yet; the days field. */
    private TextField archiveModelsAfter300Days(FxRobot robot) {
        open(robot, "models");
        robot.interact(() -> robot.lookup("#bucket-archive").queryAs(CheckBox.class).fire());
        TextField days = robot.lookup("#bucket-archive-days").queryAs(TextField.class);
        robot.interact(() -> days.setText("300"));
        return days;
    }

    private ObjectStorageApi server() {
        return f.storageElsewhere();
    }

    @Test
    void theZoneFilterShowsItsChoiceClearOfItsArrow(FxRobot robot) {
        robot.press(KeyCode.CONTROL, KeyCode.DIGIT4).release(KeyCode.DIGIT4, KeyCode.CONTROL);
        Waits.fx(() -> vm.items().size() == 8);
        javafx.scene.Node box = robot.lookup("#bucket-zone-filter").query();
        javafx.scene.control.Label choice = robot.from(box).lookup(".label").queryAs(javafx.scene.control.Label.class);
        javafx.scene.Node arrow = robot.from(box).lookup(".open-button").query();
        assertThat(choice.getText()).isEqualTo("All zones");
        double textEnds = choice.localToScene(choice.getBoundsInLocal()).getMinX() + choice.prefWidth(-1);
        assertThat(textEnds).as("where the choice's text ends, against where the arrow begins")
                .isLessThanOrEqualTo(arrow.localToScene(arrow.getBoundsInLocal()).getMinX());
    }

    @Test
    void aBucketsNameIsCopiedWithCtrlCOrFromItsRowsMenu(FxRobot robot) {
        open(robot, "models");
        javafx.scene.control.TableView<?> table = robot.lookup("#buckets-table").queryTableView();
        javafx.scene.control.TableCell<?, ?> cell = robot.from(table).lookup(".table-cell").queryAllAs(javafx.scene.control.TableCell.class)
                .stream().filter(c -> "checkpoints".equals(c.getText())).findFirst().orElseThrow();
        assertThat(dev.weft.testing.ContextMenus.rightClick(robot, cell, table)).containsExactly(java.util.Map.entry("Copy name", true),
                java.util.Map.entry("Columns", true));
        robot.press(KeyCode.CONTROL, KeyCode.C).release(KeyCode.C, KeyCode.CONTROL);
        assertThat(org.testfx.util.WaitForAsyncUtils.waitForAsyncFx(5000, () -> javafx.scene.input.Clipboard.getSystemClipboard().getString()))
                .as("the right-clicked row's name").isEqualTo("checkpoints");
    }

    @Test
    void theZonesPieIsDrawnLargeWithTheZonesNamedInItsLegend(FxRobot robot) {
        open(robot, "datasets");
        javafx.scene.control.TabPane side = robot.lookup("#bucket-tabs").queryAs(javafx.scene.control.TabPane.class);
        robot.interact(() -> side.getSelectionModel().select(1)); // Overview
        javafx.scene.Node chart = robot.lookup("#zone-chart").query();
        // Named beside the slices, the zones' labels took the width: on a desktop the pie was ~50 px across.
        double across = Waits.settled(() -> chart.lookupAll(".chart-pie").stream()
                .mapToDouble(n -> n.getBoundsInParent().getMaxX()).max().orElse(0)
                - chart.lookupAll(".chart-pie").stream().mapToDouble(n -> n.getBoundsInParent().getMinX()).min().orElse(0), w -> w >= 150);
        assertThat(across).as("the pie's width").isGreaterThanOrEqualTo(150);
        assertThat(chart.lookupAll(".chart-pie-label").stream().filter(BucketsTabTest::shown).toList())
                .as("no names beside the slices").isEmpty();
        assertThat(robot.from(chart).lookup(".chart-legend-item").queryAllAs(Label.class).stream().filter(BucketsTabTest::shown))
                .extracting(Label::getText).as("the zones named in the legend under it")
                .anyMatch(t -> t.startsWith("US-EAST-04A (")).anyMatch(t -> t.startsWith("US-WEST-04A ("));
    }

    private static boolean shown(javafx.scene.Node node) {
        for (javafx.scene.Node n = node; n != null; n = n.getParent()) {
            if (!n.isVisible()) {
                return false;
            }
        }
        return true;
    }

    @Test
    void togglingAuditLoggingIsAppliedOnTheServer(FxRobot robot) throws Exception {
        robot.press(KeyCode.CONTROL, KeyCode.DIGIT4).release(KeyCode.DIGIT4, KeyCode.CONTROL);
        assertThat(robot.lookup("#bucket-access").queryAs(javafx.scene.Node.class).isVisible())
                .as("no endpoint and commands without a bucket").isFalse();
        open(robot, "models");
        assertThat(robot.lookup("#bucket-access").queryAs(javafx.scene.Node.class).isVisible()).isTrue();
        assertThat(robot.lookup("#bucket-info-name").queryAs(Label.class).getText()).isEqualTo("models");
        assertThat(robot.lookup("#bucket-endpoint").queryAs(Label.class).getText()).startsWith("https://models.cwobject.com");
        robot.interact(() -> robot.lookup("#bucket-endpoint-copy").queryButton().fire());
        assertThat(org.testfx.util.WaitForAsyncUtils.waitForAsyncFx(5000, () -> javafx.scene.input.Clipboard.getSystemClipboard().getString()))
                .as("the address alone, ready to paste into a tool's config").isEqualTo("https://models.cwobject.com");
        CheckBox audit = robot.lookup("#bucket-audit").queryAs(CheckBox.class);
        assertThat(audit.isSelected()).isTrue();
        Button apply = robot.lookup("#bucket-apply").queryButton();
        assertThat(apply.isDisabled()).as("nothing changed yet").isTrue();
        javafx.scene.layout.Region settings = (javafx.scene.layout.Region) apply.getParent().getParent();
        double blank = Waits.settled(() -> settings.getHeight() - settings.snappedBottomInset()
                - apply.getParent().getBoundsInParent().getMaxY(), b -> b < 2);
        assertThat(blank).as("blank under Apply before there is a result to show").isLessThan(2);
        robot.interact(audit::fire);
        robot.interact(apply::fire);
        Waits.fx(() -> robot.lookup("#bucket-settings-result").queryAs(Label.class).getText().equals("Applied."));
        BucketSettings onServer = SandboxFixture.await(server().getBucket("models")).settings();
        assertThat(onServer.auditLoggingEnabled()).isFalse();
    }

    /** A refused Apply leaves what the user set, with the reason: it went back to the server's settings. */
    @Test
    void aFailedApplyKeepsWhatWasSet(FxRobot robot) throws Exception {
        TextField days = archiveModelsAfter300Days(robot);
        var sandbox = f.services.sandbox().running().get(10, java.util.concurrent.TimeUnit.SECONDS);
        sandbox.faults(dev.weft.sandbox.Faults.parse("error-rate=1"));
        try {
            robot.interact(() -> robot.lookup("#bucket-apply").queryButton().fire());
            Waits.fx(() -> robot.lookup("#bucket-settings-result").queryAs(Label.class).getText().startsWith("Not applied"));
        } finally {
            sandbox.faults(dev.weft.sandbox.Faults.NONE);
        }
        // The fault is a 429, 500 or 503 at random: the reason is said, whichever.
        assertThat(robot.lookup("#bucket-settings-result").queryAs(Label.class).getText()).matches("Not applied: \\S.*\\.");
        assertThat(robot.lookup("#bucket-archive").queryAs(CheckBox.class).isSelected()).as("the switch as set").isTrue();
        assertThat(days.getText()).as("the days typed").isEqualTo("300");
        assertThat(robot.lookup("#bucket-apply").queryButton().isDisabled()).as("to try again").isFalse();
    }

    /** Where the server cannot say the organization's switches, a click sets one, and Apply sends that one alone. */
    @Test
    void anUnknownSwitchOnceClickedIsAppliedAlone(FxRobot robot) throws Exception {
        open(robot, "models");
        robot.interact(() -> robot.lookup("#bucket-tabs").queryAs(javafx.scene.control.TabPane.class).getSelectionModel().select(2));
        CheckBox controlPlane = robot.lookup("#org-control-plane").queryAs(CheckBox.class);
        CheckBox buckets = robot.lookup("#org-bucket-audit").queryAs(CheckBox.class);
        Waits.fx(() -> !controlPlane.isIndeterminate());
        OrganizationSettings before = SandboxFixture.await(server().getOrganizationSettings()).orElseThrow();
        robot.interact(() -> vm.organizationProperty().set(null)); // as a server without the (undocumented) GET answers
        assertThat(controlPlane.isIndeterminate()).isTrue();
        assertThat(buckets.isIndeterminate()).isTrue();
        assertThat(robot.lookup("#org-apply").queryButton().isDisabled()).as("nothing set yet").isTrue();
        robot.clickOn(controlPlane);
        assertThat(controlPlane.isIndeterminate()).isFalse();
        assertThat(robot.lookup("#org-apply").queryButton().isDisabled()).as("a switch set: to apply").isFalse();
        robot.clickOn("#org-apply");
        Waits.fx(() -> robot.lookup("#org-result").queryAs(Label.class).getText().equals("Applied."));
        assertThat(SandboxFixture.await(server().getOrganizationSettings())).as("the other switch left as the server had it")
                .contains(new OrganizationSettings(controlPlane.isSelected(), before.bucketAuditLoggingEnabled()));
    }

    /**
     * The API sets a bucket's settings all at once, with no version to send: settings changed elsewhere since the
     * bucket was shown are not put back by an Apply from the stale view. What the user changed stays, on top of them.
     */
    @Test
    void anApplyDoesNotUndoSettingsChangedElsewhere(FxRobot robot) {
        open(robot, "models");
        CheckBox audit = robot.lookup("#bucket-audit").queryAs(CheckBox.class);
        CheckBox archive = robot.lookup("#bucket-archive").queryAs(CheckBox.class);
        assertThat(audit.isSelected()).isTrue();
        assertThat(archive.isSelected()).isFalse();
        SandboxFixture.await(server().setBucketSettings("models", new BucketSettings(true, true, 90))); // by someone else
        robot.interact(audit::fire); // audit logging off, on the view from before
        robot.interact(() -> robot.lookup("#bucket-apply").queryButton().fire());
        Label result = robot.lookup("#bucket-settings-result").queryAs(Label.class);
        Waits.fx(() -> result.getText().startsWith("Not applied"));
        assertThat(result.getText()).isEqualTo("Not applied: These settings were changed elsewhere since they were shown; the bucket "
                + "now has audit logging on, archiving after 90 days without access. What you changed is kept on top of that: "
                + "Apply again to send it.");
        assertThat(SandboxFixture.await(server().getBucket("models")).settings()).as("nothing sent")
                .isEqualTo(new BucketSettings(true, true, 90));
        showsBothChangesAndAppliesThem(robot, audit);
    }

    /** So with another bucket chosen while the Apply was on its way: the user's change waits on top of the other. */
    @Test
    void aChangeElsewhereFoundWhileAnotherBucketIsShownIsNotUndoneOnReturn(FxRobot robot) throws Exception {
        open(robot, "models");
        CheckBox audit = robot.lookup("#bucket-audit").queryAs(CheckBox.class);
        SandboxFixture.await(server().setBucketSettings("models", new BucketSettings(true, true, 90))); // by someone else
        robot.interact(audit::fire);
        var sandbox = f.services.sandbox().running().get(10, TimeUnit.SECONDS);
        sandbox.faults(dev.weft.sandbox.Faults.parse("latency=1000ms"));
        try {
            robot.interact(() -> robot.lookup("#bucket-apply").queryButton().fire());
            open(robot, "checkpoints");
            Waits.fx(() -> Boolean.TRUE.equals(vm.items().stream().filter(i -> i.name().equals("models")).findFirst().orElseThrow()
                    .settings().archiveEnabled())); // the Apply found the change and the row took it
        } finally {
            sandbox.faults(dev.weft.sandbox.Faults.NONE);
        }
        WaitForAsyncUtils.waitForFxEvents();
        open(robot, "models");
        showsBothChangesAndAppliesThem(robot, audit);
    }

    /** A refresh that brings a change made elsewhere puts the user's unapplied change on top of it, not under. */
    @Test
    void aRefreshPutsTheUsersChangeOnTopOfOneMadeElsewhere(FxRobot robot) {
        open(robot, "models");
        CheckBox audit = robot.lookup("#bucket-audit").queryAs(CheckBox.class);
        robot.interact(audit::fire); // audit logging off, not applied
        SandboxFixture.await(server().setBucketSettings("models", new BucketSettings(true, true, 90))); // by someone else
        var before = f.shell.viewModel().lastRefreshProperty().get();
        robot.interact(() -> f.shell.viewModel().refreshAll());
        Waits.fx(() -> f.shell.viewModel().lastRefreshProperty().get() != before);
        WaitForAsyncUtils.waitForFxEvents();
        showsBothChangesAndAppliesThem(robot, audit);
    }

    /** "models" shows audit logging turned off (the user's change) over archiving after 90 days (the other), and Apply sends both. */
    private void showsBothChangesAndAppliesThem(FxRobot robot, CheckBox audit) {
        assertThat(audit.isSelected()).as("the user's change").isFalse();
        assertThat(robot.lookup("#bucket-archive").queryAs(CheckBox.class).isSelected()).as("the other change, shown").isTrue();
        assertThat(robot.lookup("#bucket-archive-days").queryAs(TextField.class).getText()).isEqualTo("90");
        robot.interact(() -> robot.lookup("#bucket-apply").queryButton().fire());
        Waits.fx(() -> robot.lookup("#bucket-settings-result").queryAs(Label.class).getText().equals("Applied."));
        assertThat(SandboxFixture.await(server().getBucket("models")).settings()).as("both changes")
                .isEqualTo(new BucketSettings(false, true, 90));
    }

    /**
     * Apply clicked, the side pane stays where it was, its outcome in sight: the button, disabled while it
     * applied, gave the keyboard to the next control, and the pane scrolled down to the S3 commands.
     */
    @Test
    void applyingLeavesTheSidePaneWhereItWas(FxRobot robot) {
        open(robot, "models");
        javafx.scene.control.ScrollPane pane = (javafx.scene.control.ScrollPane) robot.lookup("#bucket-tabs").queryAs(
                javafx.scene.control.TabPane.class).getTabs().get(0).getContent();
        double before = pane.getVvalue();
        robot.clickOn("#bucket-audit").clickOn("#bucket-apply");
        Waits.fx(() -> robot.lookup("#bucket-settings-result").queryAs(Label.class).getText().equals("Applied."));
        assertThat(pane.getVvalue()).as("where the pane was scrolled to").isEqualTo(before);
    }

    /** What is typed into a bucket's settings and not yet applied outlives a refresh (by hand, or the auto refresh's). */
    @Test
    void aRefreshKeepsSettingsNotYetApplied(FxRobot robot) throws Exception {
        TextField days = archiveModelsAfter300Days(robot);
        // Changed elsewhere meanwhile, so the refresh brings changed rows, not the same ones.
        SandboxFixture.await(server().setBucketSettings("checkpoints", new BucketSettings(true, true, 60)));
        var before = f.shell.viewModel().lastRefreshProperty().get();
        robot.interact(() -> f.shell.viewModel().refreshAll());
        Waits.fx(() -> f.shell.viewModel().lastRefreshProperty().get() != before);
        org.testfx.util.WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#bucket-archive").queryAs(CheckBox.class).isSelected()).as("the switch turned on").isTrue();
        assertThat(days.getText()).as("the days typed").isEqualTo("300");
        assertThat(robot.lookup("#bucket-apply").queryButton().isDisabled()).as("still to apply").isFalse();
        assertThat(vm.items().stream().filter(i -> i.name().equals("checkpoints")).findFirst().orElseThrow().settings().auditLoggingEnabled())
                .as("the refresh did bring the other change").isTrue();
    }

    /** Settings set and not applied wait for the user's return from another bucket: they were dropped without a word. */
    @Test
    void settingsNotYetAppliedWaitWhileAnotherBucketIsShown(FxRobot robot) {
        TextField days = archiveModelsAfter300Days(robot);
        CheckBox archive = robot.lookup("#bucket-archive").queryAs(CheckBox.class);
        Label result = robot.lookup("#bucket-settings-result").queryAs(Label.class);
        BucketSettings checkpoints = vm.items().stream().filter(i -> i.name().equals("checkpoints")).findFirst().orElseThrow().settings();
        open(robot, "checkpoints");
        assertThat(archive.isSelected()).as("the other bucket's own switch").isEqualTo(Boolean.TRUE.equals(checkpoints.archiveEnabled()));
        assertThat(result.getText()).as("nothing of the first bucket's").isEmpty();
        assertThat(robot.lookup("#bucket-apply").queryButton().isDisabled()).as("nothing changed here").isTrue();
        assertThat(markedRows(robot)).as("the rows marked as waiting").containsExactly("models");
        open(robot, "models");
        assertThat(archive.isSelected()).as("the switch turned on").isTrue();
        assertThat(days.getText()).as("the days typed").isEqualTo("300");
        assertThat(result.getText()).isEqualTo("Your changes, not applied yet.");
        assertThat(robot.lookup("#bucket-apply").queryButton().isDisabled()).as("still to apply").isFalse();
        open(robot, "checkpoints");
        open(robot, "models");
        assertThat(days.getText()).as("kept again").isEqualTo("300");
        robot.interact(() -> robot.lookup("#bucket-apply").queryButton().fire());
        Waits.fx(() -> result.getText().equals("Applied."));
        assertThat(markedRows(robot)).as("applied: no longer marked").isEmpty();
    }

    /** So do they while another profile is shown: the buckets are new rows when the profile comes back. */
    @Test
    void settingsNotYetAppliedOutliveASwitchOfProfile(FxRobot robot) {
        TextField days = archiveModelsAfter300Days(robot);
        var shell = f.shell.viewModel();
        var sandbox = shell.activeProperty().get();
        robot.interact(() -> shell.switchTo(kupe()));
        Waits.fx(() -> vm.stateProperty().get() == dev.weft.ui.tabs.TabViewModel.State.UNAVAILABLE);
        assertThat(markedRows(robot)).as("no bucket on a Kupe profile").isEmpty();
        robot.interact(() -> shell.switchTo(sandbox));
        open(robot, "checkpoints");
        assertThat(markedRows(robot)).as("the rows marked as waiting, the profile back").containsExactly("models");
        open(robot, "models");
        assertThat(days.getText()).as("the days typed").isEqualTo("300");
        assertThat(robot.lookup("#bucket-settings-result").queryAs(Label.class).getText()).isEqualTo("Your changes, not applied yet.");
    }

    /**
     * The organization's switches the user set and did not apply are not carried to another profile's
     * organization (Apply there would have sent them to the wrong one), and wait for their own profile's return.
     */
    @Test
    void organizationSwitchesSetWaitForTheirOwnProfile(FxRobot robot) throws Exception {
        CheckBox controlPlane = turnOnControlPlaneAuditLogging(robot);
        var tab = robot.lookup("#bucket-tabs").queryAs(javafx.scene.control.TabPane.class).getTabs().get(2);
        assertThat(tab.getStyleClass()).as("the tab marked as waiting").contains("unapplied");
        var shell = f.shell.viewModel();
        var sandbox = shell.activeProperty().get();
        robot.interact(() -> shell.switchTo(kupe()));
        Waits.fx(() -> vm.stateProperty().get() == dev.weft.ui.tabs.TabViewModel.State.UNAVAILABLE);
        assertThat(controlPlane.isIndeterminate()).as("nothing of the other organization's").isTrue();
        assertThat(robot.lookup("#org-apply").queryButton().isDisabled()).as("nothing to apply to this profile").isTrue();
        assertThat(tab.getStyleClass()).doesNotContain("unapplied");
        robot.interact(() -> shell.switchTo(sandbox));
        Waits.fx(() -> vm.organizationProperty().get() != null);
        org.testfx.util.WaitForAsyncUtils.waitForFxEvents();
        assertThat(controlPlane.isSelected()).as("as the user set it").isTrue();
        assertThat(SandboxFixture.await(server().getOrganizationSettings()).orElseThrow().controlPlaneAuditLoggingEnabled())
                .as("the server's, still").isFalse();
        assertThat(robot.lookup("#org-result").queryAs(Label.class).getText()).isEqualTo("Your changes, not applied yet.");
        assertThat(robot.lookup("#org-state").queryAs(Label.class).getText())
                .isEqualTo("As the server reports them now, but for what you changed and have not applied.");
        assertThat(tab.getStyleClass()).contains("unapplied");
        robot.clickOn("#org-apply");
        Waits.fx(() -> robot.lookup("#org-result").queryAs(Label.class).getText().equals("Applied."));
        assertThat(SandboxFixture.await(server().getOrganizationSettings()).orElseThrow().controlPlaneAuditLoggingEnabled()).isTrue();
        assertThat(tab.getStyleClass()).as("applied: no longer marked").doesNotContain("unapplied");
        assertThat(robot.lookup("#org-state").queryAs(Label.class).getText()).isEqualTo("As the server reports them now.");
        assertThat(vm.unappliedOrganizationSettings()).isEmpty();
    }

    /** An Apply answered after a switch of profile is not shown as the new profile's organization. */
    @Test
    void anOrganizationApplyAnsweredAfterASwitchStaysWithItsProfile(FxRobot robot) throws Exception {
        CheckBox controlPlane = turnOnControlPlaneAuditLogging(robot);
        var shell = f.shell.viewModel();
        var sandbox = f.services.sandbox().running().get(10, java.util.concurrent.TimeUnit.SECONDS);
        sandbox.faults(dev.weft.sandbox.Faults.parse("latency=3000ms"));
        try {
            robot.clickOn("#org-apply");
            robot.interact(() -> shell.switchTo(kupe()));
            Waits.fx(() -> robot.lookup("#org-result").queryAs(Label.class).getText().isEmpty());
            assertThat(vm.unappliedOrganizationSettings()).as("the Apply on its way (3 s)").isNotEmpty();
            Waits.fx(() -> vm.unappliedOrganizationSettings().isEmpty()); // applied: nothing waits, nothing to ask at quit
        } finally {
            sandbox.faults(dev.weft.sandbox.Faults.NONE);
        }
        assertThat(SandboxFixture.await(server().getOrganizationSettings()).orElseThrow().controlPlaneAuditLoggingEnabled()).isTrue();
        assertThat(vm.organizationProperty().get()).as("a Kupe profile has no such organization").isNull();
        assertThat(controlPlane.isIndeterminate()).isTrue();
        assertThat(robot.lookup("#org-result").queryAs(Label.class).getText()).as("nothing said of the other's Apply here").isEmpty();
    }

    /** Opens the organization's switches and turns control-plane audit logging on, not applied. */
    private CheckBox turnOnControlPlaneAuditLogging(FxRobot robot) {
        open(robot, "models");
        robot.interact(() -> robot.lookup("#bucket-tabs").queryAs(javafx.scene.control.TabPane.class).getSelectionModel().select(2));
        CheckBox controlPlane = robot.lookup("#org-control-plane").queryAs(CheckBox.class);
        Waits.fx(() -> !controlPlane.isIndeterminate());
        assertThat(controlPlane.isSelected()).isFalse();
        robot.clickOn(controlPlane);
        assertThat(robot.lookup("#org-apply").queryButton().isDisabled()).as("set, to apply").isFalse();
        return controlPlane;
    }

    private dev.weft.profiles.Profile kupe() {
        return f.shell.viewModel().profiles().stream().filter(p -> p.name().equals("Sandbox (Kupe)")).findFirst().orElseThrow();
    }

    /** Quitting with settings not applied asks first, by Ctrl+Q or the window's close button: they live only in the window. */
    @Test
    void quittingWithSettingsNotYetAppliedAsksFirst(FxRobot robot) {
        archiveModelsAfter300Days(robot);
        open(robot, "checkpoints");
        robot.press(KeyCode.CONTROL, KeyCode.Q).release(KeyCode.Q, KeyCode.CONTROL);
        Waits.fx(() -> robot.lookup("#quit-question").tryQuery().isPresent());
        assertThat(robot.lookup("#quit-question").queryAs(javafx.scene.control.DialogPane.class).getContentText())
                .isEqualTo("The settings you changed for “models” are not applied; quitting drops them.");
        robot.press(KeyCode.ESCAPE).release(KeyCode.ESCAPE); // Escape keeps Weft open
        Waits.fx(() -> robot.lookup("#quit-question").tryQuery().isEmpty());
        assertThat(stage.isShowing()).isTrue();
        assertThat(markedRows(robot)).as("still waiting").containsExactly("models");

        javafx.application.Platform.runLater(() -> stage.fireEvent(new javafx.stage.WindowEvent(stage, javafx.stage.WindowEvent.WINDOW_CLOSE_REQUEST)));
        Waits.fx(() -> robot.lookup("#quit-question").tryQuery().isPresent());
        robot.clickOn("#quit-drop");
        Waits.fx(() -> !stage.isShowing());
    }

    /** So does quitting with the organization's switches set and not applied. */
    @Test
    void quittingWithOrganizationSwitchesNotYetAppliedAsksFirst(FxRobot robot) {
        turnOnControlPlaneAuditLogging(robot);
        robot.press(KeyCode.CONTROL, KeyCode.Q).release(KeyCode.Q, KeyCode.CONTROL);
        Waits.fx(() -> robot.lookup("#quit-question").tryQuery().isPresent());
        var question = robot.lookup("#quit-question").queryAs(javafx.scene.control.DialogPane.class);
        assertThat(question.getHeaderText()).isEqualTo("Quit without applying your organization settings?");
        assertThat(question.getContentText())
                .isEqualTo("The settings you changed for the organization's audit logging are not applied; quitting drops them.");
        robot.press(KeyCode.ENTER).release(KeyCode.ENTER); // Enter keeps Weft open
        Waits.fx(() -> robot.lookup("#quit-question").tryQuery().isEmpty());
        assertThat(stage.isShowing()).isTrue();
        assertThat(robot.lookup("#org-control-plane").queryAs(CheckBox.class).isSelected()).as("still as set").isTrue();
    }

    /** The names of the buckets whose rows are marked as having settings not yet applied. */
    private static java.util.List<String> markedRows(FxRobot robot) {
        org.testfx.util.WaitForAsyncUtils.waitForFxEvents();
        return robot.lookup("#buckets-table .table-row-cell").queryAllAs(javafx.scene.control.TableRow.class).stream()
                .filter(r -> r.getPseudoClassStates().contains(javafx.css.PseudoClass.getPseudoClass("unapplied")))
                .map(r -> ((BucketItem) r.getItem()).name()).toList();
    }

    @Test
    void archiveDaysBelowSixtyAreRefusedBeforeSending(FxRobot robot) {
        open(robot, "models");
        robot.interact(() -> robot.lookup("#bucket-archive").queryAs(CheckBox.class).fire());
        TextField days = robot.lookup("#bucket-archive-days").queryAs(TextField.class);
        robot.interact(() -> days.setText("30"));
        assertThat(robot.lookup("#bucket-settings-problem").queryAs(Label.class).getText()).contains("at least 60");
        assertThat(robot.lookup("#bucket-apply").queryButton().isDisabled()).isTrue();
        robot.interact(() -> days.setText("ninety"));
        assertThat(robot.lookup("#bucket-settings-problem").queryAs(Label.class).getText())
                .isEqualTo("Archive after: a whole number of days, 60 or more (not “ninety”).");
        assertThat(robot.lookup("#bucket-apply").queryButton().isDisabled()).isTrue();
        robot.interact(() -> days.setText("300"));
        assertThat(robot.lookup("#bucket-settings-problem").queryAs(Label.class).getText()).isEmpty();
        assertThat(robot.lookup("#bucket-apply").queryButton().isDisabled()).isFalse();
    }

    @Test
    void organizationSettingsChangeOnlyWhatWasTouched(FxRobot robot) throws Exception {
        open(robot, "models");
        robot.interact(() -> robot.lookup("#bucket-tabs").queryAs(javafx.scene.control.TabPane.class).getSelectionModel().select(2));
        CheckBox controlPlane = robot.lookup("#org-control-plane").queryAs(CheckBox.class);
        Waits.fx(() -> !controlPlane.isIndeterminate());
        assertThat(controlPlane.isSelected()).isFalse();
        assertThat(robot.lookup("#org-apply").queryButton().isDisabled()).as("nothing changed yet, as a bucket's Apply").isTrue();
        robot.clickOn(controlPlane);
        // Refused first: the switch stays as the user set it, to apply again (it went back to the server's).
        var sandbox = f.services.sandbox().running().get(10, java.util.concurrent.TimeUnit.SECONDS);
        sandbox.faults(dev.weft.sandbox.Faults.parse("error-rate=1"));
        try {
            robot.clickOn("#org-apply");
            Waits.fx(() -> robot.lookup("#org-result").queryAs(Label.class).getText().startsWith("Not applied"));
        } finally {
            sandbox.faults(dev.weft.sandbox.Faults.NONE);
        }
        assertThat(controlPlane.isSelected()).as("as set, after a refusal").isTrue();
        assertThat(robot.lookup("#org-result").queryAs(Label.class).getStyleClass()).as("in red, as a bucket's refusal")
                .contains("connection-failed");
        assertThat(robot.lookup("#org-apply").queryButton().isDisabled()).as("to apply again").isFalse();
        robot.clickOn("#org-apply");
        assertThat(controlPlane.isSelected()).isTrue();
        Waits.fx(() -> robot.lookup("#org-result").queryAs(Label.class).getText().equals("Applied."));
        assertThat(robot.lookup("#org-result").queryAs(Label.class).getStyleClass()).contains("connection-ok").doesNotContain("connection-failed");
        assertThat(SandboxFixture.await(server().getOrganizationSettings())).contains(new OrganizationSettings(true, true));
        assertThat(robot.lookup("#org-apply").queryButton().isDisabled()).as("applied, nothing left to apply").isTrue();
    }

    @Test
    void theCsvHoldsWhatTheFilteredTableShows(FxRobot robot) throws Exception {
        open(robot, "models");
        @SuppressWarnings("unchecked")
        ChoiceBox<String> zone = robot.lookup("#bucket-zone-filter").queryAs(ChoiceBox.class);
        robot.interact(() -> zone.setValue("US-EAST-04A"));
        assertThat(robot.lookup("#bucket-totals").queryAs(Label.class).getText()).startsWith("4 buckets");
        var file = f.configDir.resolve("east.csv");
        vm.exportCsv(file).get(5, TimeUnit.SECONDS);
        assertThat(Files.readAllLines(file)).hasSize(5).anyMatch(l -> l.startsWith("datasets,US-EAST-04A,"))
                .noneMatch(l -> l.startsWith("backups,"));
    }
}
