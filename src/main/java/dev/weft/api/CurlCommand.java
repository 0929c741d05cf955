package dev.weft.api;

import java.net.URI;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

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

    /** A command {@link #render} made, read back: what the same request in another shell is written from. */
    public record Parsed(String method, String url, Map<String, String> headers, String tokenVariable, String body) {
    }

    private static final String BEARER = "Bearer $";

    /**
     * Reads back a text {@link #render} made (its words as a POSIX shell reads them); empty for any other text, such
     * as a form's "nothing changed yet". Kept beside the renderer, whose shape it knows.
     */
    public static Optional<Parsed> parse(String text) {
        List<String> w = words(text).orElse(List.of());
        if (w.size() < 4 || !w.get(0).equals("curl") || !w.get(1).equals("-X")) {
            return Optional.empty();
        }
        Map<String, String> headers = new LinkedHashMap<>();
        String token = null;
        String body = null;
        for (int i = 4; i < w.size(); i += 2) {
            if (i + 1 >= w.size()) {
                return Optional.empty();
            }
            String value = w.get(i + 1);
            int colon = value.indexOf(": ");
            if (w.get(i).equals("-d")) {
                body = value;
            } else if (!w.get(i).equals("-H") || colon < 1) {
                return Optional.empty();
            } else if (value.startsWith("Authorization: " + BEARER)) {
                token = value.substring(("Authorization: " + BEARER).length());
            } else {
                headers.put(value.substring(0, colon), value.substring(colon + 2));
            }
        }
        return token == null ? Optional.empty() : Optional.of(new Parsed(w.get(2), w.get(3), headers, token, body));
    }

    /**
     * The words of a line as a POSIX shell splits them, with no expansion: single quotes, double quotes (in which a
     * backslash escapes only {@code $ ` " \}), a backslash before any other character, a backslash-newline joining lines.
     */
    private static Optional<List<String>> words(String text) {
        List<String> out = new ArrayList<>();
        StringBuilder word = null;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == ' ' || c == '\t' || c == '\n') {
                if (word != null) {
                    out.add(word.toString());
                    word = null;
                }
                continue;
            }
            if (c == '\\' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
                i++;
                continue;
            }
            word = word == null ? new StringBuilder() : word;
            if (c == '\'') {
                int end = text.indexOf('\'', i + 1);
                if (end < 0) {
                    return Optional.empty();
                }
                word.append(text, i + 1, end);
                i = end;
            } else if (c == '"') {
                for (i++; i < text.length() && text.charAt(i) != '"'; i++) {
                    char d = text.charAt(i);
                    if (d == '\\' && i + 1 < text.length() && "$`\"\\".indexOf(text.charAt(i + 1)) >= 0) {
                        d = text.charAt(++i);
                    }
                    word.append(d);
                }
                if (i >= text.length()) {
                    return Optional.empty();
                }
            } else if (c == '\\' && i + 1 < text.length()) {
                word.append(text.charAt(++i));
            } else {
                word.append(c);
            }
        }
        if (word != null) {
            out.add(word.toString());
        }
        return Optional.of(out);
    }

    static URI join(URI base, String path) {
        String b = base.toString();
        return URI.create(b.endsWith("/") ? b.substring(0, b.length() - 1) + path : b + path);
    }

    private static String quote(String text) {
        return dev.weft.domain.ShellWords.quote(text);
    }
}
