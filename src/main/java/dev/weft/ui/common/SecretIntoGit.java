package dev.weft.ui.common;

import javafx.application.Platform;
import javafx.scene.control.Alert;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.stage.Window;

import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;

/**
 * The question before a secret is written where Git would take it ({@link dev.weft.service.GitWorkTree}): a
 * kubeconfig or credentials file kept in a dotfiles repository, or one chosen inside a project. Written there only if
 * the person says so; Enter keeps it out.
 */
public final class SecretIntoGit {
    private SecretIntoGit() {
    }

    /**
     * Once {@code workTree} answers, on the FX thread: {@code write} when Git would not take the file, or when the person
     * agrees to write it there all the same; {@code declined} otherwise.
     *
     * @param secret  the secret in words, e.g. "your API token"
     * @param instead what to do instead, a sentence
     */
    public static void confirmThen(Window owner, Path file, String secret, String instead,
                                   CompletableFuture<Optional<Path>> workTree, Runnable write, Runnable declined) {
        workTree.whenComplete((tree, failure) -> Platform.runLater(() -> {
            if (failure != null || tree.isEmpty() || agreed(owner, file, tree.get(), secret, instead)) {
                write.run();
            } else {
                declined.run();
            }
        }));
    }

    private static boolean agreed(Window owner, Path file, Path tree, String secret, String instead) {
        ButtonType writeThere = new ButtonType("Write it there", ButtonBar.ButtonData.OTHER);
        Alert ask = new Alert(Alert.AlertType.WARNING, file + " is in the Git repository " + tree + ", which does not "
                + "ignore it: a “git add” would commit " + secret + ", and a push would publish it. " + instead,
                writeThere, ButtonType.CANCEL);
        ask.initOwner(owner);
        ask.setTitle("A secret into a Git repository");
        ask.setHeaderText("Write " + secret + " into a Git repository?");
        ask.getDialogPane().setId("secret-into-git");
        ((Button) ask.getDialogPane().lookupButton(writeThere)).setId("secret-into-git-write");
        ((Button) ask.getDialogPane().lookupButton(ButtonType.CANCEL)).setDefaultButton(true);
        return ask.showAndWait().filter(writeThere::equals).isPresent();
    }
}
