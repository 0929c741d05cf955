package dev.weft.ui;

import dev.weft.testing.Waits;
import dev.weft.ui.shell.ShellFixture;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The window on a computer set to Turkish, where a capital I lower-cased is a dotless ı: the API's words
 * (statuses, actions) are English, and were shown and compared by the computer's language's rules.
 */
@ExtendWith(ApplicationExtension.class)
class TurkishLocaleTest {
    private static Locale before;
    private ShellFixture f;

    @BeforeAll
    static void turkish() {
        before = Locale.getDefault();
        Locale.setDefault(Locale.forLanguageTag("tr-TR"));
    }

    @AfterAll
    static void asBefore() {
        Locale.setDefault(before);
    }

    @Start
    void start(Stage stage) {
        f = new ShellFixture();
        f.open(stage);
    }

    @AfterEach
    void stop() throws Exception {
        FxToolkit.cleanupStages();
        f.close();
    }

    @Test
    void clusterStatusesAreEnglishWordsInTheirColours(FxRobot robot) {
        Map<String, List<String>> badges = Waits.settled(() -> robot.lookup("#clusters-table .badge").queryAllAs(Label.class).stream()
                .collect(Collectors.groupingBy(Label::getText, Collectors.flatMapping(
                        b -> b.getStyleClass().stream().filter(c -> c.startsWith("badge-")), Collectors.toList()))),
                m -> m.size() >= 3);
        assertThat(badges).as("the sample's clusters, running, creating and failed (it read \"Runnıng\", \"Faıled\")")
                .containsKeys("Running", "Failed");
        assertThat(badges.get("Failed")).as("a failed cluster in red, not without a colour").containsOnly("badge-failed");
    }

    @Test
    void theAccessKeysSummaryCountsStatusesInEnglish(FxRobot robot) {
        robot.press(KeyCode.CONTROL, KeyCode.DIGIT2).release(KeyCode.DIGIT2, KeyCode.CONTROL);
        String summary = Waits.settled(() -> robot.lookup("#access-keys-view #summary").queryAs(Label.class).getText(),
                text -> text.startsWith("12 keys"));
        assertThat(summary).as("it read \"actıve\"").contains(" active").doesNotContain("ı");
    }

    @Test
    void theActionSearchFindsActionsTypedInCapitals(FxRobot robot) {
        robot.press(KeyCode.CONTROL, KeyCode.DIGIT3).release(KeyCode.DIGIT3, KeyCode.CONTROL);
        Waits.fx(() -> robot.lookup("#policy-list").queryAs(ListView.class).getItems().size() == 3);
        robot.interact(() -> robot.lookup("#policy-list").queryAs(ListView.class).getSelectionModel().select(0));
        Waits.fx(() -> robot.lookup("#statement-pick-0").tryQuery().isPresent());
        robot.clickOn("#statement-pick-0");
        Waits.fx(() -> robot.lookup("#action-search").tryQuery().isPresent());
        robot.clickOn("#action-search").write("LIST");
        List<String> shown = Waits.settled(() -> robot.lookup("#action-picker .check-box").queryAllAs(CheckBox.class).stream()
                .filter(CheckBox::isVisible).map(CheckBox::getText).toList(), l -> !l.isEmpty());
        assertThat(shown).as("\"LIST\" lower-cased the Turkish way is \"lıst\", which no action holds")
                .contains("s3:ListBucket", "s3:ListAllMyBuckets").allMatch(a -> a.toLowerCase(Locale.ROOT).contains("list"));
        robot.press(KeyCode.ESCAPE).release(KeyCode.ESCAPE);
    }
}
