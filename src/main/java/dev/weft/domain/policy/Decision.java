package dev.weft.domain.policy;

import java.util.List;

/** The answer to a {@link Question}, with the statements that decided it. */
public record Decision(boolean allowed, Reason reason, List<StatementRef> deciding) {

    public enum Reason {
        /** The organization has no policy at all: everything is denied. */
        NO_POLICY,
        /** A Deny statement matched; it wins over any Allow. */
        EXPLICIT_DENY,
        /** An Allow matched and no Deny did. */
        ALLOWED,
        /** Nothing matched: denied by default. */
        NO_MATCH
    }

    /** A statement by its policy and its position, for highlighting in the editor. */
    public record StatementRef(String policy, int index, String statement) {
    }

    public String summary() {
        return switch (reason) {
            case NO_POLICY -> "Denied: the organization has no access policy";
            case EXPLICIT_DENY -> "Denied by " + names();
            case ALLOWED -> "Allowed by " + names();
            case NO_MATCH -> "Denied: no statement allows it";
        };
    }

    private String names() {
        return String.join(", ", deciding.stream().map(r -> r.policy() + "/" + r.statement()).toList());
    }
}
