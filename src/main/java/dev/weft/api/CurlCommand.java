package dev.weft.api;

import java.net.URI;
import java.util.Map;

/**
 * Renders a request as a shell command a person can paste. The token is always the name of an
 * environment variable, never its value, so the text is safe to share.
 */
public final class CurlCommand {
    private CurlCommand() {
    }

    public static String render(URI baseUri, ApiRequest request, String tokenVariable) {
        StringBuilder s = new StringBuilder("curl -X ").append(request.method()).append(' ')
                .append(quote(join(baseUri, request.path()).toString()));
        s.append(" \\\n  -H ").append(quote("Content-Type: application/json"));
        // Double quotes so the shell expands the variable; the variable name itself is fixed text.
        s.append(" \\\n  -H \"Authorization: Bearer $").append(tokenVariable).append('"');
        for (Map.Entry<String, String> h : request.headers().entrySet()) {
            s.append(" \\\n  -H ").append(quote(h.getKey() + ": " + h.getValue()));
        }
        if (request.jsonBody() != null) {
            s.append(" \\\n  -d ").append(quote(request.jsonBody()));
        }
        return s.toString();
    }

    static URI join(URI base, String path) {
        String b = base.toString();
        return URI.create(b.endsWith("/") ? b.substring(0, b.length() - 1) + path : b + path);
    }

    private static String quote(String text) {
        return dev.weft.domain.ShellWords.quote(text);
    }
}
