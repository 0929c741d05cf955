package dev.weft.ui.policies;

import dev.weft.testing.Waits;

import dev.weft.api.ApiClient;
import dev.weft.api.ApiToken;
import dev.weft.api.objectstorage.AccessPolicy;
import dev.weft.api.objectstorage.AccessPolicy.Statement;
import dev.weft.api.objectstorage.ObjectStorageApi;
import dev.weft.domain.policy.Question;
import dev.weft.ui.common.UiState;
import dev.weft.ui.shell.ShellFixture;
import dev.weft.ui.shell.ShellViewModel;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/** The Policies ViewModel without a toolkit, against the sandbox's three sample policies. */
class PoliciesViewModelTest {
    private final ShellFixture f = new ShellFixture();
    private final ShellViewModel shell = new ShellViewModel(f.services, f.fx, UiState.defaults());
    private final PoliciesViewModel vm = shell.policies();

    PoliciesViewModelTest() throws Exception {
        f.onFx(() -> shell.start(ShellViewModel.initialProfiles(f.services.profileStore().load(), Map.of()), null));
        // The bucket names come from the Buckets tab, whose list may land after the policies.
        f.until(() -> vm.policies().size() == 3 && !vm.meProperty().get().isBlank() && !vm.buckets().isEmpty());
    }

    @AfterEach
    void stop() {
        f.close();
    }


    private AccessPolicy named(String n) {
        return vm.policies().stream().filter(p -> p.name().equals(n)).findFirst().orElseThrow();
    }

    /**
     * A delete whose answer the network lost: the client asks again and hears 404, which is what was asked for, so
     * the policy is said gone, not "Not found".
     */
    @Test
    void aDeleteWhoseAnswerWasLostIsDone() throws Exception {
        var sandbox = f.services.sandbox().running().get(10, TimeUnit.SECONDS);
        sandbox.faults(dev.weft.sandbox.Faults.parse("lost-rate=1"));
        try {
            f.onFx(() -> vm.delete("protect-audit-logs")).get(20, TimeUnit.SECONDS);
        } finally {
            sandbox.faults(dev.weft.sandbox.Faults.NONE);
        }
        assertThat(sandbox.faultsInjected()).as("its first answer was lost").isEqualTo(1);
        f.until(() -> vm.policies().size() == 2);
        assertThat(vm.policies()).extracting(AccessPolicy::name).doesNotContain("protect-audit-logs");
    }

    /**
     * A refresh of every tab reads the key list and the buckets once each: the policy editor's principals and bucket
     * names are the other tabs' lists. It read both again, which with 100,000 keys was a second 18 MB download and
     * parse beside the Access Keys tab's at every refresh.
     */
    @Test
    void aRefreshReadsTheKeyListAndTheBucketsOnce() throws Exception {
        java.util.logging.Logger log = java.util.logging.Logger.getLogger(ApiClient.class.getName());
        List<String> asked = new java.util.concurrent.CopyOnWriteArrayList<>();
        java.util.logging.Handler heard = new java.util.logging.Handler() {
            @Override
            public void publish(java.util.logging.LogRecord r) {
                if (r.getParameters() != null && r.getParameters().length > 0) {
                    asked.add(String.valueOf(r.getParameters()[0]));
                }
            }

            @Override
            public void flush() {
            }

            @Override
            public void close() {
            }
        };
        java.util.logging.Level was = log.getLevel();
        log.setLevel(java.util.logging.Level.FINE);
        log.addHandler(heard);
        try {
            f.onFx(shell::refreshAll).get(20, TimeUnit.SECONDS);
        } finally {
            log.removeHandler(heard);
            log.setLevel(was);
        }
        assertThat(asked).as("the requests of one refresh").contains("GET /v1/cwobject/access-policy");
        assertThat(asked.stream().filter("GET /v1/cwobject/access-key"::equals)).hasSize(1);
        assertThat(asked.stream().filter("GET /v1/cwobject/bucket-info"::equals)).hasSize(1);
        assertThat(vm.principals()).as("most keys first").first().isEqualTo(vm.meProperty().get());
    }

