package dev.weft.ui.common;

import dev.weft.api.Json;
import dev.weft.profiles.AtomicFiles;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Reads and writes {@code ui-state.json}. A file that cannot be read gives the defaults: it holds nothing precious.
 * Another Weft window may save the same file: a save lays what this window changed since it last loaded or saved
 * over the file as it is then ({@link UiState#over}), rather than writing this window's whole.
 */
public final class UiStateStore {
    private static final System.Logger LOG = System.getLogger(UiStateStore.class.getName());

    private final Path file;
    /** What this window last loaded or saved: its changes are told from it. */
    private UiState base = UiState.defaults();

    public UiStateStore(Path configDir) {
        this.file = configDir.resolve("ui-state.json");
    }

    public synchronized UiState load() {
        base = read(true).orElse(UiState.defaults());
        return base;
    }

    private java.util.Optional<UiState> read(boolean warn) {
        if (!Files.exists(file)) {
            return java.util.Optional.empty();
        }
        try {
            return java.util.Optional.of(Json.MAPPER.readValue(file.toFile(), UiState.class));
        } catch (Exception e) {
            if (warn) {
                LOG.log(System.Logger.Level.WARNING, "ui-state.json could not be read; using defaults");
            }
            return java.util.Optional.empty();
        }
    }

    /** Blocking: call from the service executor. Says why, when the file could not be written. */
    public synchronized java.util.Optional<String> save(UiState state) {
        UiState merged = read(false).map(theirs -> state.over(base, theirs)).orElse(state);
        try {
            AtomicFiles.write(file, Json.MAPPER.writerWithDefaultPrettyPrinter().writeValueAsBytes(merged));
            base = state;
            return java.util.Optional.empty();
        } catch (java.io.IOException e) {
            LOG.log(System.Logger.Level.WARNING, "could not save the window state: " + e.getMessage());
            return java.util.Optional.of(AtomicFiles.whyNotWritten(file, e));
        }
    }
}
