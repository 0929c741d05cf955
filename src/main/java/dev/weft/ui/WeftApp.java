package dev.weft.ui;

import javafx.application.Application;
import javafx.geometry.Pos;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;

/** The JavaFX application. For now a placeholder window; the shell issue fills it. */
public final class WeftApp extends Application {
    public static final String TITLE = "Weft";

    /** Starts the toolkit and blocks until the last window closes. */
    public static void launch() {
        Application.launch(WeftApp.class);
    }

    @Override
    public void start(Stage stage) {
        stage.setTitle(TITLE);
        stage.setScene(new Scene(placeholder(), 960, 600));
        stage.show();
    }

    /** The window's content, separate from {@link #start} so tests can show it in their own stage. */
    public static VBox placeholder() {
        Label title = new Label("Weft");
        title.setId("title");
        title.setStyle("-fx-font-size: 28px; -fx-font-weight: bold;");
        Label subtitle = new Label("A desktop console for CoreWeave and Kupe Cloud. Clusters, keys, policies and buckets arrive soon.");
        subtitle.setId("subtitle");
        subtitle.setWrapText(true);
        VBox box = new VBox(12, title, subtitle);
        box.setAlignment(Pos.CENTER);
        box.setStyle("-fx-padding: 32;");
        return box;
    }
}
