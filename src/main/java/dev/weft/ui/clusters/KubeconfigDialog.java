package dev.weft.ui.clusters;

import dev.weft.service.KubeconfigFiles;
import dev.weft.ui.common.DialogMessage;
import dev.weft.ui.common.DialogPadding;
import dev.weft.ui.common.ErrorPresenter;
import dev.weft.ui.common.Outcome;
import dev.weft.ui.common.SecretIntoGit;
import dev.weft.ui.common.TypedPath;
import javafx.application.Platform;
import javafx.event.ActionEvent;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.RadioButton;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;
import javafx.stage.Window;

import java.nio.file.Path;

/**
 * Export a kubeconfig for the selected cluster: where to write it (a new file, or merged into the
 * existing one as a new context) and how kubectl gets the token (from the keychain through
 * {@code weft token}, or written into the file). The file is owner-only and the old one backed up.
 */
final class KubeconfigDialog extends Dialog<Void> {
    /** How many running clusters "Every running cluster" names; the rest are counted. */
    private static final int NAMED = 5;

    KubeconfigDialog(Window owner, ClustersViewModel vm, ClusterItem item) {
        initOwner(owner);
        setTitle("Export kubeconfig");
        setHeaderText("A kubeconfig for " + item.row().name());
        getDialogPane().setId("kubeconfig-dialog");
        TextField path = new TextField();
        path.setId("kubeconfig-path");
        vm.suggestedKubeconfig().thenAccept(suggested -> Platform.runLater(() -> {
            if (path.getText().isEmpty()) { // not over what the user typed or chose meanwhile
                path.setText(suggested.toString());
            }
        }));
        Button browse = new Button("Choose…");
        browse.setOnAction(e -> {
            FileChooser chooser = new FileChooser();
            chooser.setTitle("Kubeconfig file");
            var f = chooser.showSaveDialog(getDialogPane().getScene().getWindow());
            if (f != null) {
                path.setText(f.getAbsolutePath());
            }
        });
        HBox pathRow = new HBox(6, path, browse);
        HBox.setHgrow(path, Priority.ALWAYS);

        // The fleet at once: an administrator of ten clusters exported ten times, one backup file each.
        java.util.List<ClusterItem> all = vm.connectable();
        CheckBox every = new CheckBox("Every running cluster of this profile (" + all.size() + "): "
                + all.stream().limit(NAMED).map(i -> i.row().name()).collect(java.util.stream.Collectors.joining(", "))
                + (all.size() > NAMED ? " and " + (all.size() - NAMED) + " more" : ""));
        every.setId("kubeconfig-all");
        every.setWrapText(true);
        every.setVisible(all.size() > 1 && all.contains(item));
        every.setManaged(every.isVisible());
        ToggleGroup mode = new ToggleGroup();
        RadioButton merge = new RadioButton();
        merge.textProperty().bind(javafx.beans.binding.Bindings.when(every.selectedProperty())
                .then("Add them to this file as new contexts (other entries are kept)")
                .otherwise("Add it to this file as a new context (other entries are kept)"));
        merge.setId("kubeconfig-merge");
        RadioButton fresh = new RadioButton();
        fresh.textProperty().bind(javafx.beans.binding.Bindings.when(every.selectedProperty())
                .then("Write a new file with only these clusters (an existing file is backed up first)")
                .otherwise("Write a new file with only this cluster (an existing file is backed up first)"));
        fresh.setId("kubeconfig-new");
        merge.setToggleGroup(mode);
        fresh.setToggleGroup(mode);
        merge.setSelected(true);

        ToggleGroup cred = new ToggleGroup();
        RadioButton exec = new RadioButton("Run “weft token” when kubectl needs it: the token stays in your keychain");
        exec.setId("kubeconfig-exec");
        RadioButton embed = new RadioButton("Write the token into the file");
        embed.setId("kubeconfig-embed");
        exec.setToggleGroup(cred);
        embed.setToggleGroup(cred);
        exec.setSelected(true);
        for (RadioButton choice : java.util.List.of(merge, fresh, exec, embed)) {
            choice.setWrapText(true); // whole in a 15 px font within the dialog's width
        }
        Label embedWarning = new Label("Anyone who can read this file can use your token. Weft writes it owner-only (0600).");
        embedWarning.getStyleClass().add("dialog-warning");
        embedWarning.setWrapText(true);
        embedWarning.visibleProperty().bind(embed.selectedProperty());
        embedWarning.managedProperty().bind(embedWarning.visibleProperty());
        CheckBox current = new CheckBox();
        current.textProperty().bind(javafx.beans.binding.Bindings.when(every.selectedProperty())
                .then("Make " + item.row().name() + " kubectl's current context").otherwise("Make it kubectl's current context"));
        current.setId("kubeconfig-current");
        current.setSelected(true);
        Label result = new Label();
        result.setId("kubeconfig-result");
        DialogMessage.attach(this, result);
        dev.weft.ui.common.CopyCommand copyTry = new dev.weft.ui.common.CopyCommand("Copy the kubectl command", "kubeconfig-copy-try");

        Label sample = new Label("These are the sandbox's sample clusters: kubectl cannot reach them. Weft suggests a file of "
                + "their own, so that your kubectl setup stays as it is.");
        sample.setId("kubeconfig-sandbox");
        sample.getStyleClass().add("dialog-hint");
        sample.setWrapText(true);
        sample.setVisible(vm.sandbox());
        sample.setManaged(sample.isVisible());

        VBox box = new VBox(10, sample, every, dev.weft.ui.common.FieldLabel.of("File", path), pathRow, merge, fresh, new Label("Credential"), exec, embed, embedWarning,
                current, result, copyTry);
        box.setPadding(DialogPadding.CONTENT);
        box.setPrefWidth(600);
        getDialogPane().setContent(box);
        ButtonType write = new ButtonType("Export", ButtonBar.ButtonData.OK_DONE);
        getDialogPane().getButtonTypes().setAll(write, ButtonType.CLOSE);
        Button writeButton = (Button) getDialogPane().lookupButton(write);
        writeButton.setId("kubeconfig-export");
        writeButton.disableProperty().bind(path.textProperty().isEmpty());
        writeButton.addEventFilter(ActionEvent.ACTION, e -> {
            e.consume();
            Path file;
            try {
                file = TypedPath.of(path.getText(), dev.weft.profiles.ConfigDir.home());
            } catch (java.nio.file.InvalidPathException bad) {
                Outcome.failed(result, "Not written: “" + path.getText().strip() + "” is not a file name this computer takes ("
                        + bad.getReason() + ").");
                return;
            }
            writeButton.disableProperty().unbind();
            writeButton.setDisable(true);
            Runnable export = () -> {
                copyTry.offer(null);
                Outcome.running(result, "Writing…");
                vm.exportKubeconfig(every.isSelected() ? all : java.util.List.of(item), item, file,
                                merge.isSelected(), embed.isSelected(), current.isSelected())
                        .whenComplete((written, failure) -> Platform.runLater(() -> {
                        writeButton.disableProperty().bind(path.textProperty().isEmpty());
                            if (failure != null) {
                                Outcome.failed(result, "Not written: " + ErrorPresenter.sentence(failure));
                            } else {
                                Outcome.went(result, describe(written, every.isSelected() ? all.size() : 1));
                                copyTry.offer(written.tryIt().orElse(null));
                            }
                        }));
            };
            if (!embed.isSelected()) {
                export.run(); // no secret in the file
                return;
            }
            Outcome.running(result, "Checking where the file lands…"); // not "Writing" while the question may be asked
            SecretIntoGit.confirmThen(getDialogPane().getScene().getWindow(), file, "your API token",
                    "Choose a file elsewhere, or let kubectl run “weft token”, which writes no token.",
                    vm.gitWorkTreeTaking(file), export, () -> {
                        writeButton.disableProperty().bind(path.textProperty().isEmpty());
                        Outcome.failed(result, "Not written: the file is in a Git repository.");
                    });
        });
        setResultConverter(b -> null);
    }

    private static String describe(ClustersViewModel.Exported e, int clusters) {
        KubeconfigFiles.Written w = e.written();
        StringBuilder s = new StringBuilder((clusters > 1 ? clusters + " clusters written to " : "Written to ") + w.file() + " (owner-only).");
        w.backup().ifPresent(b -> s.append(" The previous file was kept as ").append(b.getFileName()).append('.'));
        w.warning().ifPresent(x -> s.append(' ').append(x));
        e.tryIt().ifPresent(t -> s.append(" Try: ").append(t));
        return s.toString();
    }
}
