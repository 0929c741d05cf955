package dev.weft.ui.clusters;

import dev.weft.service.BackgroundWork;
import dev.weft.ui.common.Base64File;
import javafx.scene.control.TextField;
import javafx.scene.layout.HBox;
import javafx.stage.FileChooser;

import java.util.function.Consumer;

/**
 * A cluster's audit policy as the API takes it, base64 of a JSON or YAML file, with "Choose file…" beside the
 * field that reads a file and puts its base64 there: the same in the create and the edit forms, so nobody
 * encodes a policy by hand.
 */
final class AuditPolicyField {
    private AuditPolicyField() {
    }

    /** The field's row; a file that cannot be read is said through {@code problem}. */
    static HBox row(TextField audit, BackgroundWork work, Consumer<String> problem) {
        audit.setPromptText("base64 of a JSON or YAML file");
        return Base64File.fieldWithChooser(audit, () -> Base64File.choose(audit.getScene().getWindow(), "Audit policy (JSON or YAML)",
                work, audit::setText, problem, new FileChooser.ExtensionFilter("Audit policy", "*.yaml", "*.yml", "*.json")));
    }
}
