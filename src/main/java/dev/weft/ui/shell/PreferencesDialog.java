package dev.weft.ui.shell;

import dev.weft.ui.common.AutoRefresh;
import dev.weft.ui.common.DialogPadding;
import dev.weft.ui.common.FieldLabel;
import dev.weft.ui.common.InterfaceScale;
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
 * chosen; the interface's size, applied when Weft starts again (at once by "Restart Weft now"); the way to
 * the shortcuts and About.
 */
final class PreferencesDialog extends Dialog<Void> {
    /**
     * The interface's size: the one Weft started with, the one chosen now (both in percent, or
     * {@link InterfaceScale#SYSTEM}), those that fit the window's screen, what a new choice is given to, and how
     * Weft starts again (null where it cannot).
     */
    record ScaleChoice(int inEffect, int chosen, java.util.List<Integer> fitting, java.util.function.IntConsumer choose,
                       Runnable restart) {
    }

    PreferencesDialog(Window owner, Theme current, javafx.beans.property.ObjectProperty<AutoRefresh> autoRefresh, Runnable about,
                      Runnable shortcuts, Consumer<Theme> apply, ScaleChoice scale) {
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
        if (InterfaceScale.choosable()) {
            addScale(g, 4, scale);
        }
        javafx.scene.control.Hyperlink aboutLink = new javafx.scene.control.Hyperlink("About Weft…");
        aboutLink.setId("about");
        aboutLink.setOnAction(e -> about.run());
        javafx.scene.control.Hyperlink shortcutsLink = new javafx.scene.control.Hyperlink("Keyboard shortcuts…");
        shortcutsLink.setId("shortcuts");
        shortcutsLink.setOnAction(e -> shortcuts.run());
        g.add(new javafx.scene.layout.HBox(8, shortcutsLink, aboutLink), 0, 6, 2, 1);
        getDialogPane().setContent(g);
        getDialogPane().getButtonTypes().add(0, ButtonType.CLOSE);
        getDialogPane().setPrefWidth(440);
    }

    /** The size's row at {@code row}, its hint below, with the way to restart while the size chosen is not the one shown. */
    private void addScale(GridPane g, int row, ScaleChoice scale) {
        ChoiceBox<Integer> size = new ChoiceBox<>();
        size.setId("interface-size-choice");
        // Those that fit this screen, and the one chosen, kept where it no longer fits (another screen since).
        size.getItems().setAll(InterfaceScale.CHOICES.stream().filter(c -> scale.fitting().contains(c) || c == scale.chosen()).toList());
        size.setConverter(new javafx.util.StringConverter<>() {
            @Override
            public String toString(Integer percent) {
                return InterfaceScale.label(percent);
            }

            @Override
            public Integer fromString(String text) {
                throw new UnsupportedOperationException("chosen from the list only");
            }
        });
        size.setValue(scale.chosen());
        Label sizeLabel = FieldLabel.of("Interface size", size);
        sizeLabel.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        g.addRow(row, sizeLabel, size);
        Label sizeHint = new Label("Text, tables and windows alike. Weft takes a new size when it starts again."
                + (size.getItems().size() < InterfaceScale.CHOICES.size() ? " Larger sizes would not fit this screen." : ""));
        sizeHint.getStyleClass().add("dialog-hint");
        sizeHint.setWrapText(true);
        // Beside Close, while the size chosen is not the one on screen and Weft knows how it was started: there
        // the dialog keeps its height (a line under the hint that came and went cut the wrapped hints above it).
        ButtonType restartType = new ButtonType("Restart Weft now", javafx.scene.control.ButtonBar.ButtonData.LEFT);
        getDialogPane().getButtonTypes().add(restartType);
        javafx.scene.Node restart = getDialogPane().lookupButton(restartType);
        restart.setId("restart");
        javafx.scene.control.ButtonBar.setButtonUniformSize(restart, false); // Close kept at its own width
        restart.addEventFilter(javafx.event.ActionEvent.ACTION, e -> {
            e.consume(); // not the dialog's own close with this button as its answer
            close(); // first: quitting may ask about settings not applied, over the main window
            scale.restart().run();
        });
        restart.visibleProperty().bind(size.valueProperty().map(v -> scale.restart() != null && v != scale.inEffect()));
        restart.managedProperty().bind(restart.visibleProperty());
        size.valueProperty().addListener((o, a, b) -> scale.choose().accept(b));
        g.add(sizeHint, 1, row + 1);
    }
}
