package dev.weft.domain.policy;

import dev.weft.api.objectstorage.AccessPolicy;
import dev.weft.api.objectstorage.AccessPolicy.Statement;

import java.util.ArrayList;
import java.util.List;

/**
 * Answers a {@link Question} the way the organization's policies do (api-notes): no policy means
 * denied; any matching Deny denies; otherwise any matching Allow allows; otherwise denied.
 * Actions match case-insensitively, as S3 compares them; resources and principals exactly, with
 * {@code *} as a wildcard.
 */
public final class PolicyEvaluator {
    private PolicyEvaluator() {
    }

    public static Decision evaluate(List<AccessPolicy> policies, Question q) {
        if (policies.isEmpty()) {
            return new Decision(false, Decision.Reason.NO_POLICY, List.of());
        }
        List<Decision.StatementRef> denies = new ArrayList<>();
        List<Decision.StatementRef> allows = new ArrayList<>();
        for (AccessPolicy policy : policies) {
            for (int i = 0; i < policy.statements().size(); i++) {
                Statement s = policy.statements().get(i);
                if (s != null && matches(s, q)) {
                    var ref = new Decision.StatementRef(policy.name(), i, s.name());
                    if (Statement.DENY.equals(s.effect())) {
                        denies.add(ref);
                    } else if (Statement.ALLOW.equals(s.effect())) {
                        allows.add(ref);
                    }
                }
            }
        }
        if (!denies.isEmpty()) {
            return new Decision(false, Decision.Reason.EXPLICIT_DENY, denies);
        }
        if (!allows.isEmpty()) {
            return new Decision(true, Decision.Reason.ALLOWED, allows);
        }
        return new Decision(false, Decision.Reason.NO_MATCH, List.of());
    }

    public static boolean matches(Statement s, Question q) {
        return s.actions().stream().anyMatch(a -> Wildcard.matches(a, q.action(), true))
                && s.resources().stream().anyMatch(r -> Wildcard.matches(r, q.resource(), false))
                && s.principals().stream().anyMatch(p -> Wildcard.matches(p, q.principal(), false));
    }
}
