package dev.weft.api;

import java.util.Locale;
import java.util.Map;

/**
 * A request as a PowerShell command, for Windows, where a curl command's quotes and line ends mean nothing to the
 * shell: {@code Invoke-RestMethod}, which Windows PowerShell 5.1 and PowerShell 7 run alike (curl.exe is handed
 * a JSON body's quotes differently by each). The token is {@code $env:} its variable, never its value.
 */
public final class PowerShellCommand {
    private PowerShellCommand() {
    }

    public static String render(CurlCommand.Parsed r) {
        String method = r.method().charAt(0) + r.method().substring(1).toLowerCase(Locale.ROOT);
        StringBuilder s = new StringBuilder("Invoke-RestMethod -Method ").append(method)
                .append(" `\n  -Uri ").append(quote(r.url()));
        // In double quotes, so that PowerShell puts the variable's value in; its name is fixed text.
        s.append(" `\n  -Headers @{ Authorization = \"Bearer $env:").append(r.tokenVariable()).append('"');
        for (Map.Entry<String, String> h : r.headers().entrySet()) {
            // The body's type goes in -ContentType: Windows PowerShell refuses it among the headers.
            if (!h.getKey().equalsIgnoreCase("Content-Type")) {
                s.append("; ").append(quote(h.getKey())).append(" = ").append(quote(h.getValue()));
            }
        }
        s.append(" }");
        if (r.body() != null) {
            s.append(" `\n  -ContentType 'application/json; charset=utf-8' `\n  -Body ").append(quote(r.body()));
        }
        // The answer as JSON, as curl shows it, rather than PowerShell's table of its fields.
        return s.append(" `\n  | ConvertTo-Json -Depth 20").toString();
    }

    /** Single quotes: nothing inside is expanded; a quote, which PowerShell also reads in its typographic forms, doubled. */
    static String quote(String text) {
        return "'" + text.replaceAll("['\u2018\u2019\u201A\u201B]", "$0$0") + "'";
    }
}
