package dev.weft.ui.policies;

import dev.weft.api.ApiException;
import dev.weft.api.objectstorage.AccessPolicy;
import dev.weft.api.objectstorage.ObjectStorageApi;
import dev.weft.domain.policy.Decision;
import dev.weft.domain.policy.PolicyEvaluator;
import dev.weft.domain.policy.Question;
import dev.weft.domain.policy.QuestionBatch;
import dev.weft.domain.policy.TextDiff;
import dev.weft.service.BackgroundWork;
import dev.weft.service.DraftStore;
import dev.weft.service.Session;
import dev.weft.ui.common.CsvExport;
import dev.weft.ui.common.ErrorPresenter;
import dev.weft.ui.tabs.TabViewModel;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The Policies tab (CoreWeave only): the organization's policies, one open in the editor, drafts
 * saved as the user types, Apply after a conflict check and a diff, and a simulator that answers
 * the same question against the server's policies and against the draft.
 */
public final class PoliciesViewModel extends TabViewModel<PoliciesViewModel.Loaded> {
    /** One refresh: the policies, and this profile's drafts. */
    public record Loaded(List<AccessPolicy> policies, List<DraftStore.Draft> drafts) {
    }

    /** Apply, step one: either someone changed the policy since it was opened, or here is the diff to confirm. */
    public sealed interface Plan {
        record Conflict(AccessPolicy onServer) implements Plan {
        }

        record Ready(List<TextDiff.Line> diff) implements Plan {
        }
    }

    /** A simulated question, answered for the server's policies and for the draft. */
    public record Simulation(Question question, Decision server, Decision draft) {
        public boolean changed() {
            return server.allowed() != draft.allowed();
        }
    }

    private final BackgroundWork work;
    private final Executor fx;
    private final DraftStore drafts;
    private final ObservableList<AccessPolicy> policies = FXCollections.observableArrayList();
    /** The bucket names and the principals (most keys first) lint and completion use, as the other tabs list them. */
    private final ObservableList<String> buckets;
    private final ObservableList<String> principals;
    private final ObjectProperty<PolicyEditor> editor = new SimpleObjectProperty<>();
    private final StringProperty me = new SimpleStringProperty("");
    /** Why the open policy's edits are not being kept as a draft, or empty: a draft that fails is said, not trusted. */
    private final StringProperty draftProblem = new SimpleStringProperty("");
    /** This profile's drafts, read with each load on the service executor, so the FX thread never reads files. */
    private final List<DraftStore.Draft> knownDrafts = new ArrayList<>();
    private Session session;

    /**
     * The principals and bucket names are taken from the tabs that list them, not read again here: with 100,000
     * keys, every refresh downloaded and parsed the whole key list a second time, for the principals' names alone.
     *
     * @param principals the principals with keys, most keys first, as the Access Keys tab lists them
     * @param buckets    the bucket names, as the Buckets tab lists them
     */
    public PoliciesViewModel(BackgroundWork work, Executor fx, DraftStore drafts, ObservableList<String> principals,
                             ObservableList<String> buckets) {
        super(work, fx);
        this.work = work;
        this.fx = fx;
        this.drafts = drafts;
        this.principals = FXCollections.unmodifiableObservableList(principals);
        this.buckets = FXCollections.unmodifiableObservableList(buckets);
        me.addListener(o -> lintContext());
        principals.addListener((javafx.beans.InvalidationListener) o -> guessMe());
        buckets.addListener((javafx.beans.InvalidationListener) o -> lintContext());
    }

    /** Decision: the API has no "who am I"; the principal with the most keys is usually the token's own. */
    private void guessMe() {
        if (me.get().isBlank() && !principals.isEmpty()) {
            me.set(principals.get(0));
        }
    }

    @Override
    public String title() {
        return "Policies";
    }

    @Override
    protected String unavailableReason(Session s) {
        return coreWeaveOnly(s, "Access policies");
    }

