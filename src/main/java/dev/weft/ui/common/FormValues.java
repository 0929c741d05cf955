package dev.weft.ui.common;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.TextNode;
import dev.weft.api.Json;

import java.util.Arrays;
import java.util.List;

/** Turns what a form holds into API values: blank means absent, lists are comma-separated, JSON is parsed. */
public final class FormValues {
    private FormValues() {
    }

    public static String text(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    /** A value as a field shows it: none is an empty field (the way back is {@link #text}). */
    public static String shown(String s) {
        return s == null ? "" : s;
    }

    public static List<String> list(String s) {
        if (s == null || s.isBlank()) {
            return null;
        }
        return Arrays.stream(s.split(",")).map(String::strip).toList();
    }

    public static String joined(List<String> l) {
        return l == null ? "" : String.join(", ", l);
    }

    /**
     * Shows a JSON value for editing: one setting a line, not one long line scrolled sideways, the box as tall as
     * it (3 to 8 lines, one spare so no scroll bar shows). What is sent is found by comparing JSON, not this text.
     */
    public static void showJson(javafx.scene.control.TextArea area, JsonNode value) {
        area.setText(value == null ? "" : Json.pretty(value, value.toString()));
        area.setPrefRowCount(Math.max(3, Math.min(8, (int) area.getText().lines().count() + 1)));
    }

    /** Parsed JSON; text that is not JSON is kept as a string, so the rule can say it must be an object. */
    public static JsonNode json(String s) {
        if (s == null || s.isBlank()) {
            return null;
        }
        try {
            return Json.MAPPER.readTree(s);
        } catch (Exception e) {
            return TextNode.valueOf(s);
        }
    }
}
