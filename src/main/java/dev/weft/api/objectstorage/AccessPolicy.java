package dev.weft.api.objectstorage;

import java.util.List;

/** An organization access policy: named statements that allow or deny actions on resources to principals. */
public record AccessPolicy(String version, String name, List<Statement> statements) {
    public static final String VERSION = "v1alpha1";

    public AccessPolicy {
        statements = statements == null ? List.of() : statements;
    }

    /** One rule of a policy; {@code effect} is "Allow" or "Deny", case-sensitive. */
    public record Statement(String name, String effect, List<String> actions, List<String> resources,
                            List<String> principals) {
        public static final String ALLOW = "Allow";
        public static final String DENY = "Deny";

        public Statement {
            actions = actions == null ? List.of() : actions;
            resources = resources == null ? List.of() : resources;
            principals = principals == null ? List.of() : principals;
        }
    }

    public record Many(List<AccessPolicy> policies) {
        public Many {
            policies = policies == null ? List.of() : policies;
        }
    }

    /** The body of EnsureAccessPolicy. */
    public record Ensure(AccessPolicy policy) {
    }
}
