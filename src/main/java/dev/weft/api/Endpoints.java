package dev.weft.api;

import java.net.InetAddress;
import java.net.URI;
import java.util.Locale;

/** Facts about base URLs: the default endpoints, and which hosts may see a token over plain http. */
public final class Endpoints {
    public static final URI COREWEAVE = URI.create("https://api.coreweave.com");
    public static final URI KUPE = URI.create("https://api.kupe.cloud");

    private Endpoints() {
    }

    /**
     * Whether a token may travel to {@code uri}: always over https, over http only to this machine.
     * Host names other than "localhost" are not resolved, so a DNS answer cannot make a remote host
     * look local.
     */
    public static boolean safeForToken(URI uri) {
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        if (scheme.equals("https")) {
            return true;
        }
        return scheme.equals("http") && isLoopback(uri.getHost());
    }

    public static boolean isLoopback(String host) {
        if (host == null) {
            return false;
        }
        String h = host.toLowerCase(Locale.ROOT);
        if (h.equals("localhost")) {
            return true;
        }
        if (h.startsWith("[") && h.endsWith("]")) {
            h = h.substring(1, h.length() - 1);
        }
        if (!h.matches("[0-9.]+") && !h.contains(":")) {
            return false;
        }
        try {
            return InetAddress.getByName(h).isLoopbackAddress();
        } catch (Exception notAnAddress) {
            return false;
        }
    }
}