    @Override
    public CompletableFuture<Void> refresh(Session s) {
        if (session != s) {
            // The last seconds' edits kept as the last profile's draft before its editor goes: between two
            // autosaves they were lost, and the draft offered back on return lacked them.
            autosave();
            session = s;
            policies.clear();
            editor.set(null);
            me.set("");
        }
        return super.refresh(s);
    }

    @Override
    protected CompletableFuture<Loaded> load(Session s) {
        List<DraftStore.Draft> saved = drafts.list(s.profile().id());
        return s.storage().listPolicies().thenApply(policies -> new Loaded(policies, saved));
    }

    @Override
    protected String show(Loaded loaded, Session s) {
        if (session == s) {
            policies.setAll(loaded.policies());
            knownDrafts.clear();
            knownDrafts.addAll(loaded.drafts());
            guessMe();
            lintContext();
        }
        if (loaded.policies().isEmpty()) {
            return "The organization has no access policy: every storage request is denied and no bucket can be created.";
        }
        int statements = loaded.policies().stream().mapToInt(p -> p.statements().size()).sum();
        return dev.weft.domain.Sizes.count(loaded.policies().size(), "policy", "policies") + " with "
                + dev.weft.domain.Sizes.count(statements, "statement", "statements");
    }

    // ---- editing ----

    /** Opens a policy from the list; completes with a draft to offer back, when one was left unsaved. */
    public Optional<DraftStore.Draft> open(AccessPolicy p) {
        editor.set(new PolicyEditor(p, p));
        lintContext();
        return knownDrafts.stream().filter(d -> Objects.equals(keyOf(d), p.name())).findFirst();
    }

    public void newPolicy(String name) {
        editor.set(new PolicyEditor(null, PolicyEditor.blank(name)));
        lintContext();
    }

    /** A new policy under {@code name} with the statements of {@code p}, to change and apply; {@code p} stays as it is. */
    public void duplicate(AccessPolicy p, String name) {
        editor.set(new PolicyEditor(null, new AccessPolicy(p.version(), name, p.statements())));
        lintContext();
    }

    /** "{@code name}-copy", or "-copy-2" and so on where that is taken. */
    public String copyName(String name) {
        java.util.Set<String> taken = policies.stream().map(AccessPolicy::name).collect(java.util.stream.Collectors.toSet());
        String copy = name + "-copy";
        for (int n = 2; taken.contains(copy); n++) {
            copy = name + "-copy-" + n;
        }
        return copy;
    }

    /** Unsaved drafts of this profile, to offer after a crash or restart. */
    public List<DraftStore.Draft> pendingDrafts() {
        return List.copyOf(knownDrafts);
    }

    private static String keyOf(DraftStore.Draft d) {
        return d.base() != null ? d.base().name() : d.policy().name();
    }

    private void forget(String key) {
        knownDrafts.removeIf(d -> keyOf(d).equals(key));
    }

    public void resume(DraftStore.Draft d) {
        PolicyEditor e = new PolicyEditor(d.base(), d.base() != null ? d.base() : d.policy());
        if (d.base() != null) {
            e.replace(d.policy());
        }
        editor.set(e);
        lintContext();
    }