    @Test
    void theEditorIsTheTokensOwnPrincipal() {
        assertThat(vm.meProperty().get()).startsWith("coreweave/");
        assertThat(vm.buckets()).contains("datasets", "audit-logs");
    }

    @Test
    void applyShowsADiffThenEnsuresThePolicy() throws Exception {
        f.onFx(() -> { vm.open(named("analysts-read-only")); });
        PolicyEditor e = vm.editorProperty().get();
        f.onFx(() -> e.setStatement(1, new Statement("read-datasets", Statement.ALLOW, List.of("s3:GetObject", "s3:ListBucket"),
                List.of("datasets", "datasets/*"), List.of("coreweave/ueqXfgRCYGqptEXAMPLE1"))));
        var plan = f.onFx(vm::prepareApply).get(10, TimeUnit.SECONDS);
        assertThat(plan).isInstanceOf(PoliciesViewModel.Plan.Ready.class);
        var diff = ((PoliciesViewModel.Plan.Ready) plan).diff();
        assertThat(diff).extracting(Object::toString).anyMatch(l -> l.startsWith("- ") && l.contains("models"));
        f.onFx(vm::apply).get(10, TimeUnit.SECONDS);
        f.until(() -> !named("analysts-read-only").statements().get(1).resources().contains("models"));
    }

    @Test
    void aChangeOnTheServerSinceOpeningIsAConflictNotAnOverwrite() throws Exception {
        f.onFx(() -> { vm.open(named("protect-audit-logs")); });
        f.onFx(() -> vm.editorProperty().get().addStatement());
        ObjectStorageApi someoneElse = new ObjectStorageApi(ApiClient.builder(f.services.sandbox().baseUri().get())
                .token(ApiToken.of("sandbox-token")).build());
        someoneElse.ensurePolicy(new AccessPolicy(AccessPolicy.VERSION, "protect-audit-logs", List.of(
                new Statement("theirs", Statement.DENY, List.of("s3:*"), List.of("audit-logs/*"), List.of("*"))))).get(10, TimeUnit.SECONDS);
        var plan = f.onFx(vm::prepareApply).get(10, TimeUnit.SECONDS);
        assertThat(plan).isInstanceOf(PoliciesViewModel.Plan.Conflict.class);
        assertThat(((PoliciesViewModel.Plan.Conflict) plan).onServer().statements()).extracting(Statement::name).containsExactly("theirs");
    }

    @Test
    void theSimulatorComparesServerAndDraft() throws Exception {
        f.onFx(() -> { vm.open(named("protect-audit-logs")); });
        Question q = new Question("role/https://idp.example.com:data-pipeline", "s3:PutObject", "checkpoints/step-1");
        assertThat(vm.simulate(q).server().allowed()).isTrue();
        f.onFx(() -> vm.editorProperty().get().remove(0));
        var r = vm.simulate(q);
        assertThat(r.draft().allowed()).isFalse();
        assertThat(r.changed()).isTrue();
        // A batch: a key with a comma quoted as a spreadsheet writes it, a line that is not a question said by its number.
        var batch = f.onFx(() -> vm.runBatch("principal,action,resource\n" + q.principal() + "," + q.action() + "," + q.resource()
                + "\n" + q.principal() + ",s3:PutObject,\"checkpoints/a,b\"\njust-a-principal\n")).get(5, TimeUnit.SECONDS);
        String csv = batch.csv();
        assertThat(csv).isEqualTo("principal,action,resource,server,draft\n" + q.principal() + ",s3:PutObject,checkpoints/step-1,allowed,denied\n"
                + q.principal() + ",s3:PutObject,\"checkpoints/a,b\",allowed,denied\n");
        assertThat(batch.summary()).isEqualTo("2 questions answered, 2 changed by the draft; line 4 skipped: not principal, action, resource.");
        assertThat(f.onFx(() -> vm.runBatch(csv)).get(5, TimeUnit.SECONDS).csv())
                .as("the results run again as questions").isEqualTo(csv);

        // Export results…: the file holds what the box shows; a place it cannot be written is said, not passed over.
        java.nio.file.Path file = f.configDir.resolve("out/simulation.csv");
        assertThat(vm.exportResults(file, csv).get(5, TimeUnit.SECONDS)).isEqualTo(file);
        assertThat(java.nio.file.Files.readString(file)).isEqualTo(csv);
        java.nio.file.Path underAFile = file.resolve("again.csv");
        assertThat(vm.exportResults(underAFile, csv)).failsWithin(5, TimeUnit.SECONDS)
                .withThrowableOfType(java.util.concurrent.ExecutionException.class).withMessageContaining("Weft could not write to " + underAFile + " (a file is where a folder should be)");
    }

