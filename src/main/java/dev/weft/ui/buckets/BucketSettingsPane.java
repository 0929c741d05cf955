package dev.weft.ui.buckets;

import dev.weft.api.FieldViolation;
import dev.weft.api.objectstorage.BucketSettings;
import dev.weft.domain.objectstorage.BucketRules;
import dev.weft.ui.common.ErrorPresenter;
import dev.weft.ui.common.Outcome;
import javafx.application.Platform;
import javafx.collections.ObservableSet;
import javafx.geometry.Insets;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * A bucket's settings: audit logging, and archiving after days without access (at least 60). Apply
 * sends them; on failure what the user set stays, with the reason. A refresh of the same bucket leaves
 * settings the user has changed and not applied as they are (with the auto refresh it came every few
 * minutes and undid them); so does choosing another bucket or profile and coming back (they were dropped
 * without a word), until the app closes, the bucket's row marked meanwhile ({@link UnappliedMark}).
 */
final class BucketSettingsPane extends VBox {
    private final BucketsViewModel vm;
    private final CheckBox audit = new CheckBox("Audit logging");
    private final CheckBox archive = new CheckBox("Archive objects nobody reads");
    private final TextField days = new TextField();
    private final Label problem = new Label();
    private final Label result = new Label();
    private final Button apply = new Button("Apply");
    private BucketItem item;
    /** The shown bucket's {@link BucketsViewModel#keyOf}, taken as it is shown: at a switch of profile the rows go after the profile. */
    private String key;
    /** The switches and days as last set from the server, to tell what the user has changed since. */
    private Choices loaded = new Choices(false, false, "");
    /** What the user set and did not apply while another bucket (or profile) is shown, by {@link BucketsViewModel#keyOf}. */
    private final Map<String, Unsent> unsent = new HashMap<>();
    /** The buckets with settings set and not applied, the shown one too, by the same keys. */
    private final ObservableSet<String> unapplied;

    /** The pane's switches and the days as typed. */
    private record Choices(boolean audit, boolean archive, String days) {
    }

    /** What the user set ({@code mine}) over the server's settings as they were then ({@code base}). */
    private record Unsent(Choices base, Choices mine) {
    }

    BucketSettingsPane(BucketsViewModel vm) {
        super(8);
        this.vm = vm;
        this.unapplied = vm.unappliedSettings();
        setPadding(new Insets(6, 0, 6, 0));
        audit.setId("bucket-audit");
        archive.setId("bucket-archive");
        days.setId("bucket-archive-days");
        problem.setId("bucket-settings-problem");
        result.setId("bucket-settings-result");
        apply.setId("bucket-apply");
        days.setPrefColumnCount(4); // four digits; wider, "days without access" broke "without" in a narrow pane
        problem.getStyleClass().add("status-error");
        problem.setWrapText(true);
        archive.setWrapText(true);
        result.setWrapText(true);
        result.managedProperty().bind(result.textProperty().isNotEmpty()); // no blank line under Apply until it has words
        // The number on a line of its own under its switch: beside it, a narrow side pane cut the words short.
        Label after = new Label("after");
        Label unit = new Label("days without access");
        unit.setWrapText(true);
        after.setMinWidth(Label.USE_PREF_SIZE);
        days.setMinWidth(Label.USE_PREF_SIZE);
        days.setAccessibleText("Days without access before objects are archived");
        HBox archiveRow = new HBox(8, after, days, unit);
        archiveRow.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
        archiveRow.setPadding(new Insets(0, 0, 0, 24));
        archiveRow.disableProperty().bind(archive.selectedProperty().not());
        getChildren().addAll(audit, archive, archiveRow, problem, new HBox(8, apply), result);
        audit.selectedProperty().addListener(o -> check());
        archive.selectedProperty().addListener(o -> check());
        days.textProperty().addListener(o -> check());
        apply.setOnAction(e -> send());
    }

    void show(BucketItem next) {
        boolean changed = item != null && !controls().equals(loaded);
        if (next != null && next == item && changed) {
            // A refresh that brought another change of these settings: what the user changed goes on top of it.
            // Kept as it stood, the switches they had not touched would have undone it at Apply.
            Choices theirs = choicesOf(next.settings());
            if (!theirs.equals(loaded)) {
                set(rebase(loaded, controls(), theirs));
                loaded = theirs;
            }
            check(); // against what the server has now
            return;
        }
        if (changed) {
            unsent.put(key, new Unsent(loaded, controls()));
        }
        this.item = next;
        this.key = next == null ? null : vm.keyOf(next);
        result.setText("");
        load(next == null ? null : next.settings());
        Unsent waiting = next == null ? null : unsent.remove(key);
        // On top of the server's settings as they are now: changed elsewhere meanwhile, the change is kept.
        Choices kept = waiting == null ? null : rebase(waiting.base(), waiting.mine(), loaded);
        if (kept != null && !kept.equals(loaded)) {
            set(kept);
            Outcome.running(result, "Your changes, not applied yet."); // plain: neither applied nor refused
        }
        setDisable(next == null);
    }

