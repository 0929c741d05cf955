package dev.weft.ui.shell;

import dev.weft.ui.common.ErrorPresenter;
import javafx.beans.binding.Bindings;
import javafx.geometry.Insets;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.Separator;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.Region;
import javafx.geometry.Orientation;
import javafx.stage.Window;
import org.controlsfx.control.StatusBar;

import java.util.function.Supplier;

/**
 * The status bar: active profile and endpoint, requests in flight, last refresh, last error (click for details).
 * Where the window is too narrow for all of it, the error and then the profile are shortened (each whole on
 * hover); the requests and the last refresh, the window's state now, keep their width.
 */
final class StatusBarView {

    private StatusBarView() {
    }

    static StatusBar create(ShellViewModel vm, Supplier<Window> owner) {
        StatusBar bar = new StatusBar();
        bar.setId("status-bar");
        bar.setFocusTraversable(false); // it says, and holds nothing to act on: a stop of the Tab key there showed nothing
        // A label of its own rather than the bar's text, so that it can say itself whole on hover.
        Label profile = new Label();
        profile.setId("status-profile");
        profile.textProperty().bind(Bindings.createStringBinding(() -> {
            var p = vm.activeProperty().get();
            // Separated, not in brackets: the Kupe sandbox's profile, itself "Sandbox (Kupe)", read "Sandbox (Kupe) (Kupe Cloud)".
            return (p == null ? "No profile" : p.name() + "  ·  " + p.provider().label) + "  ·  " + vm.endpointTextProperty().get();
        }, vm.activeProperty(), vm.endpointTextProperty()));
        dev.weft.ui.common.Toolbar.wholeOnHover(profile);
        profile.setMinWidth(0); // gives up room before the requests and the last refresh
        bar.getLeftItems().add(profile);
        bar.setText("");

        Label requests = new Label();
        requests.setId("status-requests");
        requests.setMinWidth(Region.USE_PREF_SIZE);
        requests.textProperty().bind(Bindings.createStringBinding(() -> {
            int n = vm.inFlightProperty().get();
            return n == 0 ? "Idle" : n == 1 ? "1 request…" : n + " requests…";
        }, vm.inFlightProperty()));
        // What is being waited for, when the count has stood a while (a silent server, a slow list).
        Tooltip waiting = new Tooltip();
        waiting.setOnShowing(e -> waiting.setText(waitingText(vm.requestsWaiting())));
        requests.setTooltip(waiting);
        // This session's finished requests, with their request ids (the keyboard has its shortcut: Shell).
        requests.setCursor(javafx.scene.Cursor.HAND);
        requests.setOnMouseClicked(e -> RequestsDialog.show(owner.get(), vm::requestsFinished));

        Label refreshed = new Label("Not refreshed yet");
        refreshed.setId("status-refreshed");
        refreshed.setMinWidth(Region.USE_PREF_SIZE);
        refreshed.textProperty().bind(Bindings.createStringBinding(() -> refreshText(vm.lastRefreshProperty().get()),
                vm.lastRefreshProperty()));
        vm.lastRefreshProperty().addListener((o, was, now) -> {
            refreshed.getStyleClass().remove("status-error");
            if (now != null && !now.ok()) {
                refreshed.getStyleClass().add("status-error");
            }
        });

        Hyperlink error = new Hyperlink();
        error.setId("status-error");
        error.getStyleClass().add("status-error");
        error.textProperty().bind(Bindings.createStringBinding(() -> vm.lastErrorProperty().get() == null ? ""
                : "Last error: " + firstSentence(ErrorPresenter.sentence(vm.lastErrorProperty().get())), vm.lastErrorProperty()));
        Tooltip whole = new Tooltip();
        whole.setWrapText(true);
        whole.setMaxWidth(480);
        whole.textProperty().bind(Bindings.createStringBinding(() -> vm.lastErrorProperty().get() == null ? ""
                : "Last error: " + ErrorPresenter.sentence(vm.lastErrorProperty().get()) + " Click for details.", vm.lastErrorProperty()));
        error.setTooltip(whole);
        error.setMinWidth(0);
        error.visibleProperty().bind(vm.lastErrorProperty().isNotNull());
        error.managedProperty().bind(error.visibleProperty());
        error.setOnAction(e -> ErrorPresenter.show(owner.get(), "The last error", vm.lastErrorProperty().get()));

        bar.getRightItems().addAll(error, separator(), requests, separator(), refreshed);
        bar.setPadding(new Insets(2, 8, 2, 8));
        return bar;
    }

    static String refreshText(LastRefresh r) {
        if (r == null) {
            return "Not refreshed yet";
        }
        String at = dev.weft.ui.common.Moments.timeOfDay(r.at());
        if (r.ok()) {
            return "Refreshed " + at;
        }
        return r.failed() >= r.tabs() ? "Refresh failed at " + at
                : "Refreshed " + at + ", " + dev.weft.domain.Sizes.count(r.failed(), "tab", "tabs") + " failed";
    }

    static String waitingText(java.util.List<String> waiting) {
        return (waiting.isEmpty() ? "Nothing is waiting for the server." : "Waiting for the server:\n" + String.join("\n", waiting))
                + "\nClick for the requests made since Weft started.";
    }

    private static Separator separator() {
        Separator s = new Separator(Orientation.VERTICAL);
        s.setPadding(new Insets(0, 6, 0, 6));
        return s;
    }

    /** The message's first sentence: the bar has room for one; the rest is on hover and a click away. */
    static String firstSentence(String message) {
        int end = message.indexOf(". ");
        return end < 0 ? message : message.substring(0, end + 1);
    }
}