    @Test
    void aDraftThatCannotBeSavedIsSaidAndTheLineGoesOnceItIs() throws Exception {
        java.nio.file.Path drafts = f.configDir.resolve("drafts");
        java.nio.file.Files.writeString(drafts, "a file where the drafts' folder goes"); // as a full disk would, for the test
        f.onFx(() -> { vm.open(named("org-admins")); });
        f.onFx(() -> vm.editorProperty().get().addStatement());
        assertThat(f.onFx(vm::autosave)).failsWithin(5, TimeUnit.SECONDS);
        f.until(() -> !vm.draftProblemProperty().get().isEmpty());
        assertThat(vm.draftProblemProperty().get()).startsWith("Your edits are not being kept as a draft: Weft could not write to "
                + drafts.resolve("policy-")).contains(".json (a file is where a folder should be)")
                .endsWith("If Weft is closed before you apply them, they are lost.");
        java.nio.file.Files.delete(drafts);
        f.onFx(vm::autosave).get(5, TimeUnit.SECONDS);
        f.until(() -> vm.draftProblemProperty().get().isEmpty());
        assertThat(vm.pendingDrafts()).hasSize(1);
    }

    /**
     * Another profile chosen seconds after an edit, before the autosave came: the edit is kept as a draft,
     * offered back on coming back. The editor was closed at the switch and what the autosave had not yet
     * written was lost.
     */
    @Test
    void anEditJustMadeIsKeptAsADraftWhenAnotherProfileIsChosen() throws Exception {
        var sandbox = shell.activeProperty().get();
        var kupe = shell.profiles().stream().filter(p -> p.name().equals("Sandbox (Kupe)")).findFirst().orElseThrow();
        f.onFx(() -> { vm.open(named("org-admins")); });
        f.onFx(() -> vm.editorProperty().get().addStatement());
        f.onFx(() -> shell.switchTo(kupe)).get(20, TimeUnit.SECONDS);
        assertThat(vm.editorProperty().get()).as("another organization: nothing of the last one's in the editor").isNull();
        f.onFx(() -> shell.switchTo(sandbox)).get(20, TimeUnit.SECONDS);
        f.until(() -> vm.policies().size() == 3);
        assertThat(f.onFx(() -> vm.open(named("org-admins")))).as("the draft, offered back").isPresent();
        f.onFx(() -> vm.resume(vm.pendingDrafts().get(0)));
        assertThat(vm.editorProperty().get().policy().statements()).as("with the statement added").hasSize(2);
    }

    @Test
    void autosaveKeepsADraftThatIsOfferedBack() throws Exception {
        f.onFx(() -> { vm.open(named("org-admins")); });
        f.onFx(() -> vm.editorProperty().get().addStatement());
        f.onFx(vm::autosave).get(5, TimeUnit.SECONDS);
        assertThat(vm.pendingDrafts()).hasSize(1);
        assertThat(f.onFx(() -> vm.open(named("org-admins")))).isPresent();
        f.onFx(() -> vm.resume(vm.pendingDrafts().get(0)));
        assertThat(vm.editorProperty().get().policy().statements()).hasSize(2);
        assertThat(vm.editorProperty().get().dirtyProperty().get()).isTrue();
    }
}
