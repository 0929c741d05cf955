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

/**
 * The organization's audit logging switches. When the server cannot report them they show as
 * unknown, and Apply sends only the switches the user changed. As a bucket's settings, what the user
 * changed is told from what the server last said, and a refresh leaves it as the user set it; another
 * profile's organization starts from what its server says.
 */
final class OrganizationPane extends VBox {
    private final CheckBox controlPlane = new CheckBox("Control-plane audit logging");
    private final CheckBox buckets = new CheckBox("Audit logging for new buckets (default)");
    private final Label state = new Label();
    private final Label result = new Label();
    /** Each switch as the server last said it (null: it could not say), to tell what the user changed. */
    private Boolean saidControlPlane;
    private Boolean saidBuckets;
    private final Button apply = new Button("Apply");

    OrganizationPane(BucketsViewModel vm) {
        super(10);
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
        set(controlPlane, null); // unknown until the server says: the user has changed nothing yet
        set(buckets, null);
        apply.setId("org-apply");
        // A click on an unknown switch sets it and then makes it known: Apply follows both.
        for (CheckBox box : new CheckBox[]{controlPlane, buckets}) {
            box.selectedProperty().addListener(o -> updateApply());
            box.indeterminateProperty().addListener(o -> updateApply());
        }
        apply.setOnAction(e -> {
            Boolean cp = changed(controlPlane, saidControlPlane) ? controlPlane.isSelected() : null;
            Boolean b = changed(buckets, saidBuckets) ? buckets.isSelected() : null;
            apply.setDisable(true);
            Outcome.running(result, "Applying…");
            vm.applyOrganization(cp, b).whenComplete((after, failure) -> Platform.runLater(() -> {
                if (failure != null) { // the switches stay as the user set them, to apply again or put back
                    updateApply();
                    Outcome.failed(result, "Not applied: " + ErrorPresenter.sentence(failure));
                } else {
                    OrganizationSettings now = vm.organizationProperty().get();
                    saidControlPlane = set(controlPlane, now == null ? null : now.controlPlaneAuditLoggingEnabled());
                    saidBuckets = set(buckets, now == null ? null : now.bucketAuditLoggingEnabled());
                    updateApply();
                    Outcome.went(result, "Applied.");
                }
            }));
        });
        vm.organizationProperty().addListener((o, a, s) -> show(s));
        // Another profile is another organization: what the user set for the last one is not carried over
        // (Apply would send it to this one). Two clicks, dropped; a bucket's settings are kept by profile.
        vm.sessionShownProperty().addListener((o, was, now) -> {
            saidControlPlane = set(controlPlane, null);
            saidBuckets = set(buckets, null);
            result.setText("");
            show(vm.organizationProperty().get());
        });
        Label title = new Label("Organization settings");
        title.getStyleClass().add("detail-title");
        getChildren().addAll(title, state, controlPlane, buckets, apply, result);
        show(vm.organizationProperty().get()); // built when the tab is first shown, perhaps after the load
    }

    /** The server's settings, on the switches the user has not changed: a refresh does not undo what they set. */
    private void show(OrganizationSettings s) {
        if (!changed(controlPlane, saidControlPlane)) {
            saidControlPlane = set(controlPlane, s == null ? null : s.controlPlaneAuditLoggingEnabled());
        }
        if (!changed(buckets, saidBuckets)) {
            saidBuckets = set(buckets, s == null ? null : s.bucketAuditLoggingEnabled());
        }
        state.setText(s == null ? "The server does not report the current settings, so they show as unknown. "
                + "Apply sends only the switches you change." : "As the server reports them now.");
        updateApply();
    }

    /** As the bucket's settings: Apply waits for a switch to be changed. */
    private void updateApply() {
        apply.setDisable(!changed(controlPlane, saidControlPlane) && !changed(buckets, saidBuckets));
    }

    /** Whether the user set {@code box} otherwise than the server said (an unknown switch, once clicked). */
    private static boolean changed(CheckBox box, Boolean said) {
        return !box.isIndeterminate() && !Boolean.valueOf(box.isSelected()).equals(said);
    }

    /** Shows {@code value} on {@code box} (null: unknown) and returns it. */
    private static Boolean set(CheckBox box, Boolean value) {
        box.setIndeterminate(value == null);
        box.setSelected(Boolean.TRUE.equals(value));
        return value;
    }
}
