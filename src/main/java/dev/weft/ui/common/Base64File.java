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

    public static void choose(Window owner, String title, BackgroundWork work, Consumer<String> onEncoded,
                              Consumer<String> onProblem, FileChooser.ExtensionFilter... filters) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(title);
        chooser.getExtensionFilters().addAll(filters);
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
