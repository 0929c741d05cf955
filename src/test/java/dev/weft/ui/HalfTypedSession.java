package dev.weft.ui;

import dev.weft.ui.policies.PoliciesViewModel;
import dev.weft.ui.shell.ShellFixture;
import dev.weft.ui.tabs.TabViewModel;
import javafx.application.Application;
import javafx.animation.PauseTransition;
import javafx.application.Platform;
import javafx.scene.Node;
import javafx.util.Duration;
import javafx.event.ActionEvent;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.TabPane;
import javafx.scene.control.TextField;
import javafx.stage.Stage;
import javafx.stage.Window;

import java.nio.file.Path;

/**
 * The app in its own process, for {@code KillNineTest}: it opens on the config dir it is given, half
 * types a new policy and a cluster form as a user would, says "half typed" on stdout, and waits to be
 * killed.
 */
public final class HalfTypedSession {
    private HalfTypedSession() {
    }

    public static void main(String[] args) {
        Application.launch(App.class, args);
    }

    public static final class App extends Application {
        @Override
        public void start(Stage stage) {
            ShellFixture f = new ShellFixture(Path.of(getParameters().getRaw().get(0)));
            f.open(stage);
            Scene scene = stage.getScene();
            PoliciesViewModel policies = f.shell.viewModel().policies();
            ((TabPane) scene.lookup("#tabs")).getSelectionModel().select(2);
            policies.stateProperty().addListener((o, was, now) -> {
                if (now == TabViewModel.State.READY && policies.editorProperty().get() == null) {
                    Platform.runLater(() -> typePolicy(scene, policies));
                }
            });
        }

        private void typePolicy(Scene scene, PoliciesViewModel policies) {
            policies.newPolicy("half-typed");
            whenShown("#statement-actions-0", actions -> {
                ((TextField) actions).setText("s3:PutObject");
                actions.fireEvent(new ActionEvent());
                ((TabPane) scene.lookup("#tabs")).getSelectionModel().select(0);
                whenShown("#cluster-name", name -> {
                    ((TextField) name).setText("half-typ");
                    System.out.println("half typed");
                    System.out.flush();
                });
                // Opens the form in a nested event loop: what comes next runs from the poll above.
                whenShown("#cluster-create", create -> ((Button) create).fire());
            });
        }

        /** Runs {@code action} on the node once a window shows it, looking again every 100 ms. */
        private static void whenShown(String id, java.util.function.Consumer<Node> action) {
            Node found = Window.getWindows().stream().filter(w -> w.getScene() != null).map(w -> w.getScene().lookup(id))
                    .filter(java.util.Objects::nonNull).findFirst().orElse(null);
            if (found != null) {
                action.accept(found);
                return;
            }
            PauseTransition again = new PauseTransition(Duration.millis(100));
            again.setOnFinished(e -> whenShown(id, action));
            again.play();
        }
    }
}
