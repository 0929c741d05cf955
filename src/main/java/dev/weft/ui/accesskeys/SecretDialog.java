package dev.weft.ui.accesskeys;

import dev.weft.api.objectstorage.CreatedAccessKey;
import dev.weft.domain.cks.CksCatalog;
import dev.weft.service.S3CredentialFiles;
import dev.weft.ui.common.DialogMessage;
import dev.weft.ui.common.DialogPadding;
import dev.weft.ui.common.ErrorPresenter;
import dev.weft.ui.common.FieldLabel;
import dev.weft.ui.common.Moments;
import dev.weft.ui.common.SecretIntoGit;
import dev.weft.ui.common.TypedPath;
import javafx.application.Platform;
import javafx.collections.FXCollections;
import javafx.scene.control.Alert;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import javafx.util.Duration;

import java.nio.file.Path;
import java.util.List;
import java.util.function.BiFunction;

/**
 * A new key's secret, shown once: copy buttons (the clipboard is cleared a minute later if it still
 * holds the secret), saving as an AWS profile or an rclone remote, and a question before closing if
 * the secret was neither copied nor saved. The secret is never logged.
 */
public final class SecretDialog extends Dialog<Void> {
    /** How long a copied secret stays on the clipboard; tests shorten it. */
    public static Duration clearClipboardAfter = Duration.seconds(60);

    /** The name a sandbox key is saved under unless the user gives another. */
    static final String SANDBOX_NAME = "weft-sandbox";

    private final AccessKeysViewModel vm;
    private boolean kept;
    /** Copies the command a save's answer ends with. */
    private final dev.weft.ui.common.CopyCommand copyTry = new dev.weft.ui.common.CopyCommand("Copy the command", "secret-copy-try");

    public SecretDialog(Window owner, AccessKeysViewModel vm, CreatedAccessKey key) {
        this.vm = vm;
        initOwner(owner);
        setTitle("New access key");
        setHeaderText("Save the secret now: it is shown only this once.");
        getDialogPane().setId("secret-dialog");
        TextField id = readOnly(key.accessKeyId(), "secret-key-id");
        TextField secret = readOnly(key.secretKey(), "secret-value");
        Button copyId = new Button("Copy");
        copyId.setId("secret-copy-id");
        copyId.setOnAction(e -> dev.weft.ui.common.ClipboardText.put(key.accessKeyId()));
        Button copySecret = new Button("Copy");
        copySecret.setId("secret-copy");
        copySecret.setOnAction(e -> {
            dev.weft.ui.common.SecretClipboard.put(key.secretKey(), clearClipboardAfter);
            kept = true;
        });
        GridPane g = new GridPane();
        g.setHgap(10);
        g.setVgap(8);
        g.addRow(0, FieldLabel.of("Access key ID", id), id, copyId);
        g.addRow(1, FieldLabel.of("Secret key", secret), secret, copySecret);
        Label expires = new Label(key.permanent() ? "never (revoke it when it is no longer needed)" : Moments.detailed(key.expiry()));
        expires.setId("secret-expiry");
        g.addRow(2, new Label("Expires"), expires);
        g.addRow(3, new Label("Principal"), new Label(key.principalName()));

        Label saved = new Label();
        saved.setId("secret-saved");
        DialogMessage.attach(this, saved);
        // A sandbox key opens no bucket anywhere: saved under a name of its own, the user's own "coreweave" profile
        // and remote are not replaced by it.
        boolean sandbox = vm.sandbox();
        TextField name = new TextField(sandbox ? SANDBOX_NAME : "coreweave");
        name.setId("secret-save-name");
        name.setPrefColumnCount(12);
        ComboBox<String> region = new ComboBox<>(FXCollections.observableArrayList(CksCatalog.ZONES));
        region.setValue("US-EAST-04A");
        Button aws = new Button("Save as AWS profile");
        aws.setId("secret-save-aws");
        String home = dev.weft.profiles.ConfigDir.home();
        S3CredentialFiles.AwsFiles awsFiles = S3CredentialFiles.AwsFiles.fromEnvironment(System.getenv(), home);
        aws.setOnAction(e -> save(saved, awsFiles.credentials(), (n, r) -> vm.saveAwsProfile(awsFiles, key, n, r),
                n -> List.of("aws", "s3", "ls", "--profile", n),
                name.getText(), region.getValue()));
        Button rclone = new Button("Save as rclone remote");
        rclone.setId("secret-save-rclone");
        Label hint = new Label(whereSaved(awsFiles, "rclone's config", home));
        hint.setId("secret-where");
        rclone.setDisable(true); // until the file rclone reads is found
        vm.rcloneConfig().thenAccept(rcloneConf -> Platform.runLater(() -> {
            rclone.setOnAction(e -> save(saved, rcloneConf, (n, r) -> vm.saveRcloneRemote(rcloneConf, key, n, r),
                    n -> List.of("rclone", "lsd", n + ":"),
                    name.getText(), region.getValue()));
            rclone.setDisable(false);
            hint.setText(whereSaved(awsFiles, TypedPath.shown(rcloneConf, home), home));
        }));
        GridPane saveRow = new GridPane();
        saveRow.setHgap(10);
        saveRow.setVgap(8);
        saveRow.addRow(0, FieldLabel.of("Save for S3 tools as", name), name);
        saveRow.addRow(1, FieldLabel.of("Region (zone)", region), region);
        saveRow.add(new HBox(8, aws, rclone), 1, 2);
        hint.getStyleClass().add("dialog-hint");
        hint.setWrapText(true);
        hint.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
        DialogMessage.attach(this, hint); // longer once rclone's file is found: the dialog grows, Done kept in sight
        VBox box = new VBox(12, g, saveRow, hint, saved, copyTry);
        if (sandbox) {
            Label sample = new Label("A sandbox key: no S3 endpoint takes it. Saved, it is named " + SANDBOX_NAME
                    + ", beside your own profiles and remotes.");
            sample.setId("secret-sandbox");
            sample.setWrapText(true);
            sample.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
            DialogMessage.attach(this, sample); // whole, the dialog as tall as it needs
            sample.getStyleClass().add("dialog-hint");
            box.getChildren().add(2, sample);
        }
        box.setPadding(DialogPadding.CONTENT);
        box.setPrefWidth(720);
        getDialogPane().setPrefWidth(760);
        // Within the theme's 600 px cap, "Access key ID" and both "Copy" buttons read "…" in a 15 px font.
        getDialogPane().getStyleClass().add("wide-dialog");
        getDialogPane().setContent(box);
        getDialogPane().getButtonTypes().setAll(new ButtonType("Done", ButtonBar.ButtonData.OK_DONE));
        getDialogPane().lookupButton(getDialogPane().getButtonTypes().get(0)).setId("secret-done");
        setResultConverter(b -> null);
        setOnCloseRequest(e -> {
            if (!kept && !confirmClose()) {
                e.consume();
            }
        });
    }