    private void load(BucketSettings s) {
        set(choicesOf(s));
        loaded = controls();
    }

    /** Each of {@code mine} that differs from {@code base}, the rest as {@code theirs}. */
    private static Choices rebase(Choices base, Choices mine, Choices theirs) {
        return new Choices(mine.audit() != base.audit() ? mine.audit() : theirs.audit(),
                mine.archive() != base.archive() ? mine.archive() : theirs.archive(),
                !mine.days().equals(base.days()) ? mine.days() : theirs.days());
    }

    private static Choices choicesOf(BucketSettings s) {
        return new Choices(s != null && Boolean.TRUE.equals(s.auditLoggingEnabled()), s != null && Boolean.TRUE.equals(s.archiveEnabled()),
                s == null || s.archiveAfterLastAccessDays() == null ? "" : String.valueOf(s.archiveAfterLastAccessDays()));
    }

    private void set(Choices c) {
        audit.setSelected(c.audit());
        archive.setSelected(c.archive());
        days.setText(c.days());
        check();
    }

    private Choices controls() {
        return new Choices(audit.isSelected(), archive.isSelected(), days.getText());
    }

    BucketSettings edited() {
        Integer d;
        try {
            d = days.getText().isBlank() ? null : Integer.valueOf(days.getText().strip());
        } catch (NumberFormatException e) {
            d = -1;
        }
        return new BucketSettings(audit.isSelected(), archive.isSelected(), archive.isSelected() ? d : null);
    }

    private void check() {
        if (item == null) {
            apply.setDisable(true);
            return;
        }
        List<FieldViolation> v = BucketRules.validateSettings(new dev.weft.api.objectstorage.BucketSettings.Update(item.name(), edited()));
        String typed = days.getText().strip();
        // Not a number, it reads as -1 to the rules, whose "(not -1)" named nothing the user typed.
        boolean unreadable = archive.isSelected() && !typed.isEmpty() && !typed.matches("\\d{1,9}");
        problem.setText(unreadable ? "Archive after: a whole number of days, " + BucketSettings.MIN_ARCHIVE_DAYS + " or more (not “"
                + typed + "”)." : v.isEmpty() ? "" : "Archive after: " + v.get(0).description() + ".");
        problem.setVisible(!v.isEmpty());
        problem.setManaged(!v.isEmpty());
        BucketSettings now = item.settings();
        boolean changed = !Objects.equals(Boolean.TRUE.equals(now.auditLoggingEnabled()), audit.isSelected())
                || !Objects.equals(Boolean.TRUE.equals(now.archiveEnabled()), archive.isSelected())
                || (archive.isSelected() && !Objects.equals(now.archiveAfterLastAccessDays(), edited().archiveAfterLastAccessDays()));
        apply.setDisable(!v.isEmpty() || !changed);
        if (changed) {
            unapplied.add(key);
        } else {
            unapplied.remove(key);
        }
    }

    private void send() {
        BucketItem target = item;
        String sentFor = key;
        Choices sent = controls();
        Choices base = choicesOf(target.settings()); // as the row has them: what the user changed is told from these
        Outcome.sending(apply, result, "Applying…");
        vm.applySettings(target, edited()).whenComplete((after, failure) -> Platform.runLater(() -> {
            if (item != target) {
                Unsent waiting = unsent.get(sentFor);
                if (failure == null && waiting != null && sent.equals(waiting.mine())) { // applied while another bucket was shown
                    unsent.remove(sentFor);
                    unapplied.remove(sentFor);
                }
                return; // if refused, kept for the user's return, put on top of the server's settings then
            }
            if (failure != null) {
                if (ErrorPresenter.unwrap(failure) instanceof BucketsViewModel.ChangedElsewhere) {
                    // What the user changed, on top of the server's settings now (the row took them): sent as the
                    // form stood, the switches the user had not touched would have undone the other change.
                    Choices theirs = choicesOf(target.settings());
                    loaded = theirs;
                    set(rebase(base, sent, theirs));
                }
                check(); // what the user set stays, to apply again or put back
                Outcome.failed(result, "Not applied: " + ErrorPresenter.sentence(failure));
            } else {
                load(after);
                Outcome.went(result, "Applied.");
            }
        }));
    }
}
