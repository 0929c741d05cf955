package dev.weft.domain;

import com.fasterxml.jackson.databind.JsonNode;
import dev.weft.api.Json;

import java.net.URI;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Optional;

/** Checks of encoded values that several rules share: base64, JSON or YAML documents, URLs. */
public final class Encodings {
    private Encodings() {
    }

    /** The decoded bytes when {@code value} is valid standard base64 (with padding), else empty. */
    public static Optional<byte[]> base64(String value) {
        if (value == null) {
            return Optional.empty();
        }
        try {
            return Optional.of(Base64.getDecoder().decode(value));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    /** Whether the bytes are UTF-8 text holding a JSON object or a YAML mapping (a document, not a scalar). */
    public static boolean isJsonOrYamlDocument(byte[] bytes) {
        try {
            String text = StandardCharsets.UTF_8.newDecoder().decode(ByteBuffer.wrap(bytes)).toString();
            if (text.isBlank()) {
                return false;
            }
            String t = text.strip();
            JsonNode node = t.startsWith("{") || t.startsWith("[") ? Json.MAPPER.readTree(t) : Json.YAML.readTree(t);
            return node != null && node.isObject();
        } catch (CharacterCodingException e) {
            return false;
        } catch (Exception e) {
            return false;
        }
    }

    /** Whether {@code value} is an absolute https URL with a host. */
    public static boolean isHttpsUrl(String value) {
        return isUrl(value) && value.regionMatches(true, 0, "https://", 0, 8);
    }

    public static boolean isUrl(String value) {
        if (value == null || value.isBlank()) {
            return false;
        }
        try {
            URI u = new URI(value);
            return u.getScheme() != null && u.getHost() != null
                    && (u.getScheme().equalsIgnoreCase("https") || u.getScheme().equalsIgnoreCase("http"));
        } catch (Exception e) {
            return false;
        }
    }

    /** An IPv4 CIDR block such as {@code 10.0.0.0/16}. */
    public static boolean isIpv4Cidr(String value) {
        if (value == null) {
            return false;
        }
        String[] parts = value.split("/", -1);
        if (parts.length != 2 || !parts[1].matches("\\d{1,2}") || Integer.parseInt(parts[1]) > 32) {
            return false;
        }
        String[] octets = parts[0].split("\\.", -1);
        if (octets.length != 4) {
            return false;
        }
        for (String o : octets) {
            if (!o.matches("\\d{1,3}") || Integer.parseInt(o) > 255) {
                return false;
            }
        }
        return true;
    }
}