    /** Which files the two buttons write, named as the person knows them, before either is pressed. */
    private static String whereSaved(S3CredentialFiles.AwsFiles aws, String rclone, String home) {
        return "Saving writes " + TypedPath.shown(aws.credentials(), home) + " and " + TypedPath.shown(aws.config(), home)
                + " (endpoint " + S3CredentialFiles.ENDPOINT + ", virtual-hosted addressing) or " + rclone
                + ", keeping your other entries and backing up the old files.";
    }

    /**
     * Saves the key pair {@code how}, into {@code secretFile} among others, once it is clear Git would not take it;
     * then says the command that tries it ({@code tryWith} the name), but for a sandbox key, which opens no bucket.
     */
    private void save(Label result, Path secretFile, BiFunction<String, String, java.util.concurrent.CompletableFuture<S3CredentialFiles.Saved>> how,
                      java.util.function.Function<String, List<String>> tryWith, String name, String region) {
        if (name == null || name.isBlank()) {
            result.setText("Give the profile or remote a name.");
            return;
        }
        copyTry.offer(null);
        result.setText("Checking where the file lands…"); // not "Saving" while the question may be asked
        SecretIntoGit.confirmThen(getDialogPane().getScene().getWindow(), secretFile, "the secret key",
                "Copy the secret instead, and keep it in a password manager.", vm.gitWorkTreeTaking(secretFile),
                () -> {
                    result.setText("Saving…");
                    how.apply(name.strip(), region).whenComplete((s, failure) -> Platform.runLater(() -> {
                        if (failure != null) {
                            result.setText("Not saved: " + ErrorPresenter.sentence(failure));
                            return;
                        }
                        kept = true;
                        String tryIt = vm.sandbox() ? null : dev.weft.domain.ShellWords.joinHere(tryWith.apply(name.strip()));
                        result.setText("Saved to " + String.join(" and ", s.files().stream().map(Path::toString).toList())
                                + " (owner-only)" + (s.backups().isEmpty() ? "." : "; the previous files were backed up.")
                                + (tryIt == null ? "" : " Try: " + tryIt));
                        copyTry.offer(tryIt);
                    }));
                },
                () -> result.setText("Not saved: " + secretFile + " is in a Git repository."));
    }

    private boolean confirmClose() {
        Alert ask = new Alert(Alert.AlertType.CONFIRMATION, "You have not copied or saved the secret. It cannot be shown "
                + "again; without it the key is useless and should be revoked.",
                new ButtonType("Close anyway", ButtonBar.ButtonData.OK_DONE), new ButtonType("Go back", ButtonBar.ButtonData.CANCEL_CLOSE));
        ask.initOwner(getDialogPane().getScene().getWindow());
        ask.setHeaderText("Close without keeping the secret?");
        ask.getDialogPane().setId("secret-close-confirm");
        return ask.showAndWait().map(b -> b.getButtonData() == ButtonBar.ButtonData.OK_DONE).orElse(false);
    }

    private static TextField readOnly(String value, String id) {
        TextField t = new TextField(value);
        t.setId(id);
        t.setEditable(false);
        t.setPrefColumnCount(Math.max(20, value.length() + 1)); // the secret whole, to read as well as to copy
        t.getStyleClass().add("monospace");
        return t;
    }
}
