package dev.weft.domain.policy;

import dev.weft.api.objectstorage.AccessPolicy;
import dev.weft.api.objectstorage.AccessPolicy.Statement;

import java.util.List;
import java.util.stream.Collectors;

/** "Allow s3:* on 3 resources to 2 principals; Deny s3:DeleteObject on audit-logs/* to everyone". */
public final class PolicySummary {
    private PolicySummary() {
    }

    public static String of(AccessPolicy p) {
        if (p.statements().isEmpty()) {
            return "No statements";
        }
        return p.statements().stream().map(PolicySummary::of).collect(Collectors.joining("; "));
    }

    public static String of(Statement s) {
        return s.effect() + " " + few(s.actions(), "actions") + " on " + few(s.resources(), "resources") + " to "
                + (s.principals().equals(List.of("*")) ? "everyone" : few(s.principals(), "principals"));
    }

    private static String few(List<String> values, String noun) {
        if (values.size() == 1) {
            return values.get(0).equals("*") ? "everything" : values.get(0);
        }
        if (values.size() == 2) {
            return values.get(0) + " and " + values.get(1);
        }
        return values.size() + " " + noun;
    }
}
