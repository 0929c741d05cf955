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
 * unknown, and Apply sends only the switches the user actually touched.
 */
final class OrganizationPane extends VBox {
    private final CheckBox controlPlane = new CheckBox("Control-plane audit logging");
    private final CheckBox buckets = new CheckBox("Audit logging for new buckets (default)");
    private final Label state = new Label();
    private final Label result = new Label();
    private boolean touchedControlPlane;
    private boolean touchedBuckets;
    private boolean loading;
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
        apply.setId("org-apply");
        controlPlane.selectedProperty().addListener(o -> {
            touchedControlPlane |= !loading;
            updateApply();
        });
        buckets.selectedProperty().addListener(o -> {
            touchedBuckets |= !loading;
            updateApply();
        });
        apply.setOnAction(e -> {
            Boolean cp = touchedControlPlane ? controlPlane.isSelected() : null;
            Boolean b = touchedBuckets ? buckets.isSelected() : null;
            apply.setDisable(true);
            Outcome.running(result, "Applying…");
            vm.applyOrganization(cp, b).whenComplete((after, failure) -> Platform.runLater(() -> {
                if (failure != null) { // the switches stay as the user set them, to apply again or put back
                    updateApply();
                    Outcome.failed(result, "Not applied: " + ErrorPresenter.sentence(failure));
                } else {
                    touchedControlPlane = false;
                    touchedBuckets = false;
                    show(vm.organizationProperty().get());
                    Outcome.went(result, "Applied.");
                }
            }));
        });
        vm.organizationProperty().addListener((o, a, s) -> show(s));
        Label title = new Label("Organization settings");
        title.getStyleClass().add("detail-title");
        getChildren().addAll(title, state, controlPlane, buckets, apply, result);
        show(vm.organizationProperty().get()); // built when the tab is first shown, perhaps after the load
    }

    /** The server's settings, on the switches the user has not changed: a refresh does not undo what they set. */
    private void show(OrganizationSettings s) {
        loading = true;
        if (!touchedControlPlane) {
            set(controlPlane, s == null ? null : s.controlPlaneAuditLoggingEnabled());
        }
        if (!touchedBuckets) {
            set(buckets, s == null ? null : s.bucketAuditLoggingEnabled());
        }
        state.setText(s == null ? "The server does not report the current settings, so they show as unknown. "
                + "Apply sends only the switches you change." : "As the server reports them now.");
        loading = false;
        updateApply();
    }

    /** As the bucket's settings: Apply waits for a switch to be changed. */
    private void updateApply() {
        apply.setDisable(!touchedControlPlane && !touchedBuckets);
    }

    private static void set(CheckBox box, Boolean value) {
        box.setIndeterminate(value == null);
        box.setSelected(Boolean.TRUE.equals(value));
    }
}
