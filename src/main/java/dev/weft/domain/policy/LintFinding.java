package dev.weft.domain.policy;

/** One thing lint found: an error (the server would refuse the policy) or a warning (it would accept it, but…). */
public record LintFinding(Severity severity, String field, String message) {
    public enum Severity { ERROR, WARNING }

    public boolean isError() {
        return severity == Severity.ERROR;
    }

    @Override
    public String toString() {
        return (isError() ? "Error: " : "Warning: ") + (field == null || field.isEmpty() ? "" : field + ": ") + message;
    }
}
