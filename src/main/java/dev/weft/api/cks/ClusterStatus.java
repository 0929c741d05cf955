package dev.weft.api.cks;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonDeserializer;

import java.io.IOException;
import java.util.List;
import java.util.Set;

/**
 * Cluster status names. The API sends a string (seed 001); older answers sent an integer (seed 000),
 * which is read as the name at that position of the enum; unknown values are kept as they came.
 */
public final class ClusterStatus {
    public static final String UNSPECIFIED = "STATUS_UNSPECIFIED";
    public static final String CREATING = "STATUS_CREATING";
    public static final String RUNNING = "STATUS_RUNNING";
    public static final String UPDATING = "STATUS_UPDATING";
    public static final String UPGRADING = "STATUS_UPGRADING";
    public static final String DELETING = "STATUS_DELETING";
    public static final String DELETED = "STATUS_DELETED";
    public static final String FAILED = "STATUS_FAILED";

    /** Decision: the order of the integer enum of seed 000, which that page does not list. */
    private static final List<String> BY_NUMBER =
            List.of(UNSPECIFIED, RUNNING, CREATING, UPDATING, DELETING, DELETED, FAILED, UPGRADING);

    private static final Set<String> TRANSITIONAL = Set.of(CREATING, UPDATING, UPGRADING, DELETING);

    private ClusterStatus() {
    }

    /** Whether the cluster is on its way somewhere, so it is worth polling faster. */
    public static boolean isTransitional(String status) {
        return TRANSITIONAL.contains(status);
    }

    public static String fromNumber(int n) {
        return n >= 0 && n < BY_NUMBER.size() ? BY_NUMBER.get(n) : "STATUS_" + n;
    }

    /** "STATUS_RUNNING" -> "Running"; unknown values are shown as they are. */
    public static String label(String status) {
        if (status == null) {
            return "Unknown";
        }
        if (!status.startsWith("STATUS_")) {
            return status;
        }
        String word = status.substring("STATUS_".length()).toLowerCase(java.util.Locale.ROOT);
        return word.isEmpty() ? status : Character.toUpperCase(word.charAt(0)) + word.substring(1);
    }

    static final class Reader extends JsonDeserializer<String> {
        @Override
        public String deserialize(JsonParser p, DeserializationContext ctx) throws IOException {
            if (p.currentToken() == JsonToken.VALUE_NUMBER_INT) {
                return fromNumber(p.getIntValue());
            }
            return p.getValueAsString();
        }
    }
}
