package dev.weft.domain.policy;

import dev.weft.api.objectstorage.AccessPolicy;
import dev.weft.api.objectstorage.AccessPolicy.Statement;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class PolicyLintTest {
    private static final String ME = "coreweave/me";
    private static final AccessPolicy ADMIN = new AccessPolicy(AccessPolicy.VERSION, "admins",
            List.of(new Statement("me", Statement.ALLOW, List.of("*"), List.of("*"), List.of(ME))));

    private static AccessPolicy policy(Statement... s) {
        return new AccessPolicy(AccessPolicy.VERSION, "p", List.of(s));
    }

    private static List<String> messages(AccessPolicy p) {
        return PolicyLint.check(p, List.of(ADMIN), List.of("datasets", "models"), ME).stream().map(LintFinding::toString).toList();
    }

    @Test
    void serverRulesAreErrors() {
        List<LintFinding> f = PolicyLint.check(policy(new Statement("s", Statement.ALLOW, List.of("cwobject:CreateAccessKey"),
                List.of("datasets"), List.of("*"))), List.of(), List.of(), null);
        assertThat(f).anySatisfy(x -> {
            assertThat(x.isError()).isTrue();
            assertThat(x.field()).isEqualTo("policy.statements[0].resources");
        });
    }

    @Test
    void warningsAPersonWouldWantToSee() {
        assertThat(messages(policy(new Statement("all", Statement.ALLOW, List.of("*"), List.of("*"), List.of("*")))))
                .anyMatch(m -> m.contains("allows everything to everyone"));
        assertThat(messages(policy(
                new Statement("read", Statement.ALLOW, List.of("s3:GetObject"), List.of("datasets/*"), List.of("*")),
                new Statement("again", Statement.ALLOW, List.of("s3:GetObject"), List.of("datasets/*"), List.of("*")))))
                .anyMatch(m -> m.contains("duplicates statement read"));
        assertThat(messages(policy(
                new Statement("read", Statement.ALLOW, List.of("s3:GetObject"), List.of("datasets/train/*"), List.of("coreweave/bob")),
                new Statement("no", Statement.DENY, List.of("s3:*"), List.of("datasets/*"), List.of("*")))))
                .anyMatch(m -> m.contains("can never allow anything: Deny statement no covers it"));
        assertThat(messages(policy(new Statement("typo", Statement.ALLOW, List.of("s3:GetObject"), List.of("dataset/*"), List.of("*")))))
                .anyMatch(m -> m.contains("dataset/* matches none of the organization's buckets"));
    }

    @Test
    void aPolicyThatLocksTheEditorOutIsFlagged() {
        AccessPolicy lockout = new AccessPolicy(AccessPolicy.VERSION, "lockdown",
                List.of(new Statement("no-more", Statement.DENY, List.of("cwobject:*"), List.of("*"), List.of("*"))));
        assertThat(messages(lockout)).anyMatch(m -> m.contains("would no longer be allowed cwobject:EnsureAccessPolicy"));
        AccessPolicy replacingAdmin = new AccessPolicy(AccessPolicy.VERSION, "admins",
                List.of(new Statement("readers", Statement.ALLOW, List.of("s3:GetObject"), List.of("datasets/*"), List.of("*"))));
        assertThat(messages(replacingAdmin)).as("replacing the only policy that lets me in")
                .anyMatch(m -> m.contains("would no longer be allowed"));
        assertThat(messages(replacingAdmin)).as("named as another policy, which Apply replaces")
                .anyMatch(m -> m.contains("is the name of another policy: Apply replaces that policy (1 statement)"));
        assertThat(messages(lockout)).noneMatch(m -> m.contains("is the name of another policy"));
        assertThat(messages(policy(new Statement("r", Statement.ALLOW, List.of("s3:GetObject"), List.of("models/*"), List.of("*")))))
                .noneMatch(m -> m.contains("would no longer"));
    }

    @Test
    void summariesInOneLine() {
        assertThat(PolicySummary.of(policy(new Statement("a", Statement.ALLOW, List.of("s3:*"), List.of("a", "b", "c"),
                List.of("x", "y")), new Statement("d", Statement.DENY, List.of("s3:DeleteObject"), List.of("logs/*"), List.of("*")))))
                .isEqualTo("Allow s3:* on 3 resources to x and y; Deny s3:DeleteObject on logs/* to everyone");
    }

    @Test
    void diffShowsWhatChanged() {
        List<TextDiff.Line> d = TextDiff.lines("a\nb\nc", "a\nc\nd");
        assertThat(d).extracting(TextDiff.Line::toString).containsExactly("  a", "- b", "  c", "+ d");
        assertThat(TextDiff.changed(TextDiff.lines("x", "x"))).isFalse();
        assertThat(TextDiff.lines("", "new")).extracting(TextDiff.Line::kind).containsExactly(TextDiff.Kind.ADDED);
    }
}
