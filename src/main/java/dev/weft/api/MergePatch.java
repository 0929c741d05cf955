package dev.weft.api;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.NullNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.util.Optional;

/**
 * JSON merge patches (RFC 7386), as Kupe's PATCH takes them: an object changes member by member, null
 * removes a member, anything else replaces. Both sides use this class: the client to say what an edit
 * changed (a member taken out must be sent as null, or the server keeps it), the sandbox to apply it.
 */
public final class MergePatch {
    private MergePatch() {
    }

    /** The patch that turns {@code from} into {@code to}, or empty when they are the same; null or missing is absent. */
    public static Optional<JsonNode> between(JsonNode from, JsonNode to) {
        boolean had = present(from);
        if (!present(to)) {
            return had ? Optional.of(NullNode.getInstance()) : Optional.empty();
        }
        if (had && from.isObject() && to.isObject()) {
            ObjectNode d = Json.MAPPER.createObjectNode();
            from.fieldNames().forEachRemaining(name -> {
                if (!present(to.get(name))) {
                    d.putNull(name);
                }
            });
            to.properties().forEach(e -> between(from.get(e.getKey()), e.getValue()).ifPresent(v -> d.set(e.getKey(), v)));
            return d.isEmpty() ? Optional.empty() : Optional.of(d);
        }
        return had && from.equals(to) ? Optional.empty() : Optional.of(to.deepCopy());
    }

    /** Applies {@code patch} to the member {@code field} of {@code target}. */
    public static void apply(ObjectNode target, String field, JsonNode patch) {
        if (patch.isNull()) {
            target.remove(field);
        } else if (patch.isObject()) {
            // A member that is not an object yet becomes one, so the patch's own nulls remove rather than land.
            ObjectNode existing = target.get(field) instanceof ObjectNode o ? o : target.putObject(field);
            patch.properties().forEach(e -> apply(existing, e.getKey(), e.getValue()));
        } else {
            target.set(field, patch.deepCopy());
        }
    }

    private static boolean present(JsonNode n) {
        return n != null && !n.isNull() && !n.isMissingNode();
    }
}
