package dev.weft.domain.kubeconfig;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.util.Locale;

/**
 * Builds kubeconfig documents and merges an entry into an existing one. Works on the document tree,
 * so whatever else a user's file holds (other clusters, extensions, preferences) is kept as it was.
 */
public final class Kubeconfigs {
    public static final String EXEC_API_VERSION = "client.authentication.k8s.io/v1";
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private Kubeconfigs() {
    }

    /** A new kubeconfig holding only {@code entry}, which is also the current context. */
    public static ObjectNode fresh(KubeconfigEntry entry) {
        ObjectNode doc = NODES.objectNode();
        doc.put("apiVersion", "v1");
        doc.put("kind", "Config");
        doc.putObject("preferences");
        doc.putArray("clusters");
        doc.putArray("users");
        doc.putArray("contexts");
        return merge(doc, entry, true);
    }

    /**
     * Adds {@code entry} to {@code existing} (changed in place and returned): entries with the same
     * names are replaced, all others are left untouched; the current context changes only when asked.
     */
    public static ObjectNode merge(ObjectNode existing, KubeconfigEntry entry, boolean makeCurrent) {
        if (!existing.has("apiVersion")) {
            existing.put("apiVersion", "v1");
        }
        if (!existing.has("kind")) {
            existing.put("kind", "Config");
        }
        ObjectNode cluster = NODES.objectNode();
        cluster.put("server", entry.server());
        if (entry.caData() != null) {
            cluster.put("certificate-authority-data", entry.caData());
        }
        put(existing, "clusters", entry.clusterName(), "cluster", cluster);
        put(existing, "users", entry.userName(), "user", user(entry.credential()));
        ObjectNode context = NODES.objectNode();
        context.put("cluster", entry.clusterName());
        context.put("user", entry.userName());
        put(existing, "contexts", entry.contextName(), "context", context);
        if (makeCurrent || !existing.hasNonNull("current-context")) {
            existing.put("current-context", entry.contextName());
        }
        return existing;
    }

    private static ObjectNode user(KubeconfigEntry.Credential credential) {
        ObjectNode user = NODES.objectNode();
        if (credential instanceof KubeconfigEntry.Token t) {
            user.put("token", t.token());
        } else if (credential instanceof KubeconfigEntry.Exec e) {
            ObjectNode exec = user.putObject("exec");
            exec.put("apiVersion", EXEC_API_VERSION);
            exec.put("command", e.command());
            ArrayNode args = exec.putArray("args");
            e.args().forEach(args::add);
            exec.put("interactiveMode", "Never");
            exec.put("provideClusterInfo", false);
        }
        return user;
    }

    private static void put(ObjectNode doc, String list, String name, String field, ObjectNode value) {
        JsonNode existing = doc.get(list);
        ArrayNode items = existing instanceof ArrayNode a ? a : doc.putArray(list);
        ObjectNode item = NODES.objectNode();
        item.put("name", name);
        item.set(field, value);
        for (int i = 0; i < items.size(); i++) {
            if (name.equals(items.get(i).path("name").asText(null))) {
                items.set(i, item);
                return;
            }
        }
        items.add(item);
    }

    /**
     * The kubectl command that tries a cluster just written: with {@code --kubeconfig file} where kubectl does not read
     * the file by itself (null: it does), {@code --context} where it is not the current context (null: it is); quoted
     * for this system's shell.
     */
    public static String tryCommand(java.nio.file.Path file, String context) {
        java.util.List<String> words = new java.util.ArrayList<>(java.util.List.of("kubectl"));
        if (file != null) {
            words.addAll(java.util.List.of("--kubeconfig", file.toString()));
        }
        if (context != null) {
            words.addAll(java.util.List.of("--context", context));
        }
        words.addAll(java.util.List.of("get", "nodes"));
        return dev.weft.domain.ShellWords.joinHere(words);
    }

    /** A name safe in a kubeconfig and a shell: lowercase letters, digits and hyphens. */
    public static String slug(String text) {
        String s = text.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("(^-+|-+$)", "");
        return s.isEmpty() ? "profile" : s;
    }

    /** The ExecCredential kubectl expects from {@code weft token}. */
    public static ObjectNode execCredential(String token) {
        ObjectNode c = NODES.objectNode();
        c.put("apiVersion", EXEC_API_VERSION);
        c.put("kind", "ExecCredential");
        c.putObject("status").put("token", token);
        return c;
    }
}
