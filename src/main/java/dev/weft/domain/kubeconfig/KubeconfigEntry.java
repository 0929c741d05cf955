package dev.weft.domain.kubeconfig;

import java.util.List;
import java.util.Objects;

/**
 * One cluster to add to a kubeconfig: its API server, its CA (base64 PEM, or null to trust the
 * system's roots), and how kubectl gets a credential. Names become the cluster, user and context
 * entries' names.
 */
public record KubeconfigEntry(String clusterName, String server, String caData, String userName, String contextName,
                              Credential credential) {

    public KubeconfigEntry {
        Objects.requireNonNull(clusterName, "clusterName");
        Objects.requireNonNull(server, "server");
        Objects.requireNonNull(userName, "userName");
        Objects.requireNonNull(contextName, "contextName");
        Objects.requireNonNull(credential, "credential");
    }

    /** How kubectl authenticates. */
    public sealed interface Credential {
    }

    /** Run a command that prints an ExecCredential: the token stays in the keychain, never in the file. */
    public record Exec(String command, List<String> args) implements Credential {
    }

    /** The token written into the file: the user chose this, and the file is owner-only. */
    public record Token(String token) implements Credential {
        @Override
        public String toString() {
            return "Token[***]";
        }
    }
}
