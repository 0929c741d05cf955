package dev.weft.ui.shell;

import dev.weft.ui.common.AutoRefresh;
import dev.weft.ui.common.DialogPadding;
import dev.weft.ui.common.FieldLabel;
import dev.weft.ui.common.Theme;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.layout.GridPane;
import javafx.stage.Window;

import java.util.function.Consumer;

/**
 * Preferences: the theme and how often the tabs refresh by themselves, each applied as soon as it is
 * chosen; the way to the shortcuts and About.
 */
final class PreferencesDialog extends Dialog<Void> {
    PreferencesDialog(Window owner, Theme current, javafx.beans.property.ObjectProperty<AutoRefresh> autoRefresh, Runnable about,
                      Runnable shortcuts, Consumer<Theme> apply) {
        initOwner(owner);
        setTitle("Preferences");
        setHeaderText("Preferences");
        getDialogPane().setId("preferences-dialog");
        ChoiceBox<Theme> theme = new ChoiceBox<>();
        theme.setId("theme-choice");
        theme.getItems().setAll(Theme.values());
        theme.setValue(current);
        theme.valueProperty().addListener((o, a, b) -> apply.accept(b));
        GridPane g = new GridPane();
        g.setHgap(10);
        g.setVgap(8);
        g.setPadding(DialogPadding.CONTENT);
        Label themeLabel = FieldLabel.of("Theme", theme);
        themeLabel.setId("theme-label");
        themeLabel.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE); // the wrapped hint beside it took its room: "…"
        g.addRow(0, themeLabel, theme);
        Label hint = new Label("\"Follow the system\" reads your desktop's light or dark setting when Weft starts.");
        hint.getStyleClass().add("dialog-hint");
        hint.setWrapText(true);
        g.add(hint, 1, 1);
        ChoiceBox<AutoRefresh> every = new ChoiceBox<>();
        every.setId("auto-refresh-choice");
        every.getItems().setAll(AutoRefresh.values());
        every.valueProperty().bindBidirectional(autoRefresh);
        Label everyLabel = FieldLabel.of("Refresh all tabs", every);
        everyLabel.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        g.addRow(2, everyLabel, every);
        Label everyHint = new Label("Every tab at once, as Refresh does. Clusters being created or changed are followed in any case.");
        everyHint.getStyleClass().add("dialog-hint");
        everyHint.setWrapText(true);
        g.add(everyHint, 1, 3);
        javafx.scene.control.Hyperlink aboutLink = new javafx.scene.control.Hyperlink("About Weft…");
        aboutLink.setId("about");
        aboutLink.setOnAction(e -> about.run());
        javafx.scene.control.Hyperlink shortcutsLink = new javafx.scene.control.Hyperlink("Keyboard shortcuts…");
        shortcutsLink.setId("shortcuts");
        shortcutsLink.setOnAction(e -> shortcuts.run());
        g.add(new javafx.scene.layout.HBox(8, shortcutsLink, aboutLink), 0, 4, 2, 1);
        getDialogPane().setContent(g);
        getDialogPane().getButtonTypes().add(ButtonType.CLOSE);
        getDialogPane().setPrefWidth(440);
    }
}
