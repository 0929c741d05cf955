package dev.weft.ui.shell;

import dev.weft.testing.CutWords;
import dev.weft.testing.Waits;
import dev.weft.ui.tabs.TabViewModel;

import dev.weft.profiles.Profile;
import dev.weft.ui.common.Themes;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TabPane;
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

import static org.assertj.core.api.Assertions.assertThat;

/** The real main window, driven headless, against its own in-process sandbox. */
@ExtendWith(ApplicationExtension.class)
class ShellTest {
    private ShellFixture f;
    private Stage stage;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        f = new ShellFixture();
        f.open(stage);
    }

    @AfterEach
    void stop() throws Exception {
        FxToolkit.cleanupStages();
        f.close();
    }


    /** Whether a node is on screen: it and every ancestor visible. */
    private static boolean shown(FxRobot robot, String query) {
        for (Node n = robot.lookup(query).query(); n != null; n = n.getParent()) {
            if (!n.isVisible()) {
                return false;
            }
        }
        return true;
    }

    private String statusText(FxRobot robot) {
        return label(robot, "#status-profile");
    }

    private String label(FxRobot robot, String query) {
        return robot.lookup(query).queryAs(Label.class).getText();
    }

    private ComboBox<Profile> switcher(FxRobot robot) {
        @SuppressWarnings("unchecked")
        ComboBox<Profile> box = robot.lookup("#profile-switcher").queryAs(ComboBox.class);
        return box;
    }

    @Test
    void firstLaunchLandsOnTheSandboxWithItsNotice(FxRobot robot) {
        Waits.fx(() -> label(robot, "#clusters-view #summary").startsWith("4 clusters"));
        assertThat(stage.getTitle()).as("the profile, then the app").isEqualTo("Sandbox — Weft");
        assertThat(switcher(robot).getValue().name()).isEqualTo("Sandbox");
        assertThat(statusText(robot)).contains("Sandbox").contains("http://127.0.0.1:").contains("local sandbox");
        assertThat(shown(robot, "#sandbox-notice")).isTrue();
        assertThat(label(robot, "#sandbox-notice")).contains("local sandbox").contains("add a profile");
        Waits.fx(() -> label(robot, "#status-refreshed").startsWith("Refreshed"));
        // Idle once the requests end: a tab may still be fetching details when the first refresh is reported.
        Waits.fx(() -> label(robot, "#status-requests").equals("Idle"));
        assertThat(switcher(robot).getItems()).extracting(Profile::name).containsExactly("Sandbox", "Sandbox (Kupe)");
    }

    /** A tab whose load failed is marked on its title, why on hover; the mark goes with the next load that works. */
    @Test
    void aTabWhoseLoadFailedIsMarkedOnItsTitleUntilALoadWorks(FxRobot robot) throws Exception {
        Waits.fx(() -> label(robot, "#status-refreshed").startsWith("Refreshed"));
        javafx.scene.control.TabPane tabs = robot.lookup("#tabs").queryAs(javafx.scene.control.TabPane.class);
        assertThat(tabs.getTabs()).allMatch(t -> t.getGraphic() == null && t.getTooltip() == null);
        var sandbox = f.services.sandbox().running().get(10, java.util.concurrent.TimeUnit.SECONDS);
        sandbox.faults(dev.weft.sandbox.Faults.parse("error-rate=1"));
        try {
            robot.clickOn("#refresh");
            Waits.fx(() -> label(robot, "#status-refreshed").startsWith("Refresh failed"));
        } finally {
            sandbox.faults(dev.weft.sandbox.Faults.NONE);
        }
        java.util.Set<javafx.scene.Node> marks = robot.lookup("#tabs .tab-failed").queryAll();
        assertThat(marks).as("drawn on each tab's title").hasSize(tabs.getTabs().size());
        assertThat(marks).allMatch(n -> n.isVisible() && n.getScene() != null);
        javafx.scene.control.Tab keys = tabs.getTabs().stream().filter(t -> t.getText().equals("Access Keys")).findFirst().orElseThrow();
        assertThat(keys.getTooltip().getText()).as("why, in words").isNotBlank()
                .isEqualTo(f.shell.viewModel().accessKeys().errorProperty().get());
        javafx.scene.Node header = robot.lookup("#tabs .tab").queryAll().stream()
                .filter(n -> n.lookup(".tab-label") instanceof Label l && "Access Keys".equals(l.getText())).findFirst().orElseThrow();
        robot.moveTo(header);
        Waits.fx(() -> keys.getTooltip().isShowing()); // on hover
        robot.clickOn("#refresh");
        Waits.fx(() -> label(robot, "#status-refreshed").startsWith("Refreshed"));
        assertThat(tabs.getTabs()).as("a load that worked").allMatch(t -> t.getGraphic() == null && t.getTooltip() == null);
    }

    /**
     * The requests made since Weft started, from the keyboard or a click on the status bar's count: each with its
     * status and the server's request id, copied for a problem report without the token.
     */
    @Test
    void theRequestsWindowListsWhatWasAskedWithTheServersRequestIds(FxRobot robot) throws Exception {
        Waits.fx(() -> label(robot, "#status-refreshed").startsWith("Refreshed"));
        var sandbox = f.services.sandbox().running().get(10, java.util.concurrent.TimeUnit.SECONDS);
        sandbox.faults(dev.weft.sandbox.Faults.parse("reset-rate=1")); // every connection dropped: no answer
        try {
            robot.clickOn("#refresh");
            Waits.fx(() -> label(robot, "#status-refreshed").startsWith("Refresh failed"));
        } finally {
            sandbox.faults(dev.weft.sandbox.Faults.NONE);
        }
        javafx.scene.control.TableView<dev.weft.service.RequestHistory.Entry> table = openRequestsOnceIdle(robot);
        assertThat(table.getItems()).anySatisfy(e -> {
            assertThat(e.operation()).isEqualTo("GET /v1beta1/cks/clusters");
            assertThat(e.profile()).isEqualTo("Sandbox");
            assertThat(e.status()).isEqualTo(200);
            assertThat(e.requestId()).isNotBlank();
        });
        assertThat(robot.lookup("#requests-dialog").queryAs(javafx.scene.control.DialogPane.class).getHeaderText()).contains("since Weft started, newest first");
        assertThat(robot.lookup("#requests-dialog").queryAs(javafx.scene.control.DialogPane.class).getHeaderText()).containsPattern("; \\d+ failed$");
        int all = table.getItems().size();
        robot.clickOn("#requests-failed-only");
        assertThat(table.getItems()).as("the refresh's, which had no answer").isNotEmpty().hasSizeLessThan(all)
                .allSatisfy(e -> assertThat(e.ok()).isFalse()).allSatisfy(e -> assertThat(e.status()).isZero());
        robot.clickOn("#requests-failed-only");
        robot.clickOn("#requests-copy");
        String copied = WaitForAsyncUtils.waitForAsyncFx(5000, () -> javafx.scene.input.Clipboard.getSystemClipboard().getString());
        assertThat(copied).startsWith("started\tprofile\trequest\tstatus\ttook\tattempts\trequest id\n")
                .contains("\tSandbox\tGET /v1beta1/cks/clusters\t200\t").doesNotContain("sandbox-token");
        int before = table.getItems().size();
        robot.clickOn("#refresh");
        // Its requests finished (the count reads Idle for a moment before they start)
        Waits.fx(() -> f.shell.viewModel().requestsFinished().size() >= before + 5);
        robot.clickOn("#requests-refresh");
        assertThat(table.getItems().size()).as("this refresh's requests too").isGreaterThanOrEqualTo(before + 5);
        int shown = table.getItems().size();
        robot.clickOn("#refresh");
        Waits.fx(() -> f.shell.viewModel().requestsFinished().size() >= shown + 5);
        // The window's shortcut again, as the main window runs it (the robot's keys go to the window in front).
        robot.interact(() -> stage.getScene().getAccelerators().get(Shell.REQUESTS).run());
        Waits.fx(() -> table.getItems().size() >= shown + 5); // the open window, read again
        assertThat(robot.lookup("#requests-dialog").queryAll()).as("not a second window").hasSize(1);
        robot.interact(() -> robot.lookup("#requests-dialog").query().getScene().getWindow().hide());

        // Another account's requests beside the first's, each named by its profile.
        robot.interact(() -> f.shell.viewModel().switchTo(f.shell.viewModel().profiles().get(1)));
        Waits.fx(() -> label(robot, "#clusters-view #summary").startsWith("2 clusters"));
        Waits.fx(() -> label(robot, "#status-requests").equals("Idle"));
        robot.clickOn("#status-requests");
        Waits.fx(() -> robot.lookup("#requests-dialog").tryQuery().isPresent());
        @SuppressWarnings("unchecked")
        javafx.scene.control.TableView<dev.weft.service.RequestHistory.Entry> again =
                robot.lookup("#requests-table").queryAs(javafx.scene.control.TableView.class);
        assertThat(again.getItems()).extracting(dev.weft.service.RequestHistory.Entry::profile).contains("Sandbox", "Sandbox (Kupe)");
        assertThat(again.getItems().get(0).profile()).as("the newest first").isEqualTo("Sandbox (Kupe)");
        robot.interact(() -> robot.lookup("#requests-dialog").query().getScene().getWindow().hide());
    }

    /**
     * The open requests window takes each request as it finishes, at the top — except while rows are chosen to copy,
     * when the list stays as it is and its header counts the newer requests until Refresh, or the choice let go.
     */
    @Test
    void theOpenRequestsWindowTakesNewRequestsUnlessRowsAreChosen(FxRobot robot) {
        Waits.fx(() -> label(robot, "#status-refreshed").startsWith("Refreshed"));
        javafx.scene.control.TableView<dev.weft.service.RequestHistory.Entry> table = openRequestsOnceIdle(robot);
        javafx.scene.control.DialogPane pane = robot.lookup("#requests-dialog").queryAs(javafx.scene.control.DialogPane.class);
        int shown = table.getItems().size();
        robot.interact(() -> f.shell.viewModel().refreshAll());
        Waits.fx(() -> table.getItems().size() >= shown + 5); // no Refresh clicked
        assertThat(table.getItems().get(0)).as("the newest at the top").isEqualTo(f.shell.viewModel().requestsFinished().get(0));
        for (int i = 0; i < 4; i++) { // more rows than the window shows
            int now = f.shell.viewModel().requestsFinished().size();
            robot.interact(() -> f.shell.viewModel().refreshAll());
            Waits.fx(() -> table.getItems().size() >= now + 5);
        }
        robot.interact(() -> table.scrollTo(6));
        dev.weft.service.RequestHistory.Entry read = table.getItems().get(6);
        Waits.fx(() -> read.equals(RequestsDialog.firstRowInView(table)));
        int scrolled = table.getItems().size();
        robot.interact(() -> f.shell.viewModel().refreshAll());
        Waits.fx(() -> table.getItems().size() >= scrolled + 5);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(RequestsDialog.firstRowInView(table)).as("the row being read, not pushed down by the new").isEqualTo(read);
        robot.interact(() -> table.scrollTo(0));

        robot.clickOn(robot.lookup("#requests-table .table-row-cell").nth(2).queryAs(Node.class));
        dev.weft.service.RequestHistory.Entry chosen = table.getSelectionModel().getSelectedItem();
        java.util.List<dev.weft.service.RequestHistory.Entry> before = java.util.List.copyOf(table.getItems());
        robot.interact(() -> f.shell.viewModel().refreshAll());
        Waits.fx(() -> pane.getHeaderText().matches(".* — \\d+ newer, shown by Refresh"));
        assertThat(table.getItems()).as("not moved under the choice").isEqualTo(before);
        assertThat(table.getSelectionModel().getSelectedItem()).isEqualTo(chosen);

        robot.clickOn("#requests-refresh");
        assertThat(table.getItems().size()).isGreaterThan(before.size());
        assertThat(pane.getHeaderText()).doesNotContain("newer");
        robot.interact(() -> robot.lookup("#requests-dialog").query().getScene().getWindow().hide());
    }

    /** The requests window by its shortcut, once no request is out, and its table. */
    @SuppressWarnings("unchecked")
    private javafx.scene.control.TableView<dev.weft.service.RequestHistory.Entry> openRequestsOnceIdle(FxRobot robot) {
        Waits.fx(() -> label(robot, "#status-requests").equals("Idle"));
        robot.press(KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.L).release(KeyCode.L, KeyCode.SHIFT, KeyCode.CONTROL);
        Waits.fx(() -> robot.lookup("#requests-dialog").tryQuery().isPresent());
        return robot.lookup("#requests-table").queryAs(javafx.scene.control.TableView.class);
    }

    /** While requests are out, the count's tooltip says what is being waited for, and for how long. */
    @Test
    void theRequestsCountSaysWhatItIsWaitingFor(FxRobot robot) throws Exception {
        Waits.fx(() -> label(robot, "#status-requests").equals("Idle"));
        var sandbox = f.services.sandbox().running().get(10, java.util.concurrent.TimeUnit.SECONDS);
        sandbox.faults(dev.weft.sandbox.Faults.parse("latency=6000ms")); // the tooltip opens a second after the hover
        try {
            robot.clickOn("#refresh");
            Waits.fx(() -> label(robot, "#status-requests").endsWith("requests…"));
            robot.moveTo("#status-requests");
            javafx.scene.control.Tooltip tip = robot.lookup("#status-requests").queryAs(Label.class).getTooltip();
            Waits.fx(tip::isShowing);
            assertThat(tip.getText()).startsWith("Waiting for the server:\n")
                    .contains("GET /v1beta1/cks/clusters · ").contains("GET /v1/cwobject/access-key · ");
        } finally {
            sandbox.faults(dev.weft.sandbox.Faults.NONE);
        }
        robot.moveTo("#status-refreshed");
        Waits.fx(() -> label(robot, "#status-requests").equals("Idle"));
    }

    @Test
    void aProfileAddedInAnotherWeftWindowIsInTheSwitchersList(FxRobot robot) throws Exception {
        Waits.fx(() -> label(robot, "#status-requests").equals("Idle") && switcher(robot).getItems().size() == 2);
        Profile prod = Profile.saved("Prod", dev.weft.profiles.Provider.COREWEAVE, java.net.URI.create("https://api.coreweave.com"), null);
        new dev.weft.profiles.ProfileStore(f.configDir).update(java.util.List.copyOf(switcher(robot).getItems()),
                saved -> dev.weft.profiles.ProfileStore.put(saved, prod));
        robot.clickOn("#profile-switcher");
        Waits.fx(() -> switcher(robot).isShowing() && switcher(robot).getItems().contains(prod));
        assertThat(switcher(robot).getItems()).extracting(Profile::name).containsExactly("Sandbox", "Sandbox (Kupe)", "Prod");
        assertThat(switcher(robot).getValue().name()).as("the open profile stays open").isEqualTo("Sandbox");
        robot.type(KeyCode.ESCAPE);
    }

    /** A second window on its own fixture (another environment). */
    private static Stage openInANewWindow(ShellFixture other) throws Exception {
        return org.testfx.util.WaitForAsyncUtils.asyncFx(() -> {
            Stage s = new Stage();
            other.open(s);
            return s;
        }).get(10, java.util.concurrent.TimeUnit.SECONDS);
    }

    @Test
    void theEnvironmentsProfileIsNotEditedOrRemovedHere(FxRobot robot) throws Exception {
        try (ShellFixture env = new ShellFixture(java.util.Map.of("COREWEAVE_API_TOKEN", "CW-SECRET-env"))) {
            Stage second = openInANewWindow(env);
            ComboBox<Profile> box = robot.from(second.getScene().getRoot()).lookup("#profile-switcher").queryAs(ComboBox.class);
            javafx.scene.control.MenuButton menu = robot.from(second.getScene().getRoot()).lookup(".menu-button").queryAs(javafx.scene.control.MenuButton.class);
            javafx.scene.control.MenuItem edit = menu.getItems().stream().filter(i -> "edit-profile".equals(i.getId())).findFirst().orElseThrow();
            javafx.scene.control.MenuItem remove = menu.getItems().stream().filter(i -> "remove-profile".equals(i.getId())).findFirst().orElseThrow();
            assertThat(edit.isDisable()).as("the sandbox's profile").isFalse();
            robot.interact(() -> box.setValue(box.getItems().stream().filter(p -> p.name().equals("Environment")).findFirst().orElseThrow()));
            assertThat(edit.isDisable()).isTrue();
            assertThat(remove.isDisable()).isTrue();
            assertThat(edit.getText()).isEqualTo("Edit profile… (set by environment variables)");
            robot.interact(second::close);
        }
    }

    /**
     * A refused token from the environment is replaced there: the question names the variable and offers a profile
     * of one's own, not the profile dialog, which the Profiles menu keeps closed for it.
     */
    @Test
    void aBadTokenFromTheEnvironmentIsToldToBeReplacedThere(FxRobot robot) throws Exception {
        String sandboxUrl = f.services.sandbox().baseUri().get().toString();
        try (ShellFixture env = new ShellFixture(java.util.Map.of("COREWEAVE_API_TOKEN", "CW-SECRET-refused",
                "COREWEAVE_API_ENDPOINT", sandboxUrl))) {
            Stage second = openInANewWindow(env);
            ComboBox<Profile> box = robot.from(second.getScene().getRoot()).lookup("#profile-switcher").queryAs(ComboBox.class);
            robot.interact(() -> box.setValue(box.getItems().stream().filter(p -> p.name().equals("Environment")).findFirst().orElseThrow()));

            Waits.fx(() -> robot.lookup("#unauthorized-dialog").tryQuery().isPresent());
            javafx.scene.control.DialogPane pane = robot.lookup("#unauthorized-dialog").queryAs(javafx.scene.control.DialogPane.class);
            assertThat(pane.getHeaderText()).isEqualTo("The token of “Environment” was not accepted");
            assertThat(pane.getContentText()).contains("COREWEAVE_API_TOKEN").contains("start Weft again")
                    .doesNotContain("Edit the profile").doesNotContain("refused");
            assertThat(pane.getButtonTypes()).extracting(ButtonType::getText).containsExactly("Add profile…", "Not now");
            Label placeholder = robot.from(second.getScene().getRoot()).lookup("#clusters-placeholder").queryAs(Label.class);
            Waits.fx(() -> placeholder.getText().startsWith("Could not load"));
            assertThat(placeholder.getText()).as("the tab's words too").contains("The API token in COREWEAVE_API_TOKEN was not accepted")
                    .doesNotContain("in this profile");
            robot.clickOn(pane.lookupButton(pane.getButtonTypes().get(0))); // the sandbox's notice has one too
            Waits.fx(() -> robot.lookup("#profile-dialog").tryQuery().isPresent());
            assertThat(robot.lookup("#profile-name").queryAs(TextField.class).getText()).as("a new profile").isEmpty();
            robot.interact(() -> robot.lookup("#profile-dialog").query().getScene().getWindow().hide());
            robot.interact(second::close);
        }
    }

    /**
     * The sandbox's profile can be renamed: its endpoint is the sandbox's own, left empty and disabled, and the dialog
     * asked for it ("Still needed: Endpoint."), Save disabled for good. Removing it says what it is, not that a token
     * leaves the keychain.
     */
    @Test
    void theSandboxsProfileIsRenamedAndItsRemovalSaysWhatItIs(FxRobot robot) {
        Waits.fx(() -> switcher(robot).getValue() != null && switcher(robot).getValue().isSandbox());
        robot.clickOn("#profiles-menu").clickOn("#edit-profile");
        Waits.fx(() -> robot.lookup("#profile-dialog").tryQuery().isPresent());
        TextField name = robot.lookup("#profile-name").queryAs(TextField.class);
        robot.interact(() -> name.setText("Sample account"));
        Button save = robot.lookup("#profile-save").queryButton();
        Waits.fx(() -> !save.isDisabled());
        assertThat(label(robot, "#form-needed")).as("nothing still needed").isEmpty();
        robot.clickOn(save);
        Waits.fx(() -> robot.lookup("#profile-dialog").tryQuery().isEmpty());
        Waits.fx(() -> switcher(robot).getValue().name().equals("Sample account") && switcher(robot).getValue().isSandbox());
        Waits.fx(() -> statusText(robot).startsWith("Sample account  ·  CoreWeave  ·  "));

        robot.clickOn("#profiles-menu").clickOn("#remove-profile");
        Waits.fx(() -> robot.lookup("#remove-profile-dialog").tryQuery().isPresent());
        assertThat(robot.lookup("#remove-profile-dialog").queryAs(javafx.scene.control.DialogPane.class).getContentText())
                .isEqualTo("Weft's local sandbox leaves the list. Its sample data was only ever on this computer.");
        robot.interact(() -> robot.lookup("#remove-profile-dialog").query().getScene().getWindow().hide());
    }

    @Test
    void ctrlShiftNOrTheProfilesMenuStartsAnotherWeftForASecondAccount(FxRobot robot) {
        java.util.List<ProcessBuilder> started = new java.util.concurrent.CopyOnWriteArrayList<>();
        f.shell.startProcess = started::add;
        robot.press(KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.N).release(KeyCode.N, KeyCode.SHIFT, KeyCode.CONTROL);
        Waits.fx(() -> started.size() == 1);
        robot.clickOn("#profiles-menu").clickOn("New window");
        Waits.fx(() -> started.size() == 2);
        assertThat(started).allSatisfy(pb -> {
            assertThat(pb.command()).first().isEqualTo(ProcessHandle.current().info().command().orElseThrow());
            assertThat(pb.environment().get(NewWindow.CASCADE)).as("this window's place and size")
                    .isEqualTo(stage.getX() + "," + stage.getY() + "," + stage.getWidth() + "," + stage.getHeight());
        });
    }

    /** A saved profile moved to the other provider takes that provider's endpoint where it had its old one's. */
    @Test
    void aProfileMovedToTheOtherProviderTakesItsEndpoint(FxRobot robot) throws Exception {
        Profile prod = Profile.saved("Prod", dev.weft.profiles.Provider.COREWEAVE, java.net.URI.create("https://api.coreweave.com"), null);
        robot.interact(() -> f.shell.openProfileDialog(prod));
        Waits.fx(() -> robot.lookup("#profile-dialog").tryQuery().isPresent());
        @SuppressWarnings("unchecked")
        ComboBox<dev.weft.profiles.Provider> provider = robot.lookup("#profile-provider").queryAs(ComboBox.class);
        TextField endpoint = robot.lookup("#profile-endpoint").queryAs(TextField.class);
        robot.interact(() -> provider.setValue(dev.weft.profiles.Provider.KUPE));
        assertThat(endpoint.getText()).isEqualTo("https://api.kupe.cloud");
        robot.clickOn(endpoint);
        robot.interact(() -> endpoint.setText("https://proxy.example.com")); // typed, the field focused
        robot.interact(() -> provider.setValue(dev.weft.profiles.Provider.COREWEAVE));
        assertThat(endpoint.getText()).as("one the user gave").isEqualTo("https://proxy.example.com");
        robot.interact(() -> robot.lookup("#profile-dialog").query().getScene().getWindow().hide());
    }

    /** A URL copied from Kupe's curl examples: the server it names is kept, and its tenant filled in. */
    @Test
    void aKupeUrlPastedFromTheDocumentsGivesTheServerAndTheTenant(FxRobot robot) throws Exception {
        String sandboxUrl = f.services.sandbox().baseUri().get().toString();
        robot.clickOn("#profiles-menu").clickOn("#add-profile");
        Waits.fx(() -> robot.lookup("#profile-dialog").tryQuery().isPresent());
        robot.clickOn("#profile-name").write("Kupe docs");
        @SuppressWarnings("unchecked")
        ComboBox<dev.weft.profiles.Provider> provider = robot.lookup("#profile-provider").queryAs(ComboBox.class);
        robot.interact(() -> provider.setValue(dev.weft.profiles.Provider.KUPE));
        TextField endpoint = robot.lookup("#profile-endpoint").queryAs(TextField.class);
        TextField tenant = robot.lookup("#profile-tenant").queryAs(TextField.class);
        robot.clickOn(endpoint);
        robot.interact(() -> endpoint.setText(sandboxUrl + "/api/v1/tenants/sand"));
        assertThat(tenant.getText()).as("the tenant the URL names").isEqualTo("sand");
        robot.interact(() -> endpoint.setText(sandboxUrl + "/api/v1/tenants/sandbox/clusters"));
        assertThat(tenant.getText()).as("followed as the URL is typed on").isEqualTo("sandbox");
        robot.clickOn("#profile-token").write("sandbox-token");
        Waits.fx(() -> endpoint.getText().equals(sandboxUrl));
        robot.clickOn("#profile-save");
        Waits.fx(() -> switcher(robot).getValue() != null && switcher(robot).getValue().name().equals("Kupe docs"));
        Waits.fx(() -> label(robot, "#clusters-view #summary").startsWith("2 clusters"));
    }

    @Test
    void addAProfileThroughTheDialogAndTheStatusBarFollows(FxRobot robot) throws Exception {
        Waits.fx(() -> statusText(robot).contains("127.0.0.1"));
        String sandboxUrl = f.services.sandbox().baseUri().get().toString();
        robot.clickOn("#profiles-menu").clickOn("#add-profile");
        Waits.fx(() -> robot.lookup("#profile-dialog").tryQuery().isPresent());
        Node nameField = robot.lookup("#profile-name").query();
        assertThat(Waits.settled(() -> nameField.getScene().getFocusOwner(), owner -> owner == nameField))
                .as("typing starts in the name").isSameAs(nameField);
        Button add = robot.lookup("#profile-save").queryButton();
        assertThat(add.isDisabled()).as("nothing typed yet").isTrue();
        Waits.fx(() -> label(robot, "#form-needed").equals("Still needed: Name, API token."));
        assertThat(label(robot, "#profile-keychain-note")).contains("No system keychain").contains("only until Weft closes");
        javafx.scene.layout.Region form = (javafx.scene.layout.Region) robot.lookup("#profile-dialog")
                .queryAs(javafx.scene.control.DialogPane.class).getContent();
        double blank = Waits.settled(() -> form.getHeight() - form.snappedBottomInset() - form.getChildrenUnmodifiable().stream()
                .filter(n -> n.isManaged() && n.isVisible() && !(n instanceof Label l && l.getText().isEmpty())).mapToDouble(n -> n.getBoundsInParent().getMaxY()).max().orElse(0), b -> b < 4);
        // The test's answer, empty until asked for, held a line of blank above the buttons.
        assertThat(blank).as("blank under the keychain's note").isLessThan(4);

        robot.clickOn("#profile-name").write("Staging");
        TextField endpoint = robot.lookup("#profile-endpoint").queryAs(TextField.class);
        robot.interact(() -> endpoint.setText("http://example.com"));
        robot.clickOn("#profile-token").write("sandbox-token");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(add.isDisabled()).as("plain http to a remote host is refused").isTrue();
        Waits.fx(() -> label(robot, "#form-problems").equals("Endpoint: Use https:// — a token is sent over plain http:// only to this computer."));
        robot.interact(() -> endpoint.setText(sandboxUrl));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(add.isDisabled()).isFalse();
        double blankOnceRight = Waits.settled(() -> form.getHeight() - form.snappedBottomInset() - form.getChildrenUnmodifiable().stream()
                .filter(n -> n.isManaged() && n.isVisible() && !(n instanceof Label l && l.getText().isEmpty())).mapToDouble(n -> n.getBoundsInParent().getMaxY()).max().orElse(0), b -> b < 4);
        assertThat(blankOnceRight).as("the room the problem's line took, given back once it is put right").isLessThan(4);

        robot.clickOn("#profile-test");
        Waits.fx(() -> label(robot, "#profile-connection").startsWith("Connected"));
        Label answer = robot.lookup("#profile-connection").queryAs(Label.class);
        Label note = robot.lookup("#profile-keychain-note").queryAs(Label.class);
        // Both wrapped texts whole (the answer had squeezed the note to "… closes …"), inside the form.
        double cut = Waits.settled(() -> dev.weft.testing.Labels.shortfall(note, answer)
                + Math.max(0, answer.localToScene(answer.getBoundsInLocal()).getMaxY() - form.localToScene(form.getLayoutBounds()).getMaxY()), c -> c < 1);
        assertThat(cut).as("the note's and the answer's lines all shown, the dialog grown for them").isLessThan(1);
        robot.clickOn(add);
        Waits.fx(() -> switcher(robot).getValue() != null && switcher(robot).getValue().name().equals("Staging"));
        Waits.fx(() -> statusText(robot).startsWith("Staging  ·  CoreWeave  ·  "));
        assertThat(statusText(robot)).contains(sandboxUrl);
        Waits.fx(() -> label(robot, "#clusters-view #summary").startsWith("4 clusters"));
        assertThat(shown(robot, "#sandbox-notice")).as("not a sandbox profile").isFalse();

        Waits.fx(() -> Files.readString(f.configDir.resolve("profiles.json")).contains("Staging"));
        assertThat(f.everythingWritten()).doesNotContain("sandbox-token");
        // What removing it would break outside Weft is said before it is done.
        robot.clickOn("#profiles-menu").clickOn("#remove-profile");
        Waits.fx(() -> robot.lookup("#remove-profile-dialog").tryQuery().isPresent());
        assertThat(robot.lookup("#remove-profile-dialog").queryAs(javafx.scene.control.DialogPane.class).getContentText())
                .contains("kubeconfigs and AWS profiles exported from it stop working");
        robot.interact(() -> robot.lookup("#remove-profile-dialog").query().getScene().getWindow().hide());

        robot.interact(() -> switcher(robot).setValue(switcher(robot).getItems().get(0)));
        Waits.fx(() -> statusText(robot).startsWith("Sandbox  ·  CoreWeave  ·  "));
    }

    @Test
    void settingsThatCannotBeSavedAreSaidOnce(FxRobot robot) throws Exception {
        Waits.fx(() -> label(robot, "#status-refreshed").startsWith("Refreshed"));
        java.nio.file.Path state = f.configDir.resolve("ui-state.json");
        Files.deleteIfExists(state);
        Files.createDirectories(state.resolve("in-the-way")); // where the file goes, as a disk Weft may not write to would
        robot.press(KeyCode.CONTROL, KeyCode.DIGIT2).release(KeyCode.DIGIT2, KeyCode.CONTROL); // the tab is a setting
        Waits.fx(() -> robot.lookup("#problem-notice").tryQuery().map(Node::isVisible).orElse(false));
        assertThat(f.shell.viewModel().problemProperty().get())
                .startsWith("The window's settings are not being saved: Weft could not write to " + state + " (");
        robot.interact(() -> f.shell.viewModel().problemProperty().set("")); // dismissed
        robot.press(KeyCode.CONTROL, KeyCode.DIGIT3).release(KeyCode.DIGIT3, KeyCode.CONTROL);
        WaitForAsyncUtils.sleep(500, java.util.concurrent.TimeUnit.MILLISECONDS);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(f.shell.viewModel().problemProperty().get()).as("not brought back by the next change").isEmpty();
    }

    @Test
    void aDialogThatGrowsWithItsAnswerStaysOnTheScreen(FxRobot robot) {
        Waits.fx(() -> statusText(robot).contains("127.0.0.1"));
        javafx.geometry.Rectangle2D screen = javafx.stage.Screen.getPrimary().getVisualBounds();
        robot.interact(() -> stage.setY(screen.getMaxY() - stage.getHeight() + 300)); // dragged partly below the edge
        robot.clickOn("#profiles-menu").clickOn("#add-profile");
        Waits.fx(() -> robot.lookup("#profile-dialog").tryQuery().isPresent());
        javafx.stage.Window dialog = robot.lookup("#profile-dialog").query().getScene().getWindow();
        robot.interact(() -> {
            robot.lookup("#profile-name").queryAs(TextField.class).setText("Nowhere");
            robot.lookup("#profile-endpoint").queryAs(TextField.class).setText("http://127.0.0.1:1");
            robot.lookup("#profile-token").queryAs(TextField.class).setText("t");
            dialog.setY(screen.getMaxY() - dialog.getHeight()); // its bottom on the screen's edge
        });
        double before = dialog.getHeight();
        robot.clickOn("#profile-test");
        Waits.fx(() -> label(robot, "#profile-connection").startsWith("Failed"));
        double bottom = Waits.settled(() -> dialog.getY() + dialog.getHeight(), b -> dialog.getHeight() > before && b <= screen.getMaxY());
        assertThat(dialog.getHeight()).as("grown to show the answer").isGreaterThan(before);
        assertThat(bottom).as("its buttons still on the screen").isLessThanOrEqualTo(screen.getMaxY());
    }

    @Test
    void aTokenTypedInANewProfileIsAskedAboutBeforeEscapeDropsIt(FxRobot robot) {
        Waits.fx(() -> statusText(robot).contains("127.0.0.1"));
        robot.clickOn("#profiles-menu").clickOn("#add-profile");
        Waits.fx(() -> robot.lookup("#profile-dialog").tryQuery().isPresent());
        robot.press(KeyCode.ESCAPE).release(KeyCode.ESCAPE);
        Waits.fx(() -> robot.lookup("#profile-dialog").tryQuery().isEmpty());
        assertThat(robot.lookup("#discard-question").tryQuery()).as("nothing typed: closed at once").isEmpty();

        robot.clickOn("#profiles-menu").clickOn("#add-profile");
        Waits.fx(() -> robot.lookup("#profile-dialog").tryQuery().isPresent());
        robot.clickOn("#profile-token").write("CW-SECRET-pasted");
        robot.press(KeyCode.ESCAPE).release(KeyCode.ESCAPE);
        Waits.fx(() -> robot.lookup("#discard-question").tryQuery().isPresent());
        robot.press(KeyCode.ENTER).release(KeyCode.ENTER);
        Waits.fx(() -> robot.lookup("#discard-question").tryQuery().isEmpty());
        assertThat(robot.lookup("#profile-token").queryAs(TextField.class).getText()).as("kept").isEqualTo("CW-SECRET-pasted");
        robot.press(KeyCode.ESCAPE).release(KeyCode.ESCAPE);
        Waits.fx(() -> robot.lookup("#discard-question").tryQuery().isPresent());
        robot.clickOn("#discard-drop");
        Waits.fx(() -> robot.lookup("#profile-dialog").tryQuery().isEmpty());
        assertThat(f.shell.viewModel().profiles()).as("nothing added").hasSize(2);
    }

    @Test
    void aBadTokenAsksToFixTheProfileAndNothingIsWrittenInPlainText(FxRobot robot) throws Exception {
        Waits.fx(() -> statusText(robot).contains("127.0.0.1"));
        String sandboxUrl = f.services.sandbox().baseUri().get().toString();
        robot.clickOn("#profiles-menu").clickOn("#add-profile");
        Waits.fx(() -> robot.lookup("#profile-dialog").tryQuery().isPresent());
        robot.clickOn("#profile-name").write("Broken");
        TextField endpoint = robot.lookup("#profile-endpoint").queryAs(TextField.class);
        robot.interact(() -> endpoint.setText(sandboxUrl));
        robot.clickOn("#profile-token").write("CW-SECRET-canary-4242");
        robot.clickOn("#profile-token-reveal");
        assertThat(robot.lookup("#profile-token-shown").queryAs(TextField.class).getText()).isEqualTo("CW-SECRET-canary-4242");
        robot.clickOn("#profile-save");

        Waits.fx(() -> robot.lookup("#unauthorized-dialog").tryQuery().isPresent());
        assertThat(robot.lookup("#unauthorized-dialog").queryAs(Node.class).isVisible()).isTrue();
        assertThat(robot.lookup(".dialog-pane .header-panel .label").queryAs(Label.class).getText()).contains("Broken");
        assertThat(robot.lookup("#status-error").queryAs(javafx.scene.control.Hyperlink.class).getText()).contains("token");
        Waits.fx(() -> label(robot, "#status-refreshed").startsWith("Refresh failed at"));
        assertThat(robot.lookup("#status-refreshed").queryAs(Label.class).getStyleClass()).contains("status-error");
        assertThat(f.everythingWritten()).doesNotContain("canary-4242");
        assertThat(statusText(robot)).doesNotContain("canary");
        assertThat(label(robot, "#clusters-placeholder")).contains("Could not load the clusters").contains("token")
                .contains("try again");
        assertThat(label(robot, "#clusters-view #summary")).as("the sandbox's count, kept for the broken profile").isEmpty();
        robot.interact(() -> robot.lookup("#tabs").queryAs(TabPane.class).getSelectionModel().select(2));
        Waits.fx(() -> label(robot, "#policies-placeholder").contains("Could not load the policies"));
        assertThat(label(robot, "#policies-placeholder")).as("the policy list says why it is empty").contains("token");

        robot.clickOn("Edit profile…");
        Waits.fx(() -> robot.lookup("#profile-dialog").tryQuery().isPresent());
        assertThat(robot.lookup("#profile-name").queryAs(TextField.class).getText()).isEqualTo("Broken");
    }

    @Test
    void ctrlNOpensTheShownTabsNewFormAndF5ShowsWhatChangedOnTheServer(FxRobot robot) throws Exception {
        Waits.fx(() -> label(robot, "#clusters-view #summary").startsWith("4 clusters"));
        robot.press(KeyCode.CONTROL, KeyCode.N).release(KeyCode.N, KeyCode.CONTROL);
        Waits.fx(() -> robot.lookup("#create-cluster").tryQuery().isPresent());
        robot.interact(() -> robot.lookup("#create-cluster").query().getScene().getWindow().hide());

        robot.press(KeyCode.CONTROL, KeyCode.DIGIT2).release(KeyCode.DIGIT2, KeyCode.CONTROL);
        var keys = f.shell.viewModel().accessKeys();
        Waits.fx(() -> keys.items().size() == 12);
        robot.press(KeyCode.CONTROL, KeyCode.N).release(KeyCode.N, KeyCode.CONTROL);
        Waits.fx(() -> robot.lookup("#create-key").tryQuery().isPresent());
        robot.interact(() -> robot.lookup("#create-key").query().getScene().getWindow().hide());

        // Made by someone else, elsewhere: the tab learns of it when asked to refresh.
        f.shell.viewModel().sessionProperty().get().storage()
                .createAccessKey(dev.weft.api.objectstorage.CreateAccessKeyRequest.permanent()).get(10, java.util.concurrent.TimeUnit.SECONDS);
        assertThat(keys.items()).hasSize(12);
        robot.clickOn("#keys-table").press(KeyCode.F5).release(KeyCode.F5);
        Waits.fx(() -> keys.items().size() == 13);
    }

    @Test
    void aKupeProfileShowsItsClustersAndExplainsTheStorageTabs(FxRobot robot) {
        Waits.fx(() -> label(robot, "#clusters-view #summary").startsWith("4 clusters"));
        robot.interact(() -> switcher(robot).setValue(switcher(robot).getItems().get(1)));
        Waits.fx(() -> label(robot, "#clusters-view #summary").startsWith("2 clusters"));
        assertThat(statusText(robot)).startsWith("Sandbox (Kupe)  ·  Kupe Cloud  ·  ");
        assertThat(robot.lookup("#status-bar").query().getScene().getWindow()).isInstanceOfSatisfying(javafx.stage.Stage.class,
                window -> assertThat(window.getTitle()).as("the window says whose it is").isEqualTo("Sandbox (Kupe) — Weft"));
        robot.press(KeyCode.CONTROL, KeyCode.DIGIT2).release(KeyCode.DIGIT2, KeyCode.CONTROL);
        assertThat(label(robot, "#access-keys-view #summary")).contains("Switch to a CoreWeave profile");
        robot.press(KeyCode.CONTROL, KeyCode.DIGIT3).release(KeyCode.DIGIT3, KeyCode.CONTROL);
        assertThat(label(robot, "#policy-no-editor")).as("not 'Choose a policy, or create one.' where none can be")
                .contains("Switch to a CoreWeave profile");
        robot.press(KeyCode.CONTROL, KeyCode.DIGIT4).release(KeyCode.DIGIT4, KeyCode.CONTROL);
        // The long explanation beside the Buckets toolbar had squeezed its controls to "…".
        String export = Waits.settled(() -> ((javafx.scene.text.Text) robot.lookup("#bucket-export").query().lookup(".text")).getText(),
                "Export CSV…"::equals);
        assertThat(export).isEqualTo("Export CSV…");
        assertThat(label(robot, "#buckets-placeholder")).contains("Switch to a CoreWeave profile");
        assertThat(robot.lookup("#buckets-view #summary").query().isVisible()).as("said once, by the table, not again cut short").isFalse();
        assertThat(robot.lookup("#bucket-totals").query().isVisible()).as("no '0 buckets · 0 B' under a table that cannot have any")
                .isFalse();
    }

    @Test
    void theStatusBarKeepsItsStateWholeBesideAnErrorAndTellsTheRestOnHover(FxRobot robot) {
        Waits.fx(() -> label(robot, "#status-refreshed").startsWith("Refreshed"));
        // Idle, as a person reads the bar after a refresh: "1 request…" is 60 px wider than "Idle", and the
        // profile gives up that room first (whole on hover), so a load still running had it drawn short.
        Waits.fx(() -> label(robot, "#status-requests").equals("Idle"));
        robot.interact(() -> {
            stage.getScene().getRoot().setStyle("-fx-font-size: 15px");
            f.shell.viewModel().lastErrorProperty().set(new dev.weft.api.ApiException(dev.weft.api.ApiException.Kind.HTTP_ERROR, 500,
                    null, "the metadata store timed out", java.util.List.of(), "req-7", "list clusters", null));
            f.shell.viewModel().lastRefreshProperty().set(new LastRefresh(java.time.Instant.now(), 1, 4));
        });
        javafx.scene.control.Hyperlink error = robot.lookup("#status-error").queryAs(javafx.scene.control.Hyperlink.class);
        assertThat(error.getText()).as("one sentence in the bar").isEqualTo("Last error: The server had a problem (HTTP 500).");
        assertThat(error.getTooltip().getText()).as("all of it on hover").contains("metadata store timed out");
        for (boolean narrowest : new boolean[]{false, true}) {
            robot.interact(() -> {
                stage.setWidth(narrowest ? stage.getMinWidth() : 1200);
                stage.setHeight(narrowest ? stage.getMinHeight() : 760);
            });
            String size = narrowest ? "the narrowest window" : "the default size";
            // "Idle" had been drawn "…" and "1 of 4 tabs failed" cut to "1 of 4 tabs f…" at the default size.
            java.util.List<String> cut = Waits.settled(() -> CutWords.in(robot.lookup("#status-bar").query()), java.util.List::isEmpty);
            assertThat(cut).as("words cut in the status bar at %s", size).isEmpty();
            if (!narrowest) {
                // Settled: a clusters poll (every 3 s while one is in transition) has "1 request…" for a moment.
                String drawn = Waits.settled(() -> ((javafx.scene.text.Text) robot.lookup("#status-profile .text").query()).getText(),
                        t -> t.equals(label(robot, "#status-profile")));
                assertThat(drawn).as("whole at %s", size).isEqualTo(label(robot, "#status-profile"));
                assertThat(((javafx.scene.text.Text) error.lookup(".text")).getText()).as("whole at %s", size).isEqualTo(error.getText());
            }
        }
    }

    @Test
    void everyWordIsDrawnWholeOnEveryTabAtTheDefaultSizeAndTheNarrowest(FxRobot robot) {
        TabPane tabs = robot.lookup("#tabs").queryAs(TabPane.class);
        robot.interact(() -> stage.getScene().getRoot().setStyle("-fx-font-size: 15px"));
        for (int profile : new int[]{0, 1}) { // CoreWeave, then Kupe, whose clusters have other columns and details
            robot.interact(() -> switcher(robot).setValue(switcher(robot).getItems().get(profile)));
            Waits.fx(() -> f.shell.viewModel().tabs().stream().allMatch(t -> t.stateProperty().get() == TabViewModel.State.READY
                    || t.stateProperty().get() == TabViewModel.State.UNAVAILABLE));
            for (boolean narrowest : new boolean[]{false, true}) {
                robot.interact(() -> {
                    stage.setWidth(narrowest ? stage.getMinWidth() : 1200);
                    stage.setHeight(narrowest ? stage.getMinHeight() : 760);
                });
                for (int tab = 0; tab < tabs.getTabs().size(); tab++) {
                    int index = tab;
                    robot.interact(() -> tabs.getSelectionModel().select(index));
                    for (boolean chosen : new boolean[]{false, true}) {
                        if (chosen) { // the first row of each table and list, so the details beside it show
                            robot.interact(() -> {
                                Node content = tabs.getTabs().get(index).getContent();
                                content.lookupAll(".table-view").forEach(n -> ((javafx.scene.control.TableView<?>) n).getSelectionModel().select(0));
                                content.lookupAll(".list-view").forEach(n -> ((javafx.scene.control.ListView<?>) n).getSelectionModel().select(0));
                            });
                        }
                        // and each page of the tab's own tabs (a bucket's, the organization's; a policy's JSON, lint, simulator)
                        java.util.List<TabPane> pages = tabs.getTabs().get(index).getContent().lookupAll(".tab-pane").stream()
                                .map(TabPane.class::cast).toList();
                        for (TabPane page : pages.isEmpty() ? java.util.Collections.<TabPane>singletonList(null) : pages) {
                            for (int i = 0; i < (page == null ? 1 : page.getTabs().size()); i++) {
                                int pageIndex = i;
                                if (page != null) {
                                    robot.interact(() -> page.getSelectionModel().select(pageIndex));
                                }
                                java.util.List<String> cut = Waits.settled(() -> CutWords.in(stage.getScene().getRoot()), java.util.List::isEmpty);
                                assertThat(cut).as("words cut on %s, tab \"%s\"%s, %s, %s", switcher(robot).getValue().name(),
                                        tabs.getTabs().get(index).getText(), page == null ? "" : " page \"" + page.getTabs().get(pageIndex).getText() + "\"",
                                        narrowest ? "the narrowest window" : "the default size", chosen ? "a row chosen" : "as it opens").isEmpty();
                                assertThat(WaitForAsyncUtils.waitForAsyncFx(5000, () -> dev.weft.testing.UnnamedFields.in(stage.getScene().getRoot())))
                                        .as("fields without a name for a screen reader on %s, tab \"%s\"%s", switcher(robot).getValue().name(),
                                        tabs.getTabs().get(index).getText(), page == null ? "" : " page \"" + page.getTabs().get(pageIndex).getText() + "\"")
                                        .isEmpty();
                                java.util.List<String> sideways = Waits.settled(() -> scrolledSideways(tabs.getTabs().get(index).getContent()),
                                        java.util.List::isEmpty);
                                assertThat(sideways).as("panes scrolling sideways on %s, tab \"%s\"%s, %s, %s", switcher(robot).getValue().name(),
                                        tabs.getTabs().get(index).getText(), page == null ? "" : " page \"" + page.getTabs().get(pageIndex).getText() + "\"",
                                        narrowest ? "the narrowest window" : "the default size", chosen ? "a row chosen" : "as it opens").isEmpty();
                            }
                        }
                    }
                }
            }
        }
    }

    /**
     * The side panes and editors that show a sideways scroll bar: their content does not fit their width
     * (tables, lists and text areas scroll sideways by design). Call on the FX thread.
     */
    private static java.util.List<String> scrolledSideways(Node root) {
        return root.lookupAll(".scroll-pane").stream()
                .filter(n -> n instanceof javafx.scene.control.ScrollPane && !(n.getParent() instanceof javafx.scene.control.TextInputControl))
                .filter(n -> java.util.stream.Stream.iterate(n, x -> x != null, Node::getParent).allMatch(Node::isVisible))
                .map(javafx.scene.control.ScrollPane.class::cast)
                .filter(p -> p.getChildrenUnmodifiable().stream().anyMatch(c -> c instanceof javafx.scene.control.ScrollBar b
                        && b.getOrientation() == javafx.geometry.Orientation.HORIZONTAL && b.isVisible()))
                .map(p -> (p.getId() != null ? "#" + p.getId() : "a pane") + " with " + p.getContent().getClass().getSimpleName()
                        + " at " + Math.round(p.getContent().minWidth(-1)) + " px in " + Math.round(p.getViewportBounds().getWidth()))
                .toList();
    }

    @Test
    void atTheNarrowestThePolicyListKeepsRoomForAPolicysName(FxRobot robot) {
        robot.interact(() -> stage.getScene().getRoot().setStyle("-fx-font-size: 15px"));
        robot.interact(() -> robot.lookup("#tabs").queryAs(TabPane.class).getSelectionModel().select(2));
        robot.interact(() -> stage.setWidth(stage.getMinWidth()));
        // the editor's minimum was taken from the list alone, which read "analysts-re…"
        java.util.function.Supplier<String> drawn = () -> robot.lookup("#policy-list .list-cell .label").queryAllAs(Label.class).stream()
                .filter(l -> "analysts-read-only".equals(l.getText())).map(l -> ((javafx.scene.text.Text) l.lookup(".text")).getText())
                .findFirst().orElse("");
        assertThat(Waits.settled(drawn::get, "analysts-read-only"::equals)).as("the name drawn in the list").isEqualTo("analysts-read-only");
    }

    @Test
    void aTablesSortIsRememberedForTheNextRun(FxRobot robot) throws Exception {
        robot.press(KeyCode.CONTROL, KeyCode.DIGIT2).release(KeyCode.DIGIT2, KeyCode.CONTROL);
        Waits.fx(() -> label(robot, "#access-keys-view #summary").startsWith("12 keys"));
        javafx.scene.Node expires = robot.lookup("#keys-table .column-header .label").queryAllAs(Label.class).stream()
                .filter(l -> l.getText().equals("Expires")).findFirst().orElseThrow();
        robot.clickOn(expires).clickOn(expires); // ascending, then descending
        Waits.fx(() -> Files.readString(f.configDir.resolve("ui-state.json")).contains("Expires:DESCENDING"));
        // The clusters' table too, in a split, and on the tab the next run opens on (built with the window).
        robot.press(KeyCode.CONTROL, KeyCode.DIGIT1).release(KeyCode.DIGIT1, KeyCode.CONTROL);
        javafx.scene.Node name = robot.lookup("#clusters-table .column-header .label").queryAllAs(Label.class).stream()
                .filter(l -> l.getText().equals("Name")).findFirst().orElseThrow();
        robot.clickOn(name).clickOn(name);
        Waits.fx(() -> Files.readString(f.configDir.resolve("ui-state.json")).contains("Name:DESCENDING"));

        // The next run, on the same settings: the clusters and the keys come sorted as they were left.
        ShellFixture next = new ShellFixture(f.configDir);
        try {
            robot.interact(() -> next.open(stage));
            javafx.scene.control.TableView<?> clusters = robot.lookup("#clusters-table").queryTableView();
            Waits.fx(() -> clusters.getItems().size() == 4);
            assertThat(WaitForAsyncUtils.waitForAsyncFx(5000, () -> clusters.getItems().stream()
                    .map(c -> ((dev.weft.ui.clusters.ClusterItem) c).row().name()).toList()))
                    .containsExactly("train-west", "staging-west", "prod-east", "legacy-batch");
            robot.press(KeyCode.CONTROL, KeyCode.DIGIT2).release(KeyCode.DIGIT2, KeyCode.CONTROL);
            javafx.scene.control.TableView<?> keys = robot.lookup("#keys-table").queryTableView();
            Waits.fx(() -> keys.getItems().size() == 12);
            assertThat(WaitForAsyncUtils.waitForAsyncFx(5000, () -> keys.getSortOrder().stream()
                    .map(c -> c.getText() + " " + c.getSortType()).toList())).containsExactly("Expires DESCENDING");
            java.util.List<java.time.Instant> shown = WaitForAsyncUtils.waitForAsyncFx(5000, () -> keys.getItems().stream()
                    .map(k -> ((dev.weft.ui.accesskeys.KeyItem) k).info())
                    .map(k -> k.permanent() ? java.time.Instant.MAX : k.expiry()).toList());
            assertThat(shown).as("the rows themselves in that order, the keys that never expire first")
                    .isSortedAccordingTo(java.util.Comparator.reverseOrder());
        } finally {
            next.close();
        }
    }

    @Test
    void whereADividerWasLeftIsWhereItIsNextRun(FxRobot robot) throws Exception {
        Waits.fx(() -> label(robot, "#clusters-view #summary").startsWith("4 clusters"));
        javafx.scene.control.SplitPane split = robot.lookup("#clusters-split").queryAs(javafx.scene.control.SplitPane.class);
        assertThat(split.getDividerPositions()[0]).as("the default").isCloseTo(0.68, org.assertj.core.data.Offset.offset(0.02));
        robot.drag(split.lookup(".split-pane-divider")).dropBy(-200, 0); // the details pane made wider, as a person would
        double left = WaitForAsyncUtils.waitForAsyncFx(5000, () -> split.getDividerPositions()[0]);
        assertThat(left).isLessThan(0.55);
        robot.interact(() -> f.shell.saveNow()); // as when the app quits

        ShellFixture next = new ShellFixture(f.configDir);
        try {
            robot.interact(() -> next.open(stage));
            javafx.scene.control.SplitPane again = robot.lookup("#clusters-split").queryAs(javafx.scene.control.SplitPane.class);
            assertThat(Waits.settled(() -> again.getDividerPositions()[0], p -> Math.abs(p - left) < 0.01))
                    .isCloseTo(left, org.assertj.core.data.Offset.offset(0.01));
        } finally {
            next.close();
        }
    }

    @Test
    void aTablesColumnsComeBackInTheOrderWidthsAndChoiceTheyWereLeft(FxRobot robot) throws Exception {
        Waits.fx(() -> label(robot, "#clusters-view #summary").startsWith("4 clusters"));
        robot.interact(() -> stage.setWidth(1600)); // on a wide screen, where the columns have room to spare
        javafx.scene.control.TableView<?> table = robot.lookup("#clusters-table").queryTableView();
        javafx.scene.control.TableColumn<?, ?> name = table.getColumns().get(0);
        assertThat(name.getText()).isEqualTo("Name");
        double was = name.getWidth();
        // A border dragged, as a person widens a column: from the last pixels of the Name header.
        javafx.geometry.Bounds nameHeader = header(robot, "Name");
        robot.drag(new javafx.geometry.Point2D(nameHeader.getMaxX() - 1, nameHeader.getCenterY())).dropBy(60, 0);
        double wider = WaitForAsyncUtils.waitForAsyncFx(5000, name::getWidth);
        assertThat(wider).as("the Name column widened").isGreaterThan(was + 40);
        // A header dragged to the front of the row.
        javafx.geometry.Bounds status = header(robot, "Status");
        javafx.geometry.Bounds first = header(robot, "Name");
        robot.drag(new javafx.geometry.Point2D(status.getCenterX(), status.getCenterY()))
                .dropTo(new javafx.geometry.Point2D(first.getMinX() + 4, first.getCenterY()));
        Waits.fx(() -> table.getColumns().get(0).getText().equals("Status"));
        // A column the user does not need, hidden from the menu at the header's end.
        robot.clickOn(robot.lookup("#clusters-table .show-hide-columns-button").queryAs(Node.class));
        robot.clickOn(robot.lookup(".context-menu .label").queryAllAs(Label.class).stream() // not the header of that name
                .filter(l -> l.getText().equals("API endpoint")).findFirst().orElseThrow());
        Waits.fx(() -> table.getColumns().stream().anyMatch(c -> c.getText().equals("API endpoint") && !c.isVisible()));
        double left = WaitForAsyncUtils.waitForAsyncFx(5000, name::getWidth); // wider again, with the room it gave
        robot.interact(() -> f.shell.saveNow()); // as when the app quits

        ShellFixture next = new ShellFixture(f.configDir);
        try {
            robot.interact(() -> next.open(stage));
            javafx.scene.control.TableView<?> again = robot.lookup("#clusters-table").queryTableView();
            assertThat(WaitForAsyncUtils.waitForAsyncFx(5000, () -> again.getColumns().stream().map(c -> c.getText()).toList()))
                    .startsWith("Status", "Name");
            javafx.scene.control.TableColumn<?, ?> nameAgain = again.getColumns().get(1);
            assertThat(Waits.settled(nameAgain::getWidth, w -> Math.abs(w - left) < 2))
                    .as("the Name column as wide as it was left").isCloseTo(left, org.assertj.core.data.Offset.offset(2.0));
            assertThat(WaitForAsyncUtils.waitForAsyncFx(5000, () -> again.getColumns().stream().filter(c -> !c.isVisible())
                    .map(c -> c.getText()).toList())).containsExactly("API endpoint");
        } finally {
            next.close();
        }
    }

    @Test
    void aColumnHiddenForOneProviderIsNotHiddenForTheOthersAndNeitherShufflesTheOther(FxRobot robot) throws Exception {
        Waits.fx(() -> label(robot, "#clusters-view #summary").startsWith("4 clusters"));
        javafx.scene.control.TableView<?> table = robot.lookup("#clusters-table").queryTableView();
        robot.interact(() -> table.getColumns().stream().filter(c -> c.getText().equals("API endpoint")).findFirst().orElseThrow()
                .setVisible(false)); // as the header's menu does
        robot.interact(() -> switcher(robot).setValue(switcher(robot).getItems().get(1)));
        Waits.fx(() -> label(robot, "#clusters-view #summary").startsWith("2 clusters"));
        java.util.List<String> kupeColumns = java.util.List.of("Name", "Display name", "Version", "Phase", "Type", "Resources", "Created");
        assertThat(WaitForAsyncUtils.waitForAsyncFx(5000, () -> shownTitles(table))).as("Kupe's Resources is not CoreWeave's API endpoint")
                .isEqualTo(kupeColumns);
        robot.interact(() -> f.shell.saveNow()); // quit on the Kupe profile

        ShellFixture next = new ShellFixture(f.configDir);
        try {
            robot.interact(() -> next.open(stage));
            javafx.scene.control.TableView<?> again = robot.lookup("#clusters-table").queryTableView();
            Waits.fx(() -> label(robot, "#clusters-view #summary").startsWith("2 clusters"));
            assertThat(WaitForAsyncUtils.waitForAsyncFx(5000, () -> shownTitles(again))).as("in Kupe's own order").isEqualTo(kupeColumns);
            robot.interact(() -> switcher(robot).setValue(switcher(robot).getItems().get(0)));
            Waits.fx(() -> label(robot, "#clusters-view #summary").startsWith("4 clusters"));
            assertThat(WaitForAsyncUtils.waitForAsyncFx(5000, () -> shownTitles(again))).as("CoreWeave's choice kept through the Kupe run")
                    .containsExactly("Name", "Zone", "Version", "Status", "Access", "Created");
        } finally {
            next.close();
        }
    }

    @Test
    void aSwitchOfProviderAndBackKeepsTheOrderTheUserLeftNotTheOneReadAtTheStart(FxRobot robot) throws Exception {
        Waits.fx(() -> label(robot, "#clusters-view #summary").startsWith("4 clusters"));
        moveToFront(robot, robot.lookup("#clusters-table").queryTableView(), "Status");
        robot.interact(() -> f.shell.saveNow());

        ShellFixture next = new ShellFixture(f.configDir);
        try {
            robot.interact(() -> next.open(stage));
            javafx.scene.control.TableView<?> table = robot.lookup("#clusters-table").queryTableView();
            Waits.fx(() -> label(robot, "#clusters-view #summary").startsWith("4 clusters"));
            assertThat(WaitForAsyncUtils.waitForAsyncFx(5000, () -> shownTitles(table))).startsWith("Status", "Name");
            moveToFront(robot, table, "Access");
            robot.interact(() -> switcher(robot).setValue(switcher(robot).getItems().get(1)));
            Waits.fx(() -> label(robot, "#clusters-view #summary").startsWith("2 clusters"));
            robot.interact(() -> switcher(robot).setValue(switcher(robot).getItems().get(0)));
            Waits.fx(() -> label(robot, "#clusters-view #summary").startsWith("4 clusters"));
            assertThat(WaitForAsyncUtils.waitForAsyncFx(5000, () -> shownTitles(table))).startsWith("Access", "Status", "Name");
        } finally {
            next.close();
        }
    }

    @Test
    void theRowsMenuOffersTheColumnsInTheTablesOrderUnderTheirShownTitles(FxRobot robot) {
        Waits.fx(() -> label(robot, "#clusters-view #summary").startsWith("4 clusters"));
        javafx.scene.control.TableView<?> table = robot.lookup("#clusters-table").queryTableView();
        javafx.scene.control.Menu columns = (javafx.scene.control.Menu) table.getContextMenu().getItems().stream()
                .filter(i -> "Columns".equals(i.getText())).findFirst().orElseThrow();
        moveToFront(robot, table, "Status");
        assertThat(columns.getItems()).extracting(javafx.scene.control.MenuItem::getText)
                .containsExactly("Status", "Name", "Zone", "Version", "Access", "API endpoint", "Created");
        robot.interact(() -> ((javafx.scene.control.CheckMenuItem) columns.getItems().get(5)).setSelected(false));
        assertThat(shownTitles(table)).as("what the item says is what the table does").doesNotContain("API endpoint");
        robot.interact(() -> switcher(robot).setValue(switcher(robot).getItems().get(1)));
        Waits.fx(() -> label(robot, "#clusters-view #summary").startsWith("2 clusters"));
        assertThat(columns.getItems()).extracting(javafx.scene.control.MenuItem::getText)
                .containsExactly("Phase", "Name", "Display name", "Version", "Type", "Resources", "Created");
        assertThat(((javafx.scene.control.CheckMenuItem) columns.getItems().get(5)).isSelected()).as("Kupe's Resources shown").isTrue();
    }

    @Test
    void shiftF10OpensTheSelectedRowsMenuUnderTheRow(FxRobot robot) {
        Waits.fx(() -> label(robot, "#clusters-view #summary").startsWith("4 clusters"));
        javafx.scene.control.TableView<?> table = robot.lookup("#clusters-table").queryTableView();
        robot.interact(() -> {
            table.getSelectionModel().select(1);
            table.requestFocus();
        });
        WaitForAsyncUtils.waitForFxEvents();
        robot.press(KeyCode.SHIFT, KeyCode.F10).release(KeyCode.F10, KeyCode.SHIFT);
        javafx.scene.control.ContextMenu menu = table.getContextMenu();
        Waits.fx(menu::isShowing);
        javafx.scene.Node row = robot.lookup("#clusters-table .table-row-cell").queryAllAs(javafx.scene.control.TableRow.class).stream()
                .filter(r -> r.getIndex() == 1).findFirst().orElseThrow();
        javafx.geometry.Bounds under = WaitForAsyncUtils.waitForAsyncFx(5000, () -> row.localToScreen(row.getBoundsInLocal()));
        assertThat(menu.getAnchorY()).as("under the selected row, not where the pointer is").isCloseTo(under.getMaxY(),
                org.assertj.core.data.Offset.offset(2.0));
        robot.interact(menu::hide);
    }

    /** What a header dragged to the front of the row does to the table's columns. */
    private static <S> void moveToFront(FxRobot robot, javafx.scene.control.TableView<S> table, String title) {
        robot.interact(() -> {
            javafx.scene.control.TableColumn<S, ?> c = table.getColumns().stream().filter(col -> col.getText().equals(title))
                    .findFirst().orElseThrow();
            table.getColumns().remove(c);
            table.getColumns().add(0, c);
        });
    }

    private static java.util.List<String> shownTitles(javafx.scene.control.TableView<?> table) {
        return table.getColumns().stream().filter(javafx.scene.control.TableColumn::isVisible).map(c -> c.getText()).toList();
    }

    /** Where the clusters table's header of the column titled {@code title} is on screen. */
    private static javafx.geometry.Bounds header(FxRobot robot, String title) {
        Node label = robot.lookup("#clusters-table .column-header .label").queryAllAs(Label.class).stream()
                .filter(l -> l.getText().equals(title)).findFirst().orElseThrow();
        Node header = label.getParent();
        return WaitForAsyncUtils.waitForAsyncFx(5000, () -> header.localToScreen(header.getBoundsInLocal()));
    }

    @Test
    void dividersPushedAsideByANarrowWindowComeBackWhenItWidens(FxRobot robot) {
        Waits.fx(() -> label(robot, "#clusters-view #summary").startsWith("4 clusters"));
        javafx.scene.control.SplitPane clusters = robot.lookup("#clusters-split").queryAs(javafx.scene.control.SplitPane.class);
        robot.drag(clusters.lookup(".split-pane-divider")).dropBy(120, 0); // the table made wider, as a person would
        double left = WaitForAsyncUtils.waitForAsyncFx(5000, () -> clusters.getDividerPositions()[0]);
        robot.press(KeyCode.CONTROL, KeyCode.DIGIT3).release(KeyCode.DIGIT3, KeyCode.CONTROL);
        javafx.scene.control.SplitPane policies = robot.lookup("#policies-split").queryAs(javafx.scene.control.SplitPane.class);
        robot.drag(policies.lookup(".split-pane-divider")).dropBy(150, 0); // the list made wider
        double[] policiesLeft = WaitForAsyncUtils.waitForAsyncFx(5000, policies::getDividerPositions);

        robot.interact(() -> stage.setWidth(stage.getMinWidth())); // the panes' minimums push the dividers aside
        assertThat(Waits.settled(() -> policies.getDividerPositions()[0], p -> Math.abs(p - policiesLeft[0]) > 0.05))
                .as("the policy list's divider at the narrowest").isNotCloseTo(policiesLeft[0], org.assertj.core.data.Offset.offset(0.05));
        robot.press(KeyCode.CONTROL, KeyCode.DIGIT1).release(KeyCode.DIGIT1, KeyCode.CONTROL);
        assertThat(Waits.settled(() -> clusters.getDividerPositions()[0], p -> Math.abs(p - left) > 0.05))
                .as("the clusters' divider at the narrowest").isNotCloseTo(left, org.assertj.core.data.Offset.offset(0.05));

        robot.interact(() -> stage.setWidth(1200));
        assertThat(Waits.settled(() -> clusters.getDividerPositions()[0], p -> Math.abs(p - left) < 0.01))
                .as("the clusters' divider back where it was dragged").isCloseTo(left, org.assertj.core.data.Offset.offset(0.01));
        robot.press(KeyCode.CONTROL, KeyCode.DIGIT3).release(KeyCode.DIGIT3, KeyCode.CONTROL);
        assertThat(Waits.settled(policies::getDividerPositions, p -> Math.abs(p[0] - policiesLeft[0]) < 0.01 && Math.abs(p[1] - policiesLeft[1]) < 0.01))
                .as("the policies' dividers back where they were").containsExactly(policiesLeft, org.assertj.core.data.Offset.offset(0.01));
    }

    @Test
    void f1ListsEveryShortcutTheWindowHasInThisPlatformsWords(FxRobot robot) {
        robot.press(KeyCode.F1).release(KeyCode.F1);
        Waits.fx(() -> robot.lookup("#shortcuts-dialog").tryQuery().isPresent());
        java.util.List<String> sheet = robot.lookup("#shortcuts-dialog .label").queryAllAs(Label.class).stream().map(Label::getText).toList();
        // every key the window answers, as this platform writes it ("Ctrl+R" here, "⌘R" on a Mac)
        for (javafx.scene.input.KeyCombination keys : stage.getScene().getAccelerators().keySet()) {
            assertThat(sheet).as("the sheet lists %s", dev.weft.ui.common.Keys.words(keys))
                    .anyMatch(line -> java.util.Arrays.asList(line.split(" or ")).contains(dev.weft.ui.common.Keys.words(keys)));
        }
        String refresh = new javafx.scene.input.KeyCodeCombination(KeyCode.R, javafx.scene.input.KeyCombination.SHORTCUT_DOWN).getDisplayText();
        assertThat(sheet).containsSubsequence(refresh + " or F5", "Refresh every tab");
        assertThat(sheet).contains("In a table or list", "Delete or Backspace", "Delete or revoke the selected row, after asking");
        Button close = robot.lookup("#shortcuts-dialog .button").queryAllAs(Button.class).stream()
                .filter(b -> "Close".equals(b.getText())).findFirst().orElseThrow();
        javafx.geometry.Rectangle2D screen = javafx.stage.Screen.getPrimary().getVisualBounds();
        javafx.geometry.Bounds at = WaitForAsyncUtils.waitForAsyncFx(5000, () -> close.localToScreen(close.getBoundsInLocal()));
        assertThat(at.getMaxY()).as("the Close button whole on a %s-px screen", screen.getHeight()).isLessThanOrEqualTo(screen.getMaxY());
        if (!System.getProperty("os.name").startsWith("Mac")) {
            assertThat(sheet).as("the key's name, not the Mac's glyph").contains("Enter").doesNotContain("↵");
            assertThat(sheet).contains("Menu key or Shift+F10", "The selected row's menu (a right click too)");
        }

        // F1 again, or Preferences' link: the same sheet, not a second one
        robot.interact(() -> stage.requestFocus());
        robot.press(KeyCode.F1).release(KeyCode.F1);
        javafx.application.Platform.runLater(() -> robot.lookup("#preferences").queryAs(Button.class).fire());
        Waits.fx(() -> robot.lookup("#shortcuts").tryQuery().isPresent());
        javafx.application.Platform.runLater(() -> robot.lookup("#shortcuts").queryAs(javafx.scene.control.Hyperlink.class).fire());
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#shortcuts-dialog").queryAll()).as("shortcut sheets open").hasSize(1);
    }

    @Test
    void ctrlQQuitsAndSavesTheWindowsStateAsClosingItDoes(FxRobot robot) throws Exception {
        robot.interact(() -> stage.setWidth(1000));
        robot.press(KeyCode.CONTROL, KeyCode.Q).release(KeyCode.Q, KeyCode.CONTROL);
        Waits.fx(() -> !stage.isShowing());
        assertThat(Files.readString(f.configDir.resolve("ui-state.json"))).as("saved as the window closed").contains("\"width\" : 1000.0");
    }

    @Test
    void aMaximisedWindowGoesBackToItsSizeAndSavesThatNotTheScreens(FxRobot robot) throws Exception {
        robot.interact(() -> {
            stage.setX(40);
            stage.setY(30);
            stage.setWidth(900);
            stage.setHeight(600);
        });
        robot.interact(() -> stage.setMaximized(true));
        Waits.fx(() -> stage.getWidth() > 900);
        robot.interact(() -> stage.setMaximized(false));
        Waits.fx(() -> stage.getWidth() == 900 && stage.getHeight() == 600 && stage.getX() == 40);
        robot.interact(() -> stage.setMaximized(true));
        Waits.fx(() -> stage.getWidth() > 900);
        robot.press(KeyCode.CONTROL, KeyCode.Q).release(KeyCode.Q, KeyCode.CONTROL);
        Waits.fx(() -> !stage.isShowing());
        assertThat(Files.readString(f.configDir.resolve("ui-state.json")))
                .contains("\"maximized\" : true").contains("\"width\" : 900.0").contains("\"height\" : 600.0").contains("\"x\" : 40.0");
    }

    @Test
    void shortcutsSwitchTabsFocusSearchAndRefresh(FxRobot robot) {
        Waits.fx(() -> label(robot, "#status-refreshed").startsWith("Refreshed"));
        TabPane tabs = robot.lookup("#tabs").queryAs(TabPane.class);
        robot.press(KeyCode.CONTROL, KeyCode.DIGIT3).release(KeyCode.DIGIT3, KeyCode.CONTROL);
        assertThat(tabs.getSelectionModel().getSelectedIndex()).isEqualTo(2);
        robot.press(KeyCode.CONTROL, KeyCode.DIGIT4).release(KeyCode.DIGIT4, KeyCode.CONTROL);
        assertThat(tabs.getSelectionModel().getSelectedItem().getText()).isEqualTo("Buckets");
        Waits.fx(() -> label(robot, "#buckets-view #summary").startsWith("8 buckets in 2 zones"));

        robot.press(KeyCode.CONTROL, KeyCode.F).release(KeyCode.F, KeyCode.CONTROL);
        assertThat(robot.lookup("#search").queryAs(TextField.class).isFocused()).isTrue();
        robot.write("prod");
        assertThat(f.shell.viewModel().searchProperty().get()).isEqualTo("prod");

        var before = f.shell.viewModel().lastRefreshProperty().get();
        robot.sleep(1100);
        robot.press(KeyCode.CONTROL, KeyCode.R).release(KeyCode.R, KeyCode.CONTROL);
        Waits.fx(() -> !f.shell.viewModel().lastRefreshProperty().get().equals(before));

        Waits.fx(() -> Files.exists(f.configDir.resolve("ui-state.json"))
                && Files.readString(f.configDir.resolve("ui-state.json")).contains("\"tab\" : 3"));

        // Esc in the search field clears the search, and every bucket shows again
        robot.press(KeyCode.CONTROL, KeyCode.F).release(KeyCode.F, KeyCode.CONTROL);
        robot.press(KeyCode.ESCAPE).release(KeyCode.ESCAPE);
        assertThat(f.shell.viewModel().searchProperty().get()).isEmpty();
        Waits.fx(() -> robot.lookup("#buckets-view .table-view").queryAs(javafx.scene.control.TableView.class).getItems().size() == 8);
    }

    @Test
    void preferencesSwitchTheThemeAndTheAutoRefreshAndRememberBoth(FxRobot robot) {
        assertThat(Themes.isDark(stage.getScene())).isFalse();
        robot.press(KeyCode.CONTROL, KeyCode.COMMA).release(KeyCode.COMMA, KeyCode.CONTROL);
        Waits.fx(() -> robot.lookup("#preferences-dialog").tryQuery().isPresent());
        javafx.scene.control.Label themeLabel = robot.lookup("#theme-label").queryAs(javafx.scene.control.Label.class);
        assertThat(themeLabel.getWidth()).as("the Theme label shown whole, not as \"…\"").isGreaterThanOrEqualTo(themeLabel.prefWidth(-1));
        @SuppressWarnings("unchecked")
        javafx.scene.control.ChoiceBox<dev.weft.ui.common.Theme> choice =
                robot.lookup("#theme-choice").queryAs(javafx.scene.control.ChoiceBox.class);
        robot.interact(() -> choice.setValue(dev.weft.ui.common.Theme.DARK));
        assertThat(Themes.isDark(stage.getScene())).isTrue();
        Waits.fx(() -> Files.readString(f.configDir.resolve("ui-state.json")).contains("\"DARK\""));
        robot.interact(() -> choice.setValue(dev.weft.ui.common.Theme.LIGHT));
        assertThat(Themes.isDark(stage.getScene())).isFalse();
        @SuppressWarnings("unchecked")
        javafx.scene.control.ChoiceBox<dev.weft.ui.common.AutoRefresh> every =
                robot.lookup("#auto-refresh-choice").queryAs(javafx.scene.control.ChoiceBox.class);
        assertThat(every.getValue()).as("tabs refresh by themselves only when asked to").isEqualTo(dev.weft.ui.common.AutoRefresh.OFF);
        robot.interact(() -> every.setValue(dev.weft.ui.common.AutoRefresh.FIVE_MINUTES));
        assertThat(f.shell.viewModel().autoRefreshProperty().get()).isEqualTo(dev.weft.ui.common.AutoRefresh.FIVE_MINUTES);
        Waits.fx(() -> Files.readString(f.configDir.resolve("ui-state.json")).contains("\"autoRefresh\" : \"FIVE_MINUTES\""));
        robot.clickOn("#about");
        Waits.fx(() -> robot.lookup("#about-dialog").tryQuery().isPresent());
        assertThat(robot.lookup("#about-dialog").queryAs(javafx.scene.control.DialogPane.class).getHeaderText()).startsWith("Weft ");
        assertThat(robot.lookup("#about-third-party").queryAs(javafx.scene.control.TextArea.class).getText())
                .contains("ControlsFX").contains("Apache License 2.0");
        assertThat(stage.getIcons()).hasSize(4);
    }

    /**
     * The interface's size, which JavaFX reads only as it starts: chosen in Preferences, saved, and taken by
     * "Restart Weft now", offered while the size chosen is not the one on screen — a Weft started as this one was,
     * opening where this window is saved, not a step from it as a new window does.
     */
    @Test
    void theInterfaceSizeIsChosenInPreferencesAndWeftStartsAgainToTakeIt(FxRobot robot) throws Exception {
        java.util.List<ProcessBuilder> started = new java.util.concurrent.CopyOnWriteArrayList<>();
        f.shell.startProcess = started::add;
        robot.press(KeyCode.CONTROL, KeyCode.COMMA).release(KeyCode.COMMA, KeyCode.CONTROL);
        Waits.fx(() -> robot.lookup("#preferences-dialog").tryQuery().isPresent());
        javafx.scene.control.ChoiceBox<?> size = robot.lookup("#interface-size-choice").queryAs(javafx.scene.control.ChoiceBox.class);
        assertThat(size.getValue()).as("the system's own size until one is chosen").isEqualTo(dev.weft.ui.common.InterfaceScale.SYSTEM);
        javafx.geometry.Rectangle2D screen = javafx.stage.Screen.getPrimary().getVisualBounds();
        assertThat(screen.getWidth()).as("the test screen, on which 200 % leaves less than the window's least width").isLessThan(1520);
        assertThat(size.getItems().stream().map(String::valueOf).toList()).as("what fits this screen").contains("100", "150").doesNotContain("200");
        assertThat(shown(robot, "#restart")).isFalse();

        robot.clickOn(size).clickOn("150%");
        Waits.fx(() -> shown(robot, "#restart"));
        Waits.fx(() -> Files.readString(f.configDir.resolve("ui-state.json")).contains("\"interfaceScale\" : 150"));
        robot.clickOn(size).clickOn("As the system sets it");
        Waits.fx(() -> !shown(robot, "#restart"));
        Waits.fx(() -> !Files.readString(f.configDir.resolve("ui-state.json")).contains("\"interfaceScale\" : 150"));

        robot.clickOn(size).clickOn("150%");
        Waits.fx(() -> shown(robot, "#restart"));
        robot.clickOn("#restart");
        Waits.fx(() -> !stage.isShowing());
        assertThat(started).singleElement().satisfies(pb -> {
            assertThat(pb.command()).first().isEqualTo(ProcessHandle.current().info().command().orElseThrow());
            assertThat(pb.environment()).as("opens where the window is saved").doesNotContainKey(NewWindow.CASCADE);
        });
        assertThat(Files.readString(f.configDir.resolve("ui-state.json"))).as("saved before the new Weft reads it")
                .contains("\"interfaceScale\" : 150");
    }

    @Test
    void theSandboxNoticeCanBeDismissedForGood(FxRobot robot) {
        Waits.fx(() -> shown(robot, "#sandbox-notice"));
        robot.clickOn("#notice-dismiss");
        assertThat(shown(robot, "#sandbox-notice")).isFalse();
        Waits.fx(() -> Files.readString(f.configDir.resolve("ui-state.json")).contains("\"sandboxNoticeDismissed\" : true"));
    }
}
