package dev.weft.ui.common;

import dev.weft.service.BackgroundWork;
import javafx.application.Platform;
import javafx.stage.FileChooser;
import javafx.stage.Window;

import java.nio.file.Files;
import java.util.Base64;
import java.util.function.Consumer;

/** Lets the user pick a file and hands back its content base64-encoded, read off the FX thread. */
public final class Base64File {
    private Base64File() {
    }

    /**
     * The field a file's base64 goes into, with a "Choose file…" button beside it that does {@code choose}.
     * The field gives up room, not the button: squeezed, it read "Choose fil…". The field has the keyboard before the
     * file is chosen, so what the file puts in counts as typed there: Escape then asks before dropping it.
     */
    public static javafx.scene.layout.HBox fieldWithChooser(javafx.scene.control.TextField field, Runnable choose) {
        javafx.scene.control.Button pick = new javafx.scene.control.Button("Choose file…");
        pick.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        pick.setOnAction(e -> {
            field.requestFocus();
            choose.run();
        });
        javafx.scene.layout.HBox row = new javafx.scene.layout.HBox(6, field, pick);
        javafx.scene.layout.HBox.setHgrow(field, javafx.scene.layout.Priority.ALWAYS);
        return row;
    }

    /** A field for a certificate authority as the API takes one, base64 of a PEM file, with "Choose file…" beside it. */
    public static javafx.scene.layout.HBox certificateField(javafx.scene.control.TextField field, String title, BackgroundWork work,
                                                           Consumer<String> onProblem) {
        field.setPromptText("base64 of a CA certificate (PEM)");
        return fieldWithChooser(field, () -> choose(field.getScene().getWindow(), title, work, field::setText, onProblem,
                new FileChooser.ExtensionFilter("Certificate", "*.pem", "*.crt", "*.cer")));
    }

    /**
     * The kinds of file offered: those named first (the chooser opens on the first), then every file — an audit
     * policy or a CA saved without the usual ending ("ca", "policy") could not be chosen at all.
     */
    static java.util.List<FileChooser.ExtensionFilter> offered(FileChooser.ExtensionFilter... named) {
        java.util.List<FileChooser.ExtensionFilter> all = new java.util.ArrayList<>(java.util.List.of(named));
        if (!all.isEmpty()) {
            // "*" for Linux's chooser, where "*.*" wants a dot; "*.*" as Windows and macOS write it.
            all.add(new FileChooser.ExtensionFilter("All files", "*", "*.*"));
        }
        return all;
    }

    public static void choose(Window owner, String title, BackgroundWork work, Consumer<String> onEncoded,
                              Consumer<String> onProblem, FileChooser.ExtensionFilter... filters) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(title);
        chooser.getExtensionFilters().setAll(offered(filters));
        var file = chooser.showOpenDialog(owner);
        if (file == null) {
            return;
        }
        work.supply(() -> {
            try {
                return Base64.getEncoder().encodeToString(Files.readAllBytes(file.toPath()));
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        }).whenComplete((b64, failure) -> Platform.runLater(() -> {
            if (b64 != null) {
                onEncoded.accept(b64);
            } else {
                onProblem.accept("Could not read " + file.getName() + ".");
            }
        }));
    }
}
