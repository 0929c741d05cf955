package dev.weft.ui.tabs;

import javafx.geometry.Pos;
import javafx.scene.control.Label;
import dev.weft.ui.common.Busy;
import javafx.scene.layout.VBox;

/**
 * A tab's content until its full view lands: the title, a progress indicator while loading, the
 * one-line summary, or the error in plain words. Bindings only; no logic.
 */
public final class TabView extends VBox {
    public TabView(TabViewModel<?> vm, String comingNext) {
        super(14);
        setAlignment(Pos.CENTER);
        setId(vm.title().toLowerCase(java.util.Locale.ROOT).replace(' ', '-') + "-view");
        Label title = new Label(vm.title());
        title.getStyleClass().add("placeholder-title");
        Busy progress = new Busy(36);
        progress.visibleProperty().bind(vm.stateProperty().isEqualTo(TabViewModel.State.LOADING));
        progress.managedProperty().bind(progress.visibleProperty());
        Label summary = new Label();
        summary.getStyleClass().add("placeholder-summary");
        summary.setId("summary");
        summary.setWrapText(true);
        summary.textProperty().bind(vm.summaryProperty());
        summary.visibleProperty().bind(vm.stateProperty().isNotEqualTo(TabViewModel.State.FAILED));
        Label error = new Label();
        error.getStyleClass().add("status-error");
        error.setId("tab-error");
        error.setWrapText(true);
        error.textProperty().bind(vm.errorProperty().concat("  Press " + EmptyRows.REFRESH + " to try again."));
        error.visibleProperty().bind(vm.stateProperty().isEqualTo(TabViewModel.State.FAILED));
        error.managedProperty().bind(error.visibleProperty());
        Label hint = new Label(comingNext);
        hint.getStyleClass().add("placeholder-hint");
        hint.setWrapText(true);
        getChildren().addAll(title, progress, summary, error, hint);
        setStyle("-fx-padding: 32;");
    }
}
