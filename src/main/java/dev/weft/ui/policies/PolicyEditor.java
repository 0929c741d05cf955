package dev.weft.ui.policies;

import com.fasterxml.jackson.core.JsonProcessingException;
import dev.weft.api.Json;
import dev.weft.api.objectstorage.AccessPolicy;
import dev.weft.api.objectstorage.AccessPolicy.Statement;
import dev.weft.domain.policy.LintFinding;
import dev.weft.domain.policy.PolicyLint;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Deque;
import java.util.List;
import java.util.Objects;

/**
 * One policy being edited. Every edit makes a new immutable policy, so undo and redo are a stack of
 * snapshots. The JSON text follows the visual state and the visual state follows valid JSON; invalid
 * JSON is reported and never destroys what the editor holds. Lint runs on every change.
 */
public final class PolicyEditor {
    private static final int UNDO_LIMIT = 200;

    private final ObjectProperty<AccessPolicy> policy = new SimpleObjectProperty<>();
    private final StringProperty json = new SimpleStringProperty("");
    private final StringProperty jsonError = new SimpleStringProperty("");
    private final ObservableList<LintFinding> findings = FXCollections.observableArrayList();
    private final BooleanProperty dirty = new SimpleBooleanProperty();
    private final BooleanProperty canUndo = new SimpleBooleanProperty();
    private final BooleanProperty canRedo = new SimpleBooleanProperty();
    private final Deque<AccessPolicy> undo = new ArrayDeque<>();
    private final Deque<AccessPolicy> redo = new ArrayDeque<>();
    private final AccessPolicy base;
    private final String key;
    private List<AccessPolicy> others = List.of();
    private Collection<String> buckets = List.of();
    private String principal;
    private boolean fromJson;

    /** @param base the server's version when opened, or null for a new policy */
    public PolicyEditor(AccessPolicy base, AccessPolicy start) {
        this.base = base;
        this.key = base != null ? base.name() : start.name();
        json.addListener((o, a, text) -> {
            if (!fromJson && !text.equals(render(policy.get()))) {
                applyJson(text);
            }
        });
        set(start, false);
    }

    public static AccessPolicy blank(String name) {
        return new AccessPolicy(AccessPolicy.VERSION, name, List.of(granting("statement-1")));
    }

    /**
     * A new statement: it grants nothing until the user names what on and to whom, which lint asks for. It read
     * "Allow s3:GetObject on * to *" (anyone reading every bucket), one Apply away for a user who meant to come
     * back to it.
     */
    private static Statement granting(String name) {
        return new Statement(name, Statement.ALLOW, List.of("s3:GetObject"), List.of(), List.of());
    }

    /** What lint needs to know beyond the policy: the organization's other policies, buckets, and who edits. */
    public void context(List<AccessPolicy> otherPolicies, Collection<String> bucketNames, String editingPrincipal) {
        this.others = otherPolicies;
        this.buckets = bucketNames;
        this.principal = editingPrincipal;
        lint();
    }

    // ---- edits ----

    public void setName(String name) {
        AccessPolicy p = policy.get();
        edit(new AccessPolicy(p.version(), name, p.statements()));
    }

    public void setStatement(int i, Statement s) {
        List<Statement> l = new ArrayList<>(policy.get().statements());
        l.set(i, s);
        edit(with(l));
    }

    public void addStatement() {
        List<Statement> l = new ArrayList<>(policy.get().statements());
        l.add(granting(freshName("statement")));
        edit(with(l));
    }

    public void duplicate(int i) {
        List<Statement> l = new ArrayList<>(policy.get().statements());
        Statement s = l.get(i);
        l.add(i + 1, new Statement(freshName(s.name() + "-copy"), s.effect(), s.actions(), s.resources(), s.principals()));
        edit(with(l));
    }

    public void move(int i, int delta) {
        List<Statement> l = new ArrayList<>(policy.get().statements());
        int j = i + delta;
        if (j < 0 || j >= l.size()) {
            return;
        }
        Statement s = l.remove(i);
        l.add(j, s);
        edit(with(l));
    }

