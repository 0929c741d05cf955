package dev.weft.ui.common;

import dev.weft.api.ApiException;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonType;
import javafx.scene.control.TextArea;
import javafx.stage.Window;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;

/**
 * The one way errors reach a person: a short sentence, the request id when there is one, and the
 * details one click away. Tokens never appear: our exceptions are built without them.
 */
public final class ErrorPresenter {
    private static final System.Logger LOG = System.getLogger(ErrorPresenter.class.getName());

    private ErrorPresenter() {
    }

    /** The cause worth showing: completion wrappers removed. */
    public static Throwable unwrap(Throwable t) {
        Throwable c = t;
        while ((c instanceof CompletionException || c instanceof ExecutionException) && c.getCause() != null) {
            c = c.getCause();
        }
        return c;
    }

    /** A short sentence for a status bar or an inline error. */
    public static String sentence(Throwable t) {
        Throwable c = unwrap(t);
        if (c instanceof ApiException a) {
            return a.userMessage();
        }
        if (c instanceof java.io.UncheckedIOException u && (fileProblem(u.getCause()) != null
                || String.valueOf(u.getCause()).equals(u.getMessage()))) {
            c = u.getCause(); // a file error wrapped to cross a lambda, without words of its own
        }
        String file = fileProblem(c);
        if (file != null) {
            return file;
        }
        String m = c.getMessage();
        return m == null || m.isBlank() ? "Something went wrong (" + c.getClass().getSimpleName() + ")." : m;
    }

    /** A file error in words (the JDK's messages are a bare path, or "Input length = 1"); null if it is not one. */
    private static String fileProblem(Throwable c) {
        if (c instanceof java.nio.charset.CharacterCodingException) {
            return "The file is not text in UTF-8.";
        }
        if (c instanceof java.nio.file.NoSuchFileException e) {
            return "There is no file " + e.getFile() + ".";
        }
        if (c instanceof java.nio.file.AccessDeniedException e) {
            return "Weft is not allowed to use " + e.getFile() + ".";
        }
        if (c instanceof java.nio.file.FileSystemException e && e.getReason() != null) {
            return (e.getFile() == null ? "" : e.getFile() + ": ") + e.getReason() + ".";
        }
        return null;
    }

    public static String details(Throwable t) {
        Throwable c = unwrap(t);
        StringBuilder s = new StringBuilder();
        if (c instanceof ApiException a) {
            s.append("Request: ").append(a.operation()).append('\n');
            s.append("HTTP status: ").append(a.httpStatus() == 0 ? "no answer" : a.httpStatus()).append('\n');
            s.append("Code: ").append(a.grpcCode()).append('\n');
            a.requestId().ifPresent(id -> s.append("Request id: ").append(id).append('\n'));
            if (!a.serverMessage().isBlank()) {
                s.append("Server said: ").append(a.serverMessage()).append('\n');
            }
            if (!a.fieldViolations().isEmpty()) {
                s.append("Fields:\n").append(a.violationsText()).append('\n');
            }
            s.append('\n');
        }
        StringWriter trace = new StringWriter();
        c.printStackTrace(new PrintWriter(trace));
        return s.append(trace).toString();
    }

    /** Shows an error dialog without blocking the caller. */
    public static Alert show(Window owner, String what, Throwable t) {
        LOG.log(System.Logger.Level.WARNING, what + ": " + sentence(t), unwrap(t));
        Alert alert = new Alert(Alert.AlertType.ERROR, "", ButtonType.OK);
        alert.initOwner(owner);
        alert.setTitle("Weft");
        alert.setHeaderText(what);
        Throwable c = unwrap(t);
        String id = c instanceof ApiException a ? a.requestId().map(r -> "\n\nRequest id: " + r).orElse("") : "";
        alert.setContentText(sentence(t) + id);
        TextArea details = new TextArea(details(t));
        details.setAccessibleText("Details of the error");
        details.setEditable(false);
        details.setWrapText(false);
        details.setPrefRowCount(14);
        alert.getDialogPane().setExpandableContent(details);
        alert.getDialogPane().setId("error-dialog");
        alert.show();
        return alert;
    }
}
