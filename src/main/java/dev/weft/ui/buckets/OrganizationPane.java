package dev.weft.ui.buckets;

import dev.weft.api.objectstorage.OrganizationSettings;
import dev.weft.ui.common.ErrorPresenter;
import dev.weft.ui.common.Outcome;
import javafx.application.Platform;
import javafx.geometry.Insets;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;

import java.util.HashMap;
import java.util.Map;
import java.util.Objects;

/**
 * The organization's audit logging switches. When the server cannot report them they show as
 * unknown, and Apply sends only the switches the user changed. As a bucket's settings, what the user
 * set is kept apart from what the server says: a refresh leaves it as set, and so does a switch to another
 * profile and back (each profile's organization its own, by {@link BucketsViewModel#organizationKey}),
 * listed meanwhile in {@link BucketsViewModel#unappliedOrganizationSettings} so quitting asks first.
 */
final class OrganizationPane extends VBox {
    private final BucketsViewModel vm;
    private final CheckBox controlPlane = new CheckBox("Control-plane audit logging");
    private final CheckBox buckets = new CheckBox("Audit logging for new buckets (default)");
    private final Label state = new Label();
    private final Label result = new Label();
    private final Button apply = new Button("Apply");
    /** What the server last said (its switches null where it could not say), or null when it could not say at all. */
    private OrganizationSettings said;
    /** What the user set for the organization shown: a switch null where they have not touched it. */
    private Switches set = Switches.UNTOUCHED;
    /** The organization shown, by {@link BucketsViewModel#organizationKey}: taken as it is shown, before a switch. */
    private String key;
    /** What the user set and did not apply for other profiles' organizations, by the same keys. */
    private final Map<String, Switches> unsent = new HashMap<>();

    /** The two switches as the user set them; null: untouched. */
    private record Switches(Boolean controlPlane, Boolean buckets) {
        static final Switches UNTOUCHED = new Switches(null, null);
    }

    OrganizationPane(BucketsViewModel vm) {
        super(10);
        this.vm = vm;
        this.key = vm.organizationKey();
        setPadding(new Insets(12));
        controlPlane.setId("org-control-plane");
        buckets.setId("org-bucket-audit");
        state.setId("org-state");
        result.setId("org-result");
        state.setWrapText(true);
        state.setMinHeight(USE_PREF_SIZE); // its lines whole, not ended with "…" when the pane is short
        state.getStyleClass().add("dialog-hint");
        result.setWrapText(true);
        controlPlane.setWrapText(true); // a narrow side pane cut "(default)" to "(d…"
        buckets.setWrapText(true);
        controlPlane.setAllowIndeterminate(false);
        buckets.setAllowIndeterminate(false);
        apply.setId("org-apply");
        // A click (or Space) on a switch, an unknown one too, is the user's: kept apart from what the server says.
        controlPlane.setOnAction(e -> setSwitches(new Switches(controlPlane.isSelected(), set.buckets())));
        buckets.setOnAction(e -> setSwitches(new Switches(set.controlPlane(), buckets.isSelected())));
        apply.setOnAction(e -> send());
        vm.organizationProperty().addListener((o, a, s) -> show(s));
        // Another profile is another organization: what the user set for the last one waits for its return
        // (sent to this one, Apply would have changed the wrong organization).
        vm.sessionShownProperty().addListener((o, was, now) -> {
            if (!unchanged()) {
                unsent.put(key, set);
            }
            key = vm.organizationKey();
            Switches kept = unsent.remove(key);
            set = kept == null ? Switches.UNTOUCHED : kept;
            if (kept == null) {
                result.setText("");
            } else {
                Outcome.running(result, "Your changes, not applied yet."); // plain: neither applied nor refused
            }
            show(vm.organizationProperty().get());
        });
        Label title = new Label("Organization settings");
        title.getStyleClass().add("detail-title");
        getChildren().addAll(title, state, controlPlane, buckets, apply, result);
        show(vm.organizationProperty().get()); // built when the tab is first shown, perhaps after the load
    }

    /** The server's settings, under what the user set: a refresh does not undo it. */
    private void show(OrganizationSettings s) {
        said = s;
        setSwitches(set);
    }

    private void setSwitches(Switches user) {
        // A switch set as the server now has it is set no more: a later change on the server shows.
        set = new Switches(Objects.equals(user.controlPlane(), saidControlPlane()) ? null : user.controlPlane(),
                Objects.equals(user.buckets(), saidBuckets()) ? null : user.buckets());
        showOn(controlPlane, set.controlPlane() != null ? set.controlPlane() : saidControlPlane());
        showOn(buckets, set.buckets() != null ? set.buckets() : saidBuckets());
        apply.setDisable(unchanged());
        state.setText(said == null ? "The server does not report the current settings, so they show as unknown. "
                + "Apply sends only the switches you change." : unchanged() ? "As the server reports them now."
                : "As the server reports them now, but for what you changed and have not applied.");
        if (unchanged()) {
            vm.unappliedOrganizationSettings().remove(key);
        } else {
            vm.unappliedOrganizationSettings().add(key);
        }
    }

    private boolean unchanged() {
        return set.equals(Switches.UNTOUCHED);
    }

    /** Sends only the switches the user changed; the other stays as the server has it (or unknown). */
    private void send() {
        String sentFor = key;
        Switches sent = set;
        Outcome.sending(apply, result, "Applying…");
        vm.applyOrganization(sent.controlPlane(), sent.buckets()).whenComplete((after, failure) -> Platform.runLater(() -> {
            if (!sentFor.equals(key)) { // another profile shown meanwhile: this pane says nothing of that one's
                if (failure == null && sent.equals(unsent.get(sentFor))) {
                    unsent.remove(sentFor);
                    vm.unappliedOrganizationSettings().remove(sentFor);
                }
                return;
            }
            if (failure != null) { // the switches stay as the user set them, to apply again or put back
                setSwitches(set);
                Outcome.failed(result, "Not applied: " + ErrorPresenter.sentence(failure));
            } else {
                show(vm.organizationProperty().get()); // what was sent is now the server's: set no more
                Outcome.went(result, "Applied.");
            }
        }));
    }

    private Boolean saidControlPlane() {
        return said == null ? null : said.controlPlaneAuditLoggingEnabled();
    }

    private Boolean saidBuckets() {
        return said == null ? null : said.bucketAuditLoggingEnabled();
    }

    /** Shows {@code value} on {@code box} (null: unknown). */
    private static void showOn(CheckBox box, Boolean value) {
        box.setIndeterminate(value == null);
        box.setSelected(Boolean.TRUE.equals(value));
    }
}