    public void remove(int i) {
        List<Statement> l = new ArrayList<>(policy.get().statements());
        l.remove(i);
        edit(with(l));
    }

    /** Replaces the whole policy (an import, or a draft being resumed) as one undoable edit. */
    public void replace(AccessPolicy p) {
        edit(p);
    }

    public void undo() {
        if (!undo.isEmpty()) {
            redo.push(policy.get());
            set(undo.pop(), false);
        }
    }

    public void redo() {
        if (!redo.isEmpty()) {
            undo.push(policy.get());
            set(redo.pop(), false);
        }
    }

    private AccessPolicy with(List<Statement> statements) {
        AccessPolicy p = policy.get();
        return new AccessPolicy(p.version(), p.name(), statements);
    }

    private String freshName(String stem) {
        List<String> names = policy.get().statements().stream().filter(Objects::nonNull).map(Statement::name).toList();
        String name = stem;
        for (int n = 2; names.contains(name); n++) {
            name = stem + "-" + n;
        }
        return name;
    }

    private void edit(AccessPolicy next) {
        if (next.equals(policy.get())) {
            return;
        }
        undo.push(policy.get());
        if (undo.size() > UNDO_LIMIT) {
            undo.removeLast();
        }
        redo.clear();
        set(next, false);
    }

    private void applyJson(String text) {
        com.fasterxml.jackson.databind.JsonNode tree;
        try {
            tree = Json.MAPPER.readTree(text);
        } catch (JsonProcessingException e) {
            jsonError.set("Not valid JSON (line " + e.getLocation().getLineNr() + ", column " + e.getLocation().getColumnNr()
                    + "): " + e.getOriginalMessage() + ". The visual editor keeps the last valid policy.");
            return;
        }
        AccessPolicy parsed;
        try {
            if (tree == null || !tree.isObject()) {
                throw new IllegalArgumentException("not an object");
            }
            parsed = Json.MAPPER.treeToValue(tree, AccessPolicy.class);
        } catch (JsonProcessingException | IllegalArgumentException e) {
            jsonError.set("This JSON is not a policy: it needs version, name and statements. "
                    + "The visual editor keeps the last valid policy.");
            return;
        }
        jsonError.set("");
        fromJson = true;
        try {
            if (!parsed.equals(policy.get())) {
                undo.push(policy.get());
                redo.clear();
                set(parsed, true);
            }
        } finally {
            fromJson = false;
        }
    }

    private void set(AccessPolicy p, boolean keepJsonText) {
        policy.set(p);
        if (!keepJsonText) {
            fromJson = true;
            try {
                json.set(render(p));
                jsonError.set("");
            } finally {
                fromJson = false;
            }
        }
        dirty.set(base == null || !base.equals(p));
        canUndo.set(!undo.isEmpty());
        canRedo.set(!redo.isEmpty());
        lint();
    }

    private void lint() {
        AccessPolicy p = policy.get();
        if (p != null) {
            findings.setAll(PolicyLint.check(p, others, buckets, principal));
        }
    }

    static String render(AccessPolicy p) {
        return Json.pretty(p, "");
    }

    public boolean hasErrors() {
        return findings.stream().anyMatch(LintFinding::isError);
    }

    public AccessPolicy base() {
        return base;
    }

    /** The draft's key: the policy's name when it was opened (it may be renamed while edited). */
    public String key() {
        return key;
    }

    public ObjectProperty<AccessPolicy> policyProperty() {
        return policy;
    }

    public AccessPolicy policy() {
        return policy.get();
    }

    public StringProperty jsonProperty() {
        return json;
    }

    public StringProperty jsonErrorProperty() {
        return jsonError;
    }

    public ObservableList<LintFinding> findings() {
        return findings;
    }

    public BooleanProperty dirtyProperty() {
        return dirty;
    }

    public BooleanProperty canUndoProperty() {
        return canUndo;
    }

    public BooleanProperty canRedoProperty() {
        return canRedo;
    }
}
