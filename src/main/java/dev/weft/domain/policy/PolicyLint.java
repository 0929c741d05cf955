package dev.weft.domain.policy;

import dev.weft.api.FieldViolation;
import dev.weft.api.objectstorage.AccessPolicy;
import dev.weft.api.objectstorage.AccessPolicy.Statement;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * Checks a policy as it is edited: every server rule (so Apply cannot fail on a rule we know), and
 * warnings for what the server accepts but a person would regret.
 */
public final class PolicyLint {
    private PolicyLint() {
    }

    /**
     * @param others    the organization's other policies, as the server has them
     * @param buckets   the organization's bucket names, to spot resources that match none
     * @param principal who is editing: a policy set that denies them cwobject:EnsureAccessPolicy locks them out
     */
    public static List<LintFinding> check(AccessPolicy policy, List<AccessPolicy> others, Collection<String> buckets, String principal) {
        List<LintFinding> out = new ArrayList<>();
        for (FieldViolation v : PolicyRules.validate(policy)) {
            out.add(new LintFinding(LintFinding.Severity.ERROR, v.field(), v.description()));
        }
        // Policies are applied by name: a renamed or imported policy under another's name replaces that one.
        others.stream().filter(p -> Objects.equals(p.name(), policy.name())).findFirst().ifPresent(p -> out.add(warn("policy.name",
                "is the name of another policy: Apply replaces that policy ("
                        + dev.weft.domain.Sizes.count(p.statements().size(), "statement", "statements") + ") with this one")));
        List<Statement> st = policy.statements();
        for (int i = 0; i < st.size(); i++) {
            Statement s = st.get(i);
            if (s == null) {
                continue;
            }
            String at = "policy.statements[" + i + "]";
            if (Statement.ALLOW.equals(s.effect()) && s.actions().contains("*") && s.resources().contains("*")
                    && s.principals().contains("*")) {
                out.add(warn(at, "allows everything to everyone"));
            }
            for (int j = 0; j < i; j++) {
                Statement o = st.get(j);
                if (o != null && sameRule(o, s)) {
                    out.add(warn(at, "duplicates statement " + o.name()));
                }
            }
            if (Statement.ALLOW.equals(s.effect())) {
                for (Statement d : allStatements(policy, others)) {
                    if (Statement.DENY.equals(d.effect()) && covers(d, s)) {
                        out.add(warn(at, "can never allow anything: Deny statement " + d.name() + " covers it completely"));
                        break;
                    }
                }
            }
            if (!buckets.isEmpty()) {
                for (String r : s.resources()) {
                    if (!r.equals("*") && buckets.stream().noneMatch(b -> matchesBucket(r, b))) {
                        out.add(warn(at + ".resources", r + " matches none of the organization's buckets"));
                    }
                }
            }
        }
        if (principal != null && PolicyRules.validate(policy).isEmpty()) {
            List<AccessPolicy> after = new ArrayList<>(others.stream().filter(p -> !Objects.equals(p.name(), policy.name())).toList());
            after.add(policy);
            Decision d = PolicyEvaluator.evaluate(after, new Question(principal, "cwobject:EnsureAccessPolicy", "*"));
            if (!d.allowed()) {
                out.add(warn("policy", "you (" + principal + ") would no longer be allowed cwobject:EnsureAccessPolicy, "
                        + "so you could not change policies again: " + d.summary()));
            }
        }
        return out;
    }

    private static LintFinding warn(String field, String message) {
        return new LintFinding(LintFinding.Severity.WARNING, field, message);
    }

    private static List<Statement> allStatements(AccessPolicy policy, List<AccessPolicy> others) {
        List<Statement> all = new ArrayList<>(policy.statements().stream().filter(Objects::nonNull).toList());
        others.stream().filter(p -> !Objects.equals(p.name(), policy.name())).forEach(p -> all.addAll(p.statements()));
        return all;
    }

    private static boolean sameRule(Statement a, Statement b) {
        return Objects.equals(a.effect(), b.effect()) && set(a.actions()).equals(set(b.actions()))
                && set(a.resources()).equals(set(b.resources())) && set(a.principals()).equals(set(b.principals()));
    }

    private static Set<String> set(List<String> l) {
        return new HashSet<>(l);
    }

    /** Whether every request {@code allow} matches is also matched by {@code deny}. */
    static boolean covers(Statement deny, Statement allow) {
        return allow.actions().stream().allMatch(a -> deny.actions().stream().anyMatch(d -> patternCovers(d, a, true)))
                && allow.resources().stream().allMatch(r -> deny.resources().stream().anyMatch(d -> patternCovers(d, r, false)))
                && allow.principals().stream().allMatch(p -> deny.principals().stream().anyMatch(d -> patternCovers(d, p, false)));
    }

    /** Whether pattern {@code wide} matches everything pattern {@code narrow} does (sound, not complete). */
    static boolean patternCovers(String wide, String narrow, boolean ignoreCase) {
        if (wide.equals("*")) {
            return true;
        }
        if (ignoreCase ? wide.equalsIgnoreCase(narrow) : wide.equals(narrow)) {
            return true;
        }
        if (wide.endsWith("*") && wide.indexOf('*') == wide.length() - 1) {
            String prefix = wide.substring(0, wide.length() - 1);
            return ignoreCase ? narrow.toLowerCase(java.util.Locale.ROOT).startsWith(prefix.toLowerCase(java.util.Locale.ROOT)) : narrow.startsWith(prefix);
        }
        return !narrow.contains("*") && Wildcard.matches(wide, narrow, ignoreCase);
    }

    private static boolean matchesBucket(String resource, String bucket) {
        int slash = resource.indexOf('/');
        String bucketPart = slash < 0 ? resource : resource.substring(0, slash);
        return Wildcard.matches(bucketPart, bucket, false);
    }
}
