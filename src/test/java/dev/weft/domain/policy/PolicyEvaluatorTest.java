package dev.weft.domain.policy;

import dev.weft.api.objectstorage.AccessPolicy;
import dev.weft.api.objectstorage.AccessPolicy.Statement;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/** The evaluation rules of api-notes, by example and over many generated policies and questions. */
class PolicyEvaluatorTest {
    private static final String ALICE = "coreweave/alice0000000000000000";
    private static final AccessPolicy READERS = new AccessPolicy(AccessPolicy.VERSION, "readers", List.of(
            new Statement("read-data", Statement.ALLOW, List.of("s3:GetObject", "s3:ListBucket"),
                    List.of("data", "data/*"), List.of("coreweave/*")),
            new Statement("no-secrets", Statement.DENY, List.of("s3:*"), List.of("data/secret*"), List.of("*"))));

    @Test
    void noPolicyDeniesEverything() {
        Decision d = PolicyEvaluator.evaluate(List.of(), new Question(ALICE, "s3:GetObject", "data/x"));
        assertThat(d.allowed()).isFalse();
        assertThat(d.reason()).isEqualTo(Decision.Reason.NO_POLICY);
    }

    @Test
    void anAllowThatMatchesAllowsAndNamesItself() {
        Decision d = PolicyEvaluator.evaluate(List.of(READERS), new Question(ALICE, "s3:getobject", "data/train/1.bin"));
        assertThat(d.allowed()).isTrue();
        assertThat(d.deciding()).containsExactly(new Decision.StatementRef("readers", 0, "read-data"));
        assertThat(d.summary()).isEqualTo("Allowed by readers/read-data");
    }

    @Test
    void aMatchingDenyWins() {
        Decision d = PolicyEvaluator.evaluate(List.of(READERS), new Question(ALICE, "s3:GetObject", "data/secrets.txt"));
        assertThat(d.allowed()).isFalse();
        assertThat(d.reason()).isEqualTo(Decision.Reason.EXPLICIT_DENY);
        assertThat(d.deciding()).extracting(Decision.StatementRef::statement).containsExactly("no-secrets");
    }

    @Test
    void nothingMatchingDenies() {
        assertThat(PolicyEvaluator.evaluate(List.of(READERS), new Question(ALICE, "s3:PutObject", "data/x")).reason())
                .isEqualTo(Decision.Reason.NO_MATCH);
        assertThat(PolicyEvaluator.evaluate(List.of(READERS), new Question("bob@example.com", "s3:GetObject", "data/x")).allowed())
                .isFalse();
        assertThat(PolicyEvaluator.evaluate(List.of(READERS), new Question(ALICE, "s3:GetObject", "database/x")).allowed())
                .as("bucket data/* must not match bucket database").isFalse();
    }

    // ---- properties over generated cases ----

    private static final List<String> ACTIONS = List.of("*", "s3:*", "s3:GetObject", "s3:PutObject", "s3:Get*",
            "s3:ListBucket", "cwobject:*", "cwobject:CreateAccessKey");
    private static final List<String> RESOURCES = List.of("*", "a", "a/*", "b", "b/*", "a/x*", "b/logs/*");
    private static final List<String> PRINCIPALS = List.of("*", "coreweave/u1", "coreweave/*", "role/idp:*", "bob@example.com");
    private static final List<String> ASK_ACTIONS = List.of("s3:GetObject", "s3:PutObject", "s3:ListBucket",
            "s3:GetObjectTagging", "cwobject:CreateAccessKey", "s3:DeleteObject");
    private static final List<String> ASK_RESOURCES = List.of("a", "a/x1", "a/y", "b", "b/logs/1", "c/z", "*");
    private static final List<String> ASK_PRINCIPALS = List.of("coreweave/u1", "coreweave/u2", "role/idp:ci", "bob@example.com");

    private static <T> T pick(Random r, List<T> l) {
        return l.get(r.nextInt(l.size()));
    }

    private static List<String> some(Random r, List<String> l) {
        List<String> out = new ArrayList<>();
        int n = 1 + r.nextInt(3);
        for (int i = 0; i < n; i++) {
            out.add(pick(r, l));
        }
        return out;
    }

    private static List<AccessPolicy> policies(Random r) {
        List<AccessPolicy> list = new ArrayList<>();
        int n = 1 + r.nextInt(3);
        for (int p = 0; p < n; p++) {
            List<Statement> statements = new ArrayList<>();
            int m = 1 + r.nextInt(4);
            for (int s = 0; s < m; s++) {
                statements.add(new Statement("s" + s, r.nextInt(4) == 0 ? Statement.DENY : Statement.ALLOW,
                        some(r, ACTIONS), some(r, RESOURCES), some(r, PRINCIPALS)));
            }
            list.add(new AccessPolicy(AccessPolicy.VERSION, "p" + p, statements));
        }
        return list;
    }

