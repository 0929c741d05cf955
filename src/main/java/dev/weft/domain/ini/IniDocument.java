package dev.weft.domain.ini;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * An INI file (AWS credentials and config, rclone.conf) kept line for line, so that replacing one
 * section leaves every other section, comment and blank line exactly as the user wrote it.
 */
public final class IniDocument {
    private final List<String> preamble = new ArrayList<>();
    private final LinkedHashMap<String, List<String>> sections = new LinkedHashMap<>();

    public static IniDocument parse(String text) {
        IniDocument doc = new IniDocument();
        List<String> current = doc.preamble;
        for (String line : text.split("\r?\n", -1)) {
            String t = line.strip();
            if (t.startsWith("[") && t.endsWith("]") && t.length() > 2) {
                current = new ArrayList<>();
                doc.sections.put(t.substring(1, t.length() - 1).strip(), current);
            } else {
                current.add(line);
            }
        }
        trimTrailingBlank(doc.preamble);
        doc.sections.values().forEach(IniDocument::trimTrailingBlank);
        return doc;
    }

    private static void trimTrailingBlank(List<String> lines) {
        while (!lines.isEmpty() && lines.get(lines.size() - 1).isBlank()) {
            lines.remove(lines.size() - 1);
        }
    }

    public boolean has(String section) {
        return sections.containsKey(section);
    }

    /** The value of {@code key} in {@code section}, when it has a simple one. */
    public Optional<String> get(String section, String key) {
        List<String> lines = sections.get(section);
        if (lines == null) {
            return Optional.empty();
        }
        for (String line : lines) {
            int eq = line.indexOf('=');
            if (eq > 0 && !line.startsWith(" ") && !line.startsWith("\t") && line.substring(0, eq).strip().equals(key)) {
                return Optional.of(line.substring(eq + 1).strip());
            }
        }
        return Optional.empty();
    }

    /**
     * Replaces the section with these entries, in order (a section that did not exist is added at the
     * end). A value that starts with a newline is an AWS nested block: its lines are written indented
     * under {@code key =}.
     */
    public void put(String section, Map<String, String> entries) {
        List<String> lines = new ArrayList<>();
        for (Map.Entry<String, String> e : entries.entrySet()) {
            if (e.getValue().startsWith("\n")) {
                lines.add(e.getKey() + " =");
                for (String p : e.getValue().substring(1).split("\n")) {
                    lines.add("    " + p);
                }
            } else {
                lines.add(e.getKey() + " = " + e.getValue());
            }
        }
        sections.put(section, lines);
    }

    public String render() {
        StringBuilder s = new StringBuilder();
        for (String line : preamble) {
            s.append(line).append('\n');
        }
        boolean first = true;
        for (Map.Entry<String, List<String>> e : sections.entrySet()) {
            if (!first) {
                s.append('\n');
            }
            first = false;
            s.append('[').append(e.getKey()).append("]\n");
            for (String line : e.getValue()) {
                s.append(line).append('\n');
            }
        }
        return s.toString();
    }
}
