package dev.weft.ui;

import javafx.application.Application;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;

import java.io.PrintStream;

/**
 * {@code weft --benchmark-bare-window}: an empty JavaFX window of Weft's default size, timed exactly as
 * {@code --benchmark-startup} times Weft's own, so the start-up figure has a floor to be compared with.
 */
public final class BareWindow extends Application {
    private static volatile PrintStream out = System.out;

    /** Milliseconds from the JVM's start to now, as the start-up benchmarks count them. */
    static long millisSinceJvmStart() {
        return System.currentTimeMillis() - java.lang.management.ManagementFactory.getRuntimeMXBean().getStartTime();
    }

    public static int run(PrintStream printTo) {
        out = printTo;
        Application.launch(BareWindow.class);
        return 0;
    }

    @Override
    public void start(Stage stage) {
        stage.setTitle("bare");
        stage.setScene(new Scene(new StackPane(), 1200, 760));
        stage.show();
        out.println("benchmark-bare-window: first window " + millisSinceJvmStart() + " ms (after JVM start)");
        Platform.exit();
    }
}
