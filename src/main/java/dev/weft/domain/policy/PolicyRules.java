package dev.weft.domain.policy;

import dev.weft.api.FieldViolation;
import dev.weft.api.objectstorage.AccessPolicy;
import dev.weft.api.objectstorage.AccessPolicy.Statement;
import dev.weft.domain.Violations;

import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The server's rules for an access policy (seed 004, api-notes), shared by the sandbox and the
 * editor's lint so that Apply cannot fail on a rule we know. Fields are named as in the request
 * body: {@code policy.statements[1].actions}.
 */
public final class PolicyRules {
    public static final int NAME_MAX = 128;

    private PolicyRules() {
    }

    public static List<FieldViolation> validate(AccessPolicy policy) {
        Violations v = new Violations();
        if (policy == null) {
            return v.add("policy", "is required").toList();
        }
        v.unless(AccessPolicy.VERSION.equals(policy.version()), "policy.version", "must be " + AccessPolicy.VERSION);
        String name = policy.name();
        if (name == null || name.isBlank()) {
            v.add("policy.name", "is required");
        } else {
            v.unless(name.length() <= NAME_MAX && name.chars().noneMatch(c -> Character.isWhitespace(c) || c == '/'),
                    "policy.name", "must be at most " + NAME_MAX + " characters, without spaces or slashes");
        }
        if (policy.statements().isEmpty()) {
            v.add("policy.statements", "needs at least one statement");
        }
        Set<String> names = new HashSet<>();
        for (int i = 0; i < policy.statements().size(); i++) {
            checkStatement("policy.statements[" + i + "]", policy.statements().get(i), names, v);
        }
        return v.toList();
    }

    private static void checkStatement(String at, Statement s, Set<String> names, Violations v) {
        if (s == null) {
            v.add(at, "is empty");
            return;
        }
        if (s.name() == null || s.name().isBlank()) {
            v.add(at + ".name", "is required");
        } else {
            v.unless(names.add(s.name()), at + ".name", "is used by another statement: " + s.name());
        }
        v.unless(Statement.ALLOW.equals(s.effect()) || Statement.DENY.equals(s.effect()), at + ".effect",
                "must be Allow or Deny (exactly so)");
        checkList(at + ".actions", s.actions(), v);
        checkList(at + ".resources", s.resources(), v);
        checkList(at + ".principals", s.principals(), v);
        for (String action : s.actions()) {
            if (action != null && !action.isBlank() && !ActionCatalog.isKnown(action)) {
                v.add(at + ".actions", "is not a known action: " + action);
            }
        }
        boolean onlyStar = s.resources().equals(List.of("*"));
        for (String action : s.actions()) {
            if (ActionCatalog.needsWildcardResource(action) && !onlyStar) {
                v.add(at + ".resources", action + " applies to the whole organization, so resources must be exactly [\"*\"]");
                break;
            }
        }
        for (String p : s.principals()) {
            if (p != null && p.toLowerCase(Locale.ROOT).startsWith("arn:")) {
                v.add(at + ".principals", "must not be an ARN (" + p + "); use coreweave/<uid>, an email or role/<issuer>:<subject>");
            }
        }
    }

    private static void checkList(String field, List<String> values, Violations v) {
        if (values.isEmpty()) {
            v.add(field, "needs at least one entry");
            return;
        }
        for (String value : values) {
            if (value == null || value.isBlank() || value.chars().anyMatch(Character::isWhitespace)) {
                v.add(field, "must not contain blank entries or spaces");
                return;
            }
        }
    }
}
