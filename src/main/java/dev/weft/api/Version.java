package dev.weft.api;

import java.io.InputStream;
import java.util.Properties;

/** The version Maven wrote into the build. */
public final class Version {
    private static final String VERSION = load();

    private Version() {
    }

    public static String current() {
        return VERSION;
    }

    private static String load() {
        try (InputStream in = Version.class.getResourceAsStream("/dev/weft/version.properties")) {
            Properties p = new Properties();
            if (in != null) {
                p.load(in);
            }
            return p.getProperty("version", "dev");
        } catch (Exception e) {
            return "dev";
        }
    }
}
