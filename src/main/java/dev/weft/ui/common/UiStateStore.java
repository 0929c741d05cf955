package dev.weft.ui.common;

import dev.weft.api.Json;
import dev.weft.profiles.AtomicFiles;

import java.nio.file.Files;
import java.nio.file.Path;

/** Reads and writes {@code ui-state.json}. A file that cannot be read gives the defaults: it holds nothing precious. */
public final class UiStateStore {
    private static final System.Logger LOG = System.getLogger(UiStateStore.class.getName());

    private final Path file;

    public UiStateStore(Path configDir) {
        this.file = configDir.resolve("ui-state.json");
    }

    public UiState load() {
        if (!Files.exists(file)) {
            return UiState.defaults();
        }
        try {
            return Json.MAPPER.readValue(file.toFile(), UiState.class);
        } catch (Exception e) {
            LOG.log(System.Logger.Level.WARNING, "ui-state.json could not be read; using defaults");
            return UiState.defaults();
        }
    }

    /** Blocking: call from the service executor. */
    public synchronized void save(UiState state) {
        try {
            AtomicFiles.write(file, Json.MAPPER.writerWithDefaultPrettyPrinter().writeValueAsBytes(state));
        } catch (Exception e) {
            LOG.log(System.Logger.Level.WARNING, "could not save the window state: " + e.getMessage());
        }
    }
}
