package dev.weft.domain.kupe;

import com.fasterxml.jackson.databind.JsonNode;
import dev.weft.api.FieldViolation;
import dev.weft.api.kupe.KupeCluster;
import dev.weft.domain.Violations;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Kupe Cloud's cluster rules (seed 003, api-notes), shared by the Kupe form and the sandbox. */
public final class KupeRules {
    public static final Pattern NAME = Pattern.compile("^[a-z0-9]([-a-z0-9]*[a-z0-9])?$");
    public static final List<String> TYPES = List.of("shared", "dedicated");
    /** Decision: the sandbox offers Kubernetes 1.29 to 1.32; 1.32 is the latest stable. */
    public static final List<String> VERSIONS = List.of("1.29", "1.30", "1.31", "1.32");
    /** A Kubernetes quantity: a decimal number with an optional binary, decimal or exponent suffix. */
    private static final Pattern SIZE_AS_WRITTEN = Pattern.compile("(?i)\\s*(\\d+(?:\\.\\d+)?)\\s*([kmgtpe])(?:ib|i|b)\\s*");
    private static final Pattern QUANTITY = Pattern.compile("^(\\d+(\\.\\d*)?|\\.\\d+)(Ki|Mi|Gi|Ti|Pi|Ei|n|u|m|k|M|G|T|P|E|[eE][-+]?\\d+)?$");
    private static final Pattern MINOR = Pattern.compile("^1\\.(\\d{1,3})$");

    private KupeRules() {
    }

    public static String latestVersion() {
        return VERSIONS.get(VERSIONS.size() - 1);
    }

    public static List<FieldViolation> validateCreate(KupeCluster.Spec s) {
        Violations v = new Violations();
        nameProblem(s.name()).ifPresent(p -> v.add("name", p));
        v.unless(s.displayName() != null && !s.displayName().isBlank(), "displayName", "is required");
        v.unless(s.type() != null && TYPES.contains(s.type()), "type", "must be shared or dedicated");
        if (s.version() != null) {
            checkVersion(s.version(), v);
        }
        checkResources(s.resources(), v);
        checkAlerts(s.alerts(), v);
        return v.toList();
    }

    /** The rules for a PATCH body, given the cluster it changes; {@code body} holds what was sent. */
    public static List<FieldViolation> validatePatch(KupeCluster current, KupeCluster body) {
        Violations v = new Violations();
        immutable("name", current.name(), body.name(), v);
        immutable("displayName", current.displayName(), body.displayName(), v);
        immutable("type", current.type(), body.type(), v);
        if (body.version() != null && !body.version().equals(current.version())) {
            if (checkVersion(body.version(), v)) {
                int from = minor(current.version()).orElse(0);
                int to = minor(body.version()).orElse(0);
                v.unless(to >= from, "version", "cannot be downgraded (from " + current.version() + ")");
                v.unless(to <= from + 1, "version", "can move up one minor version at a time; the next is 1." + (from + 1));
            }
        }
        checkResources(body.resources(), v);
        checkAlerts(body.alerts(), v);
        return v.toList();
    }

    public static Optional<String> nameProblem(String name) {
        if (name == null || name.length() < 2 || name.length() > 63) {
            return Optional.of("must be 2 to 63 characters");
        }
        if (!NAME.matcher(name).matches()) {
            return Optional.of("may contain only lowercase letters, digits and hyphens, and must start and end with a letter or digit");
        }
        return Optional.empty();
    }

    public static boolean isQuantity(String q) {
        return q != null && QUANTITY.matcher(q).matches();
    }

    /**
     * The quantity a size written as people write it means: "16Gi" for "16GB", "16 GiB" or "16gi", which
     * Kubernetes refuses; empty for anything else.
     */
    static Optional<String> meant(String value) {
        Matcher m = SIZE_AS_WRITTEN.matcher(value);
        if (!m.matches()) {
            return Optional.empty();
        }
        String unit = m.group(2).toUpperCase(java.util.Locale.ROOT);
        String q = m.group(1) + unit + "i";
        return isQuantity(q) ? Optional.of(q) : Optional.empty();
    }

    public static Optional<Integer> minor(String version) {
        if (version == null) {
            return Optional.empty();
        }
        Matcher m = MINOR.matcher(version);
        return m.matches() ? Optional.of(Integer.parseInt(m.group(1))) : Optional.empty();
    }

    private static boolean checkVersion(String version, Violations v) {
        if (minor(version).isEmpty()) {
            v.add("version", "must look like " + latestVersion() + " (not " + version + ")");
            return false;
        }
        return v.unless(VERSIONS.contains(version), "version", "is not offered; choose one of " + String.join(", ", VERSIONS));
    }

    private static void checkResources(KupeCluster.Resources r, Violations v) {
        if (r == null) {
            return;
        }
        quantity("resources.cpu", r.cpu(), v);
        quantity("resources.memory", r.memory(), v);
        quantity("resources.storage", r.storage(), v);
    }

    private static void quantity(String field, String value, Violations v) {
        if (value != null) {
            v.unless(isQuantity(value), field, "must be a Kubernetes quantity such as 4, 500m, 16Gi or 100Gi (not " + value
                    + meant(value).map(q -> "; did you mean " + q + "?").orElse("") + ")");
        }
    }

    private static void checkAlerts(JsonNode alerts, Violations v) {
        if (alerts != null && !alerts.isNull()) {
            v.unless(alerts.isObject(), "alerts", "must be a JSON object");
        }
    }

    private static void immutable(String field, String current, String sent, Violations v) {
        if (sent != null) {
            v.unless(Objects.equals(current, sent), field, "cannot be changed after the cluster is created");
        }
    }
}
