package dev.weft.profiles;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;

/** The OS's place for Weft's settings: never next to the jar. {@code weft.config.dir} overrides it (tests do). */
public final class ConfigDir {
    private ConfigDir() {
    }

    public static Path resolve() {
        return resolve(System.getProperty("os.name", ""), System.getenv(), System.getProperty("user.home"),
                System.getProperty("weft.config.dir"));
    }

    static Path resolve(String os, Map<String, String> env, String home, String override) {
        if (override != null && !override.isBlank()) {
            return Path.of(override);
        }
        String o = os.toLowerCase(Locale.ROOT);
        if (o.contains("mac")) {
            return Path.of(home, "Library", "Application Support", "Weft");
        }
        if (o.contains("win")) {
            String appData = env.get("APPDATA");
            return appData != null ? Path.of(appData, "Weft") : Path.of(home, "AppData", "Roaming", "Weft");
        }
        String xdg = env.get("XDG_CONFIG_HOME");
        return xdg != null && !xdg.isBlank() ? Path.of(xdg, "weft") : Path.of(home, ".config", "weft");
    }
}
