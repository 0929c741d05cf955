package dev.weft.ui.clusters;

import dev.weft.ui.common.FormDialog;
import dev.weft.ui.common.FormValues;
import dev.weft.api.ApiException;
import dev.weft.api.FieldViolation;
import dev.weft.api.kupe.KupeCluster;
import dev.weft.api.kupe.KupeConflictException;
import dev.weft.domain.kupe.KupeRules;
import javafx.collections.FXCollections;
import javafx.scene.control.ComboBox;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.stage.Window;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;

/**
 * Create a Kupe cluster (from the defaults, or like another: its type, version, resources and alerts), or edit one
 * against the ETag it was loaded with. A 412 opens the conflict dialog: the server's version beside the user's
 * change, to reload and re-apply or to discard.
 */
final class KupeClusterForm extends FormDialog {
    private final ClustersViewModel vm;
    private final KupeCluster current;
    private String etag;
    final TextField name = new TextField();
    final TextField displayName = new TextField();
    final ComboBox<String> type = new ComboBox<>(FXCollections.observableArrayList(KupeRules.TYPES));
    final ComboBox<String> version = new ComboBox<>();
    final TextField cpu = new TextField();
    final TextField memory = new TextField();
    final TextField storage = new TextField();
    final TextArea alerts = new TextArea();

    KupeClusterForm(Window owner, ClustersViewModel vm, KupeCluster current, String etag) {
        this(owner, vm, current, etag, null);
    }

    /** A create form that starts as {@code like} is, but for its name and display name, which are each cluster's own. */
    static KupeClusterForm like(Window owner, ClustersViewModel vm, KupeCluster like) {
        return new KupeClusterForm(owner, vm, null, null, like);
    }

    private KupeClusterForm(Window owner, ClustersViewModel vm, KupeCluster current, String etag, KupeCluster like) {
        super(owner, current == null ? "New cluster" : "Edit cluster",
                current != null ? "Edit " + current.name() + " (name, display name and type cannot change)"
                        : like != null ? "Create a Kupe Cloud cluster like " + like.name() : "Create a Kupe Cloud cluster",
                current == null ? "Create" : "Save", current == null ? "create-kupe" : "edit-kupe");
        this.vm = vm;
        this.current = current;
        this.etag = etag;
        name.setId("kupe-name");
        displayName.setId("kupe-display-name");
        type.setId("kupe-type");
        version.setId("kupe-version");
        cpu.setId("kupe-cpu");
        memory.setId("kupe-memory");
        storage.setId("kupe-storage");
        alerts.setId("kupe-alerts");
        alerts.setPrefRowCount(3);
        cpu.setPromptText("4 or 500m");
        memory.setPromptText("16Gi");
        storage.setPromptText("100Gi");
        if (current == null) {
            version.getItems().setAll(KupeRules.VERSIONS);
            version.setValue(like != null && KupeRules.VERSIONS.contains(like.version()) ? like.version() : KupeRules.latestVersion());
            type.setValue(like != null && KupeRules.TYPES.contains(like.type()) ? like.type() : "shared");
            if (like != null) {
                showSettingsOf(like);
            }
        } else {
            name.setText(current.name());
            displayName.setText(current.displayName());
            type.setValue(current.type());
            name.setDisable(true);
            displayName.setDisable(true);
            type.setDisable(true);
            version.getItems().add(current.version());
            ClusterRow.nextKupeVersion(current.version()).ifPresent(version.getItems()::add);
            version.setValue(current.version());
            showSettingsOf(current);
        }
        form.add("Name", name, "name");
        form.add("Display name", displayName, "displayName");
        form.add("Type", type, "type");
        form.add("Kubernetes version", version, "version");
        form.add("CPU", cpu, "resources.cpu");
        form.add("Memory", memory, "resources.memory");
        form.add("Storage", storage, "resources.storage");
        form.add("Alerts (JSON)", alerts, "alerts");
        form.rules(this::violations);
    }

    /** The cluster's resources and alerts in their fields. */
    private void showSettingsOf(KupeCluster c) {
        KupeCluster.Resources r = c.resources();
        cpu.setText(r == null || r.cpu() == null ? "" : r.cpu());
        memory.setText(r == null || r.memory() == null ? "" : r.memory());
        storage.setText(r == null || r.storage() == null ? "" : r.storage());
        FormValues.showJson(alerts, c.alerts());
    }

    KupeCluster.Spec spec() {
        return new KupeCluster.Spec(FormValues.text(name.getText()), FormValues.text(displayName.getText()), type.getValue(),
                version.getValue(), resources(), FormValues.json(alerts.getText()));
    }

    private KupeCluster.Resources resources() {
        String c = FormValues.text(cpu.getText());
        String m = FormValues.text(memory.getText());
        String s = FormValues.text(storage.getText());
        return c == null && m == null && s == null ? null : new KupeCluster.Resources(c, m, s);
    }

    /** Only what changed: the version, the resources that differ, the alerts if edited; what was emptied is removed. */
    KupeCluster.Patch patch() {
        return KupeCluster.Patch.between(current, version.getValue(), resources(), FormValues.json(alerts.getText()));
    }

    /** The cluster as the form has it, beside the patch, to show the user's change whole. */
    private KupeCluster desired() {
        return new KupeCluster(current.name(), current.displayName(), current.type(), version.getValue(), resources(),
                FormValues.json(alerts.getText()), null, null, null, null);
    }

    private List<FieldViolation> violations() {
        if (current == null) {
            return KupeRules.validateCreate(spec());
        }
        return KupeRules.validatePatch(current, patch().sent());
    }

    @Override
    protected CompletableFuture<?> send() {
        if (current == null) {
            return vm.createKupe(spec());
        }
        KupeCluster.Patch p = patch();
        if (p.isEmpty()) {
            return CompletableFuture.completedFuture(null);
        }
        return vm.patchKupe(current.name(), p, etag);
    }

    @Override
    protected String curl() {
        var kupe = vm.sessionProperty().get().kupe();
        return current == null ? vm.curl(kupe.createRequest(spec())) : vm.curl(kupe.patchRequest(current.name(), patch(), etag));
    }

    @Override
    protected void onFailure(Throwable cause) {
        if (cause instanceof KupeConflictException conflict) {
            new ConflictDialog(getDialogPane().getScene().getWindow(), current, conflict.current().value(), desired(), patch())
                    .showAndWait().ifPresent(choice -> {
                        if (choice == ConflictDialog.Choice.REAPPLY) {
                            etag = conflict.current().etag();
                            dev.weft.ui.common.Outcome.went(form.errorLine(),
                                    "Reloaded the server's version; press Save to apply your change to it.");
                        } else {
                            closeDone();
                            vm.refresh(vm.sessionProperty().get());
                        }
                    });
            return;
        }
        if (cause instanceof ApiException a && a.fieldViolations().isEmpty() && a.httpStatus() == 400) {
            form.showServerViolations(parse(a.serverMessage()), "The server did not accept it.");
            return;
        }
        super.onFailure(cause);
    }

    /** Kupe explains bad input in one message, "field: problem; field: problem". */
    static List<FieldViolation> parse(String message) {
        List<FieldViolation> out = new ArrayList<>();
        for (String part : message.split(";\\s*")) {
            int colon = part.indexOf(": ");
            if (colon > 0 && !part.substring(0, colon).contains(" ")) {
                out.add(new FieldViolation(part.substring(0, colon), part.substring(colon + 2)));
            }
        }
        return out;
    }
}
