package dev.weft.profiles;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;

/**
 * The OS's place for Weft's settings: never next to the jar. {@code weft.config.dir} overrides it, and
 * {@code weft.home} the user's home (tests do: a test must never write to the home of the machine running it).
 */
public final class ConfigDir {
    private ConfigDir() {
    }

    public static Path resolve() {
        return resolve(System.getProperty("os.name", ""), System.getenv(), home(), System.getProperty("weft.config.dir"));
    }

    /**
     * The user's home as the tools Weft writes files for find it (kubectl, the AWS CLI, rclone): {@code $HOME} on
     * Linux and macOS, where Java's {@code user.home} comes from the account database and ignores it (a shell
     * with another HOME had Weft write ~/.kube/config where kubectl does not look); the profile folder on Windows.
     */
    public static String home() {
        String override = System.getProperty("weft.home");
        return override != null && !override.isBlank() ? override
                : home(System.getProperty("os.name", ""), System.getenv(), System.getProperty("user.home"));
    }

    static String home(String os, Map<String, String> env, String userHome) {
        String home = env.get("HOME");
        return os.toLowerCase(Locale.ROOT).contains("win") || home == null || home.isBlank() ? userHome : home;
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
