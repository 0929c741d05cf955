package dev.weft.ui.policies;

import dev.weft.api.FieldViolation;
import dev.weft.domain.policy.PolicyRules;
import dev.weft.ui.common.DialogMessage;
import dev.weft.ui.common.RuleForm;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.TextField;
import javafx.scene.layout.VBox;
import javafx.stage.Window;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

/**
 * Asks a new policy's name, checked as it is typed: the server's rules for a name, and not the name of a
 * policy in the list. Policies are applied by name, so a "new" policy under a taken name would replace
 * that one; it had been found out only at Apply, after the statements were written.
 */
final class NewPolicyDialog {
    private NewPolicyDialog() {
    }

    /** The name chosen, stripped; empty when cancelled. */
    static Optional<String> ask(Window owner, Collection<String> taken) {
        return ask(owner, taken, "New policy", "Name of the new policy", "new-policy");
    }

    /** As above, with the dialog's words and the name it suggests. */
    static Optional<String> ask(Window owner, Collection<String> taken, String title, String header, String suggested) {
        Dialog<String> dialog = new Dialog<>();
        dialog.initOwner(owner);
        dialog.setTitle(title);
        dialog.setHeaderText(header);
        dialog.getDialogPane().setId("new-policy");
        RuleForm form = new RuleForm();
        dialog.getDialogPane().getProperties().put(RuleForm.class, form);
        TextField name = form.add("Name", new TextField(suggested), "policy.name");
        name.setId("new-policy-name");
        name.setPrefColumnCount(24);
        form.rules(() -> problems(name.getText().strip(), taken));
        VBox content = new VBox(6, form.grid());
        content.getChildren().addAll(form.lines());
        content.setPrefWidth(420);
        dialog.getDialogPane().setContent(content);
        form.lines().forEach(line -> DialogMessage.attach(dialog, line)); // the dialog grows to say a problem whole
        ButtonType create = new ButtonType("Create", ButtonBar.ButtonData.OK_DONE);
        dialog.getDialogPane().getButtonTypes().setAll(create, ButtonType.CANCEL);
        Button button = (Button) dialog.getDialogPane().lookupButton(create);
        button.setId("new-policy-create");
        button.disableProperty().bind(form.blockedProperty());
        dialog.setResultConverter(b -> b == create ? name.getText().strip() : null);
        dialog.setOnShown(e -> {
            form.shown();
            // After the dialog has settled its own focus, as TextInputDialog does: typing replaces the suggestion.
            javafx.application.Platform.runLater(() -> {
                name.requestFocus();
                name.selectAll();
            });
        });
        return dialog.showAndWait();
    }

    static List<FieldViolation> problems(String name, Collection<String> taken) {
        List<FieldViolation> out = new ArrayList<>(PolicyRules.validate(PolicyEditor.blank(name)).stream()
                .filter(v -> v.field().equals("policy.name")).toList());
        if (out.isEmpty() && taken.contains(name)) {
            out.add(new FieldViolation("policy.name", "is taken by a policy in the list: choose it there to edit it"));
        }
        return out;
    }
}
