package dev.weft.ui.accesskeys;

import dev.weft.api.objectstorage.SamlCredentialsRequest;
import dev.weft.domain.objectstorage.AccessKeyRules;
import dev.weft.ui.common.FormDialog;
import dev.weft.ui.common.FormValues;
import javafx.application.Platform;
import javafx.scene.control.TextField;
import javafx.scene.layout.HBox;
import javafx.stage.Window;

import java.util.List;
import java.util.concurrent.CompletableFuture;

/** Temporary credentials from a SAML assertion: the response file is base64-encoded for the user. */
final class SamlForm extends FormDialog {
    private final AccessKeysViewModel vm;
    final TextField orgId = new TextField();
    final TextField configId = new TextField();
    final TextField seconds = new TextField("3600");
    final TextField response = new TextField();

    SamlForm(Window owner, AccessKeysViewModel vm) {
        super(owner, "SAML credentials", "Temporary credentials from a SAML assertion (at most 12 hours)", "Get credentials", "saml");
        this.vm = vm;
        orgId.setId("saml-org");
        configId.setId("saml-config");
        seconds.setId("saml-seconds");
        response.setId("saml-response");
        orgId.setText(vm.orgId());
        configId.setPromptText("the Workload Federation configuration id");
        // Short enough to be read whole in the field (the button beside it offers the file); the tooltip says both.
        response.setPromptText("paste it base64-encoded");
        response.setTooltip(new javafx.scene.control.Tooltip("The SAML response: choose its file, or paste it base64-encoded"));
        HBox row = dev.weft.ui.common.Base64File.fieldWithChooser(response, this::choose);
        form.add("Organization ID", orgId, "orgId");
        form.add("Configuration ID", configId, "configId");
        form.add("Duration (seconds, 1–43200)", seconds, "durationSeconds");
        form.add("SAML response", response, row, "samlResponse");
        form.rules(() -> AccessKeyRules.validateSaml(request()));
    }

    private void choose() {
        dev.weft.ui.common.Base64File.choose(getDialogPane().getScene().getWindow(), "SAML response", vm.work(),
                response::setText, form.errorLine()::setText);
    }

    SamlCredentialsRequest request() {
        Long d;
        try {
            d = Long.parseLong(seconds.getText().strip());
        } catch (NumberFormatException e) {
            d = null;
        }
        return new SamlCredentialsRequest(d, FormValues.text(orgId.getText()), FormValues.text(configId.getText()),
                FormValues.text(response.getText()));
    }

    @Override
    protected CompletableFuture<?> send() {
        Window owner = getOwner();
        return vm.saml(request()).thenAccept(key -> Platform.runLater(() -> new SecretDialog(owner, vm, key).show()));
    }

    @Override
    protected void onFailure(Throwable cause) {
        if (cause instanceof dev.weft.api.ApiException a && !a.fieldViolations().isEmpty()) {
            super.onFailure(cause);
        } else {
            form.showServerViolations(List.of(), AccessKeysViewModel.explain(cause, "cwobject:CreateAccessKeySAML"));
        }
    }

    @Override
    protected String curl() {
        return vm.curlSaml(request());
    }
}
