package dev.weft.ui.tabs;

import dev.weft.ui.common.Keys;
import javafx.beans.Observable;
import javafx.beans.binding.Bindings;
import javafx.collections.ObservableList;
import javafx.geometry.Insets;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import javafx.scene.text.TextAlignment;

import java.util.ArrayList;
import java.util.List;

/**
 * What a tab's table or list says in place of rows: that they are loading, why they could not be
 * loaded, why the tab does not apply to the profile, that there are none yet, or that none matches.
 */
public final class EmptyRows {
    /** As this platform writes it: "Ctrl+R", "⌘R". */
    static final String REFRESH = Keys.words(Keys.shortcut(KeyCode.R));

    private EmptyRows() {
    }

    /**
     * @param what    the rows, plural: "clusters"
     * @param items   every row loaded (not only those shown)
     * @param none    said when there are no rows at all
     * @param noMatch said when there are rows but the search or filters show none
     * @param more    anything else the words depend on
     */
    public static Label placeholder(TabViewModel<?> vm, String id, String what, ObservableList<?> items, String none, String noMatch,
                                    Observable... more) {
        Label placeholder = new Label();
        placeholder.setId(id);
        placeholder.setWrapText(true);
        placeholder.setMaxWidth(520);
        placeholder.setPadding(new Insets(24));
        placeholder.setTextAlignment(TextAlignment.CENTER);
        List<Observable> deps = new ArrayList<>(List.of(vm.stateProperty(), vm.errorProperty(), vm.summaryProperty(), items));
        deps.addAll(List.of(more));
        placeholder.textProperty().bind(Bindings.createStringBinding(() -> switch (vm.stateProperty().get()) {
            case LOADING -> items.isEmpty() ? "Loading " + what + "…" : "";
            case FAILED -> "Could not load the " + what + ". " + vm.errorProperty().get() + " Press " + REFRESH + " to try again.";
            case UNAVAILABLE -> vm.summaryProperty().get();
            default -> items.isEmpty() ? none : noMatch;
        }, deps.toArray(Observable[]::new)));
        return placeholder;
    }
}
