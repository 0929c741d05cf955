package dev.weft.ui.common;

import dev.weft.profiles.AtomicFiles;
import dev.weft.service.BackgroundWork;
import javafx.application.Platform;
import javafx.stage.FileChooser;
import javafx.stage.Window;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.function.Function;

/** A table's rows as CSV (RFC 4180 quoting), made and written atomically off the FX thread. */
public final class CsvExport {
    private CsvExport() {
    }

    /** The CSV text: the header line, then one line per row. */
    public static <R> String text(String header, List<R> rows, Function<R, String> line) {
        StringBuilder s = new StringBuilder(header).append('\n');
        for (R r : rows) {
            s.append(line.apply(r)).append('\n');
        }
        return s.toString();
    }

    /**
     * A value as a CSV cell: quoted when it holds a comma, a quote or a line break; null as nothing; a value a
     * spreadsheet would run as a formula as text ({@link dev.weft.domain.SpreadsheetText}).
     */
    public static String cell(String value) {
        if (value == null) {
            return "";
        }
        String v = dev.weft.domain.SpreadsheetText.guarded(value);
        return v.contains(",") || v.contains("\"") || v.contains("\n") ? "\"" + v.replace("\"", "\"\"") + "\"" : v;
    }

    /** Writes the rows (taken as they are now) to the file on the worker; completes with the file. */
    public static <R> CompletableFuture<Path> write(BackgroundWork work, Path file, String header, List<R> rows, Function<R, String> line) {
        List<R> snapshot = List.copyOf(rows);
        return work.supply(() -> written(file, text(header, snapshot, line)));
    }

    /** Writes CSV text made already to the file on the worker; completes with the file. */
    public static CompletableFuture<Path> writeText(BackgroundWork work, Path file, String csv) {
        return work.supply(() -> written(file, csv));
    }

    private static Path written(Path file, String csv) {
        try {
            AtomicFiles.write(file, csv.getBytes(StandardCharsets.UTF_8));
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(AtomicFiles.whyNotWritten(file, e), e);
        }
    }

    /** Asks where to save, then exports there; a failure is shown, the table untouched. */
    public static void chooseAndWrite(Window owner, String what, String fileName, Function<Path, CompletableFuture<Path>> export) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle("Export " + what + " as CSV");
        chooser.setInitialFileName(fileName);
        File file = chooser.showSaveDialog(owner);
        if (file != null) {
            export.apply(file.toPath()).whenComplete((p, failure) -> Platform.runLater(() -> {
                if (failure != null) {
                    ErrorPresenter.show(owner, "The CSV was not written", failure);
                }
            }));
        }
    }
}
