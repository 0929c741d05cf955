package dev.weft.domain.policy;

/** One thing lint found: an error (the server would refuse the policy) or a warning (it would accept it, but…). */
public record LintFinding(Severity severity, String field, String message) {
    public enum Severity { ERROR, WARNING }

    public boolean isError() {
        return severity == Severity.ERROR;
    }

    private static final java.util.regex.Pattern IN_STATEMENT = java.util.regex.Pattern.compile("policy\\.statements\\[(\\d+)](?:\\.(\\w+))?");

    @Override
    public String toString() {
        return (isError() ? "Error: " : "Warning: ") + (field == null || field.isEmpty() ? "" : field + ": ") + message;
    }

    /**
     * The finding as a person reads it, its place named as the editor shows it: "Statement 2 (“uploads”), resources:
     * needs at least one entry", not "policy.statements[1].resources", the request body's path.
     */
    public String inWords(dev.weft.api.objectstorage.AccessPolicy policy) {
        return (isError() ? "Error: " : "Warning: ") + (field == null || field.isEmpty() ? "" : place(policy) + ": ") + message;
    }

    private String place(dev.weft.api.objectstorage.AccessPolicy policy) {
        java.util.regex.Matcher m = IN_STATEMENT.matcher(field);
        if (m.matches()) {
            int i = Integer.parseInt(m.group(1));
            String name = policy != null && i < policy.statements().size() ? policy.statements().get(i).name() : null;
            return "Statement " + (i + 1) + (name == null || name.isBlank() ? "" : " (“" + name + "”)")
                    + (m.group(2) == null ? "" : ", " + m.group(2));
        }
        return switch (field) {
            case "policy.name" -> "Policy name";
            case "policy.statements" -> "Statements";
            case "policy.version" -> "Version";
            default -> field;
        };
    }
}