    public CompletableFuture<Void> discard(DraftStore.Draft d) {
        String key = keyOf(d);
        forget(key);
        return work.supply(() -> {
            try {
                drafts.delete(profileId(), key);
                return null;
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        });
    }

    /** Saves the open editor's state as a draft when it has unsaved changes. */
    public CompletableFuture<Void> autosave() {
        PolicyEditor e = editor.get();
        if (e == null || !e.dirtyProperty().get() || session == null) {
            return CompletableFuture.completedFuture(null);
        }
        DraftStore.Draft d = new DraftStore.Draft(profileId(), e.policy(), e.base(), Instant.now());
        String key = e.key();
        forget(key);
        knownDrafts.add(0, d);
        CompletableFuture<Void> saved = work.supply(() -> {
            try {
                drafts.save(key, d);
                return null;
            } catch (java.io.IOException ex) {
                throw new java.io.UncheckedIOException("The draft could not be saved: " + ex.getMessage(), ex);
            }
        });
        saved.whenCompleteAsync((ok, failure) -> draftProblem.set(failure == null ? ""
                : "Your edits are not being kept as a draft: " + whyNotWritten(ErrorPresenter.unwrap(failure))
                + ". If Weft is closed before you apply them, they are lost."), fx);
        return saved;
    }

    private static String whyNotWritten(Throwable failure) {
        return failure.getCause() instanceof java.io.IOException io ? io.getMessage() : failure.getMessage();
    }

    public javafx.beans.property.ReadOnlyStringProperty draftProblemProperty() {
        return draftProblem;
    }

    private void lintContext() {
        PolicyEditor e = editor.get();
        if (e != null) {
            List<AccessPolicy> others = policies.stream().filter(p -> !p.name().equals(e.key())).toList();
            e.context(others, buckets, me.get() == null || me.get().isBlank() ? null : me.get());
        }
    }

    // ---- apply and delete ----

    /** Step one of Apply: reads the server's policies now; a change since opening is a conflict, else the diff. */
    public CompletableFuture<Plan> prepareApply() {
        PolicyEditor e = editor.get();
        Session s = session;
        return work.submit(() -> s.storage().listPolicies()).thenApplyAsync(now -> {
            if (session == s) {
                policies.setAll(now);
            }
            Optional<AccessPolicy> current = now.stream().filter(p -> p.name().equals(e.key())).findFirst();
            if (!Objects.equals(current.orElse(null), e.base())) {
                return new Plan.Conflict(current.orElse(null));
            }
            Optional<AccessPolicy> target = now.stream().filter(p -> p.name().equals(e.policy().name())).findFirst();
            String before = target.map(PolicyEditor::render).orElse("");
            return new Plan.Ready(TextDiff.lines(before, PolicyEditor.render(e.policy())));
        }, fx);
    }

    /** Step two: ensures the edited policy, forgets the draft, and reopens what the server now has. */
    public CompletableFuture<Void> apply() {
        PolicyEditor e = editor.get();
        Session s = session;
        AccessPolicy edited = e.policy();
        return work.submit(() -> s.storage().ensurePolicy(edited)).thenComposeAsync(v -> {
            discardQuietly(s, e.key());
            return refreshIfShown(s);
        }, fx).thenRunAsync(() -> policies.stream().filter(p -> session == s && p.name().equals(edited.name())).findFirst()
                .ifPresent(p -> editor.set(new PolicyEditor(p, p))), fx).thenRun(this::lintContext);
    }

    public CompletableFuture<Void> delete(String name) {
        Session s = session;
        // Not there any more is what was asked: gone by another hand, or by this delete's own first attempt, whose
        // answer the network lost (the client asked again and heard 404).
        return work.submit(() -> s.storage().deletePolicy(name).exceptionallyCompose(e ->
                ErrorPresenter.unwrap(e) instanceof ApiException a && a.isNotFound()
                        ? CompletableFuture.completedFuture(null) : CompletableFuture.failedFuture(e))).thenComposeAsync(v -> {
            discardQuietly(s, name);
            if (session != s) {
                return CompletableFuture.<Void>completedFuture(null);
            }
            editor.set(null);
            return refresh(s);
        }, fx);
    }

    /** The draft of {@code key} in the profile of {@code s}: the one the change was sent from, whichever is shown now. */
    private void discardQuietly(Session s, String key) {
        if (session == s) {
            forget(key);
        }
        String profile = s.profile().id();
        work.run(() -> {
            try {
                drafts.delete(profile, key);
            } catch (java.io.IOException ignored) {
                // A stale draft is offered once more and can be discarded then.
            }
        });
    }

    // ---- simulator ----

    /** Writes the batch's results, as shown, to a CSV file off the FX thread; completes with the file. */
    public CompletableFuture<java.nio.file.Path> exportResults(java.nio.file.Path file, String csv) {
        return CsvExport.writeText(work, file, csv);
    }

    /** The same question against the server's policies and against them with the draft in its place. */
    public Simulation simulate(Question q) {
        List<AccessPolicy> server = List.copyOf(policies);
        return answer(server, withDraft(server), q);
    }

    private static Simulation answer(List<AccessPolicy> server, List<AccessPolicy> withDraft, Question q) {
        return new Simulation(q, PolicyEvaluator.evaluate(server, q), PolicyEvaluator.evaluate(withDraft, q));
    }

    /** A batch's answers as CSV (for the results box and its export), and a line saying what came of it. */
    public record BatchAnswers(String csv, String summary) {
    }

    /**
     * Answers a batch of CSV questions ({@link QuestionBatch}) off the FX thread — an imported file may hold
     * thousands — against the policies and the draft as they are when it is asked.
     */
    public CompletableFuture<BatchAnswers> runBatch(String text) {
        List<AccessPolicy> server = List.copyOf(policies);
        List<AccessPolicy> withDraft = withDraft(server);
        return work.supply(() -> {
            QuestionBatch batch = QuestionBatch.parse(text);
            List<Simulation> answers = batch.questions().stream().map(q -> answer(server, withDraft, q)).toList();
            return new BatchAnswers(toCsv(answers), summary(answers, batch.skippedLines()));
        });
    }

    static String summary(List<Simulation> answers, List<Integer> skipped) {
        long changed = answers.stream().filter(Simulation::changed).count();
        String said = dev.weft.domain.Sizes.count(answers.size(), "question", "questions") + " answered"
                + (answers.isEmpty() ? "" : ", " + changed + " changed by the draft");
        if (skipped.isEmpty()) {
            return said + ".";
        }
        String lines = skipped.size() <= 5 ? skipped.stream().map(String::valueOf).collect(Collectors.joining(", "))
                : skipped.subList(0, 5).stream().map(String::valueOf).collect(Collectors.joining(", ")) + " and " + (skipped.size() - 5) + " more";
        return said + "; " + (skipped.size() == 1 ? "line " : "lines ") + lines + " skipped: not principal, action, resource.";
    }

    private List<AccessPolicy> withDraft(List<AccessPolicy> server) {
        PolicyEditor e = editor.get();
        if (e == null) {
            return server;
        }
        List<AccessPolicy> out = new ArrayList<>(server.stream().filter(p -> !p.name().equals(e.key())
                && !p.name().equals(e.policy().name())).toList());
        out.add(e.policy());
        return out;
    }

    static String toCsv(List<Simulation> results) {
        Function<Decision, String> word = d -> d.allowed() ? "allowed" : "denied";
        return CsvExport.text("principal,action,resource,server,draft", results, r -> String.join(",",
                CsvExport.cell(r.question().principal()), CsvExport.cell(r.question().action()),
                CsvExport.cell(r.question().resource()), word.apply(r.server()), word.apply(r.draft())));
    }

    public String curlEnsure() {
        return session.client().curl(ObjectStorageApi.ensurePolicyRequest(editor.get().policy()));
    }

    public String curlDelete(String name) {
        return session.client().curl(ObjectStorageApi.deletePolicyRequest(name));
    }

    private String profileId() {
        return session == null ? "none" : session.profile().id();
    }

    public ObservableList<AccessPolicy> policies() {
        return policies;
    }

    public ObservableList<String> buckets() {
        return buckets;
    }

    public ObservableList<String> principals() {
        return principals;
    }

    public ObjectProperty<PolicyEditor> editorProperty() {
        return editor;
    }

    public StringProperty meProperty() {
        return me;
    }

    public BackgroundWork work() {
        return work;
    }

    static Comparator<AccessPolicy> byName() {
        return Comparator.comparing(AccessPolicy::name);
    }
}
