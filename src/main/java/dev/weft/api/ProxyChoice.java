package dev.weft.api;

import java.io.IOException;
import java.math.BigInteger;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.Proxy;
import java.net.ProxySelector;
import java.net.SocketAddress;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * Which proxy a request goes through, chosen as curl and CoreWeave's own tools (Go's net/http) choose:
 * {@code HTTPS_PROXY} for https:// and {@code HTTP_PROXY} for http:// (upper case first, then lower), unless
 * {@code NO_PROXY} names the host; without them, the system's proxy settings. This computer (the sandbox) is
 * never reached through a proxy. The JDK's client speaks to HTTP proxies only: a proxy URL of another
 * scheme (socks5://, https://) is not used.
 */
final class ProxyChoice extends ProxySelector {
    private static final System.Logger LOG = System.getLogger(ProxyChoice.class.getName());
    private static final List<Proxy> DIRECT = List.of(Proxy.NO_PROXY);

    private final Map<String, String> env;
    private final Supplier<ProxySelector> system;
    /** Read once: a variable Weft cannot use is said once, not at every request. */
    private final Optional<URI> httpsProxy;
    private final Optional<URI> httpProxy;

    /** {@code system} is asked only for a host the environment does not decide, so it is made only then. */
    ProxyChoice(Map<String, String> env, Supplier<ProxySelector> system) {
        this.env = env;
        this.system = system;
        this.httpsProxy = variable("HTTPS_PROXY").flatMap(ProxyChoice::parse);
        this.httpProxy = variable("HTTP_PROXY").flatMap(ProxyChoice::parse);
    }

    @Override
    public List<Proxy> select(URI uri) {
        String host = uri.getHost();
        if (host == null || Endpoints.isLoopback(host)) {
            return DIRECT;
        }
        Optional<URI> proxy = proxyFor(uri.getScheme());
        if (proxy.isPresent() || variable("NO_PROXY").isPresent()) {
            if (bypassed(host, port(uri))) {
                return DIRECT;
            }
            if (proxy.isPresent()) {
                return List.of(new Proxy(Proxy.Type.HTTP, InetSocketAddress.createUnresolved(proxy.get().getHost(), port(proxy.get()))));
            }
        }
        ProxySelector s = system.get();
        return s == null ? DIRECT : s.select(uri);
    }

    @Override
    public void connectFailed(URI uri, SocketAddress proxy, IOException failure) {
        // The failure reaches the user as the request's own network error.
    }

    /**
     * The {@code Proxy-Authorization} a request to {@code target} carries when the environment's proxy URL holds
     * credentials ({@code http://user:pass@host:port}), sent at once as curl does. The JDK's client gives it to
     * the proxy alone (with CONNECT for https://), never to the server. A secret: never logged.
     */
    Optional<String> authorizationFor(URI target) {
        if (target.getHost() == null || Endpoints.isLoopback(target.getHost()) || bypassed(target.getHost(), port(target))) {
            return Optional.empty();
        }
        return proxyFor(target.getScheme()).map(URI::getRawUserInfo).map(info -> {
            String[] userPass = info.split(":", 2);
            String pair = decode(userPass[0]) + ":" + (userPass.length > 1 ? decode(userPass[1]) : "");
            return "Basic " + Base64.getEncoder().encodeToString(pair.getBytes(StandardCharsets.UTF_8));
        });
    }

    /** Whether a proxy URL in the environment holds credentials (the JDK must then let Basic through its tunnels). */
    boolean hasCredentials() {
        return proxyFor("https").or(() -> proxyFor("http")).map(URI::getRawUserInfo).isPresent();
    }

    private Optional<URI> proxyFor(String scheme) {
        return switch (scheme == null ? "" : scheme.toLowerCase(Locale.ROOT)) {
            case "https" -> httpsProxy;
            case "http" -> httpProxy;
            default -> Optional.empty();
        };
    }

    private static Optional<URI> parse(String value) {
        try {
            URI u = URI.create(value.contains("://") ? value : "http://" + value);
            if (!"http".equalsIgnoreCase(u.getScheme()) || u.getHost() == null) {
                // Named without its value, which may hold a password.
                LOG.log(System.Logger.Level.WARNING, "proxy of scheme " + u.getScheme() + " not used: Weft speaks to HTTP proxies only");
                return Optional.empty();
            }
            return Optional.of(u);
        } catch (IllegalArgumentException e) {
            LOG.log(System.Logger.Level.WARNING, "a proxy variable that is not a URL was not used");
            return Optional.empty();
        }
    }

    private Optional<String> variable(String name) {
        String v = env.get(name);
        if (v == null || v.isBlank()) {
            v = env.get(name.toLowerCase(Locale.ROOT));
        }
        return v == null || v.isBlank() ? Optional.empty() : Optional.of(v.strip());
    }

    /** NO_PROXY as Go reads it: "*", a host and its subdomains (".host" too), an IP or CIDR range, each with an optional port. */
    private boolean bypassed(String host, int port) {
        String h = host.toLowerCase(Locale.ROOT).replaceAll("^\\[|\\]$", "");
        for (String raw : variable("NO_PROXY").orElse("").split(",")) {
            String entry = raw.strip().toLowerCase(Locale.ROOT);
            if (entry.equals("*")) {
                return true;
            }
            int colon = entry.lastIndexOf(':');
            if (colon > 0 && entry.indexOf(':') == colon && entry.substring(colon + 1).matches("\\d+")) {
                if (Integer.parseInt(entry.substring(colon + 1)) != port) {
                    continue;
                }
                entry = entry.substring(0, colon);
            }
            if (entry.contains("/") ? inRange(h, entry) : matchesHost(h, entry)) {
                return true;
            }
        }
        return false;
    }

    private static boolean matchesHost(String host, String entry) {
        String name = entry.startsWith(".") ? entry.substring(1) : entry;
        return !name.isEmpty() && (host.equals(name) || host.endsWith("." + name));
    }

    /** Whether a literal address falls in a CIDR range; a name is not resolved, as Go does not. */
    private static boolean inRange(String host, String cidr) {
        String[] parts = cidr.split("/", 2);
        if (!literal(host) || !literal(parts[0]) || !parts[1].matches("\\d{1,3}")) {
            return false;
        }
        try {
            byte[] address = InetAddress.getByName(host).getAddress();
            byte[] network = InetAddress.getByName(parts[0]).getAddress();
            int bits = Integer.parseInt(parts[1]);
            if (address.length != network.length || bits > address.length * 8) {
                return false;
            }
            int shift = address.length * 8 - bits;
            return new BigInteger(1, address).shiftRight(shift).equals(new BigInteger(1, network).shiftRight(shift));
        } catch (IOException e) {
            return false;
        }
    }

    private static boolean literal(String host) {
        return host.matches("[0-9.]+") || host.contains(":");
    }

    private static int port(URI u) {
        if (u.getPort() >= 0) {
            return u.getPort();
        }
        return "https".equalsIgnoreCase(u.getScheme()) ? 443 : 80;
    }

    /** Percent-decoding only: a '+' in a user name or password is itself. */
    private static String decode(String s) {
        return URLDecoder.decode(s.replace("+", "%2B"), StandardCharsets.UTF_8);
    }
}