    private static Question question(Random r) {
        return new Question(pick(r, ASK_PRINCIPALS), pick(r, ASK_ACTIONS), pick(r, ASK_RESOURCES));
    }

    /** A second, independent statement of the rules: regular expressions over the whole set. */
    private static boolean reference(List<AccessPolicy> policies, Question q) {
        boolean allow = false;
        for (AccessPolicy p : policies) {
            for (Statement s : p.statements()) {
                boolean match = s.actions().stream().anyMatch(a -> glob(a, true).matcher(q.action()).matches())
                        && s.resources().stream().anyMatch(x -> glob(x, false).matcher(q.resource()).matches())
                        && s.principals().stream().anyMatch(x -> glob(x, false).matcher(q.principal()).matches());
                if (match && s.effect().equals(Statement.DENY)) {
                    return false;
                }
                allow |= match;
            }
        }
        return allow;
    }

    private static Pattern glob(String g, boolean ignoreCase) {
        String regex = String.join(".*", java.util.Arrays.stream(g.split("\\*", -1)).map(Pattern::quote).toList());
        return Pattern.compile(regex, ignoreCase ? Pattern.CASE_INSENSITIVE : 0);
    }

    @Test
    void agreesWithAnIndependentReferenceOnTenThousandCases() {
        Random r = new Random(20261123);
        for (int i = 0; i < 10_000; i++) {
            List<AccessPolicy> ps = policies(r);
            Question q = question(r);
            assertThat(PolicyEvaluator.evaluate(ps, q).allowed()).as("case %d: %s with %s", i, q, ps).isEqualTo(reference(ps, q));
        }
    }

    @Test
    void decidingStatementsReallyMatchAndHaveTheDecidingEffect() {
        Random r = new Random(7);
        for (int i = 0; i < 5_000; i++) {
            List<AccessPolicy> ps = policies(r);
            Question q = question(r);
            Decision d = PolicyEvaluator.evaluate(ps, q);
            for (Decision.StatementRef ref : d.deciding()) {
                Statement s = ps.stream().filter(p -> p.name().equals(ref.policy())).findFirst().orElseThrow()
                        .statements().get(ref.index());
                assertThat(PolicyEvaluator.matches(s, q)).isTrue();
                assertThat(s.effect()).isEqualTo(d.allowed() ? Statement.ALLOW : Statement.DENY);
            }
            assertThat(d.deciding().isEmpty()).isEqualTo(d.reason() == Decision.Reason.NO_MATCH || d.reason() == Decision.Reason.NO_POLICY);
        }
    }

    @Test
    void theOrderOfPoliciesAndStatementsNeverChangesTheAnswer() {
        Random r = new Random(11);
        for (int i = 0; i < 3_000; i++) {
            List<AccessPolicy> ps = policies(r);
            Question q = question(r);
            boolean before = PolicyEvaluator.evaluate(ps, q).allowed();
            List<AccessPolicy> shuffled = new ArrayList<>();
            for (AccessPolicy p : ps) {
                List<Statement> st = new ArrayList<>(p.statements());
                Collections.shuffle(st, r);
                shuffled.add(new AccessPolicy(p.version(), p.name(), st));
            }
            Collections.shuffle(shuffled, r);
            assertThat(PolicyEvaluator.evaluate(shuffled, q).allowed()).isEqualTo(before);
        }
    }

    @Test
    void aDenyOfEverythingToEveryoneAlwaysDenies() {
        Random r = new Random(3);
        AccessPolicy denyAll = new AccessPolicy(AccessPolicy.VERSION, "lockdown",
                List.of(new Statement("all", Statement.DENY, List.of("*"), List.of("*"), List.of("*"))));
        for (int i = 0; i < 2_000; i++) {
            List<AccessPolicy> ps = new ArrayList<>(policies(r));
            ps.add(denyAll);
            assertThat(PolicyEvaluator.evaluate(ps, question(r)).allowed()).isFalse();
        }
    }

    @Test
    void wildcardAgreesWithRegexOnRandomStrings() {
        Random r = new Random(5);
        String alphabet = "ab*/";
        for (int i = 0; i < 20_000; i++) {
            String pattern = random(r, alphabet, r.nextInt(6));
            String value = random(r, "ab/", r.nextInt(7));
            assertThat(Wildcard.matches(pattern, value, false)).as("%s ~ %s", pattern, value)
                    .isEqualTo(glob(pattern, false).matcher(value).matches());
        }
    }

    private static String random(Random r, String alphabet, int n) {
        StringBuilder s = new StringBuilder();
        for (int i = 0; i < n; i++) {
            s.append(alphabet.charAt(r.nextInt(alphabet.length())));
        }
        return s.toString();
    }
}
