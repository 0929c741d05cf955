package dev.weft.ui.policies;

import dev.weft.api.objectstorage.AccessPolicy;
import dev.weft.api.objectstorage.AccessPolicy.Statement;
import dev.weft.domain.policy.LintFinding;
import dev.weft.service.DraftStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.Instant;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The editor model without a toolkit: visual and JSON in step, undo and redo, drafts that survive. */
class PolicyEditorTest {
    @TempDir
    Path dir;

    private final AccessPolicy base = new AccessPolicy(AccessPolicy.VERSION, "readers", List.of(
            new Statement("read", Statement.ALLOW, List.of("s3:GetObject"), List.of("datasets/*"), List.of("*"))));

    @Test
    void visualEditsShowInTheJsonAndValidJsonShowsInTheVisualState() {
        PolicyEditor e = new PolicyEditor(base, base);
        assertThat(e.dirtyProperty().get()).isFalse();
        e.addStatement();
        assertThat(e.jsonProperty().get()).contains("\"statement\"");
        assertThat(e.dirtyProperty().get()).isTrue();

        String edited = e.jsonProperty().get().replace("\"readers\"", "\"writers\"");
        e.jsonProperty().set(edited);
        assertThat(e.policy().name()).isEqualTo("writers");
        assertThat(e.jsonProperty().get()).as("the user's text is kept as typed").isEqualTo(edited);
    }

    @Test
    void invalidJsonIsReportedAndNeverDestroysTheVisualState() {
        PolicyEditor e = new PolicyEditor(base, base);
        e.jsonProperty().set("{ \"name\": \"half");
        assertThat(e.jsonErrorProperty().get()).contains("Not valid JSON").contains("keeps the last valid policy");
        assertThat(e.policy()).isEqualTo(base);
        e.jsonProperty().set("[1, 2]");
        assertThat(e.jsonErrorProperty().get()).contains("not a policy");
        assertThat(e.policy()).isEqualTo(base);
        e.setName("fixed");
        assertThat(e.jsonErrorProperty().get()).isEmpty();
        assertThat(e.jsonProperty().get()).contains("\"fixed\"");
    }

    @Test
    void undoAndRedoWalkThroughEveryEdit() {
        PolicyEditor e = new PolicyEditor(base, base);
        e.addStatement();
        e.duplicate(0);
        e.move(1, 1);
        assertThat(e.policy().statements()).extracting(Statement::name).containsExactly("read", "statement", "read-copy");
        e.remove(0);
        e.undo();
        e.undo();
        assertThat(e.policy().statements()).extracting(Statement::name).containsExactly("read", "read-copy", "statement");
        e.redo();
        assertThat(e.policy().statements()).extracting(Statement::name).containsExactly("read", "statement", "read-copy");
        e.undo();
        e.undo();
        e.undo();
        assertThat(e.policy()).isEqualTo(base);
        assertThat(e.canUndoProperty().get()).isFalse();
        assertThat(e.dirtyProperty().get()).isFalse();
    }

    @Test
    void lintFollowsEveryEdit() {
        PolicyEditor e = new PolicyEditor(base, base);
        e.context(List.of(), List.of("datasets"), null);
        assertThat(e.hasErrors()).isFalse();
        e.setStatement(0, new Statement("read", Statement.ALLOW, List.of("cwobject:ListAccessPolicy"), List.of("datasets"), List.of("*")));
        assertThat(e.hasErrors()).isTrue();
        assertThat(e.findings()).anyMatch(f -> f.field().equals("policy.statements[0].resources"));
    }

    @Test
    void draftsAreKeptPerProfileAndRead() throws Exception {
        DraftStore store = new DraftStore(dir);
        PolicyEditor e = new PolicyEditor(base, base);
        e.addStatement();
        store.save(e.key(), new DraftStore.Draft("profile-1", e.policy(), e.base(), Instant.parse("2026-11-23T10:00:00Z")));
        assertThat(store.list("profile-2")).isEmpty();
        DraftStore.Draft back = store.list("profile-1").get(0);
        assertThat(back.policy()).isEqualTo(e.policy());
        assertThat(back.base()).isEqualTo(base);
        store.delete("profile-1", e.key());
        assertThat(store.list("profile-1")).isEmpty();
    }

    /** A new statement, or a new policy's first, grants nothing until its resources and principals are named. */
    @Test
    void aNewStatementGrantsNothingUntilItsResourcesAndPrincipalsAreNamed() {
        PolicyEditor e = new PolicyEditor(base, base);
        e.addStatement();
        Statement added = e.policy().statements().get(1);
        assertThat(added.resources()).isEmpty();
        assertThat(added.principals()).isEmpty();
        assertThat(e.findings()).filteredOn(LintFinding::isError).extracting(LintFinding::message)
                .anyMatch(m -> m.contains("needs at least one entry"));
        assertThat(PolicyEditor.blank("fresh").statements()).singleElement()
                .satisfies(s -> assertThat(s.principals()).isEmpty()).satisfies(s -> assertThat(s.resources()).isEmpty());
    }
}
