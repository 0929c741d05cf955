package dev.weft.ui.policies;

import dev.weft.domain.policy.LintFinding;
import javafx.beans.InvalidationListener;
import javafx.collections.ObservableList;
import javafx.geometry.Insets;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;

import java.util.List;

/**
 * What lint found in the policy being edited, each finding whole on lines of its own, or why there is nothing.
 * A list view's cells measured a wrapped finding at another width than they drew it at, and cut a long one
 * ("you … would no longer be allowed …, so you could not change policies again: …") to two lines ending in "…";
 * a policy has a handful of findings, not thousands, so plain labels do.
 */
final class LintFindings extends VBox {
    private final InvalidationListener redraw = o -> draw();
    private ObservableList<LintFinding> shown;
    /** The policy the findings are of, to name its statements as the editor shows them. */
    private java.util.function.Supplier<dev.weft.api.objectstorage.AccessPolicy> policy = () -> null;
    private String none = "";

    LintFindings() {
        super(8);
        setPadding(new Insets(8));
        setId("policy-lint");
        setAccessibleText("What lint found in the policy");
    }

    /** Follows {@code findings} (null: none to follow) of {@code policy}, saying {@code none} while there are none. */
    void show(ObservableList<LintFinding> findings, java.util.function.Supplier<dev.weft.api.objectstorage.AccessPolicy> policy,
              String none) {
        this.policy = policy;
        if (shown != null) {
            shown.removeListener(redraw);
        }
        shown = findings;
        this.none = none;
        if (findings != null) {
            findings.addListener(redraw);
        }
        draw();
    }

    private void draw() {
        getChildren().setAll(shown == null || shown.isEmpty() ? List.of(line(none, "dialog-hint"))
                : shown.stream().map(f -> line(f.inWords(policy.get()), f.isError() ? "status-error" : "dialog-warning")).toList());
    }

    private static Label line(String words, String style) {
        Label l = new Label(words);
        l.setWrapText(true);
        l.setMinHeight(Label.USE_PREF_SIZE);
        l.getStyleClass().add(style);
        return l;
    }
}
