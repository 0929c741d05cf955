package dev.weft.sandbox;

import dev.weft.api.FieldViolation;
import dev.weft.api.GrpcCode;

import java.util.List;

/** An error answer from a sandbox handler: a google.rpc code, a message, and field violations. */
final class SandboxError extends RuntimeException {
    final GrpcCode code;
    final int httpStatus;
    final List<FieldViolation> violations;
    /** Seconds for a Retry-After header; 0 for none. */
    final int retryAfterSeconds;

    SandboxError(GrpcCode code, int httpStatus, String message, List<FieldViolation> violations) {
        this(code, httpStatus, message, violations, code == GrpcCode.RESOURCE_EXHAUSTED ? 1 : 0);
    }

    private SandboxError(GrpcCode code, int httpStatus, String message, List<FieldViolation> violations, int retryAfter) {
        super(message, null, false, false);
        this.code = code;
        this.httpStatus = httpStatus;
        this.violations = violations == null ? List.of() : violations;
        this.retryAfterSeconds = retryAfter;
    }

    SandboxError retryAfter(int seconds) {
        return new SandboxError(code, httpStatus, getMessage(), violations, seconds);
    }

    static SandboxError of(GrpcCode code, String message) {
        return new SandboxError(code, code.httpStatus, message, null);
    }

    static SandboxError invalid(List<FieldViolation> violations) {
        String first = violations.isEmpty() ? "invalid request"
                : violations.get(0).field() + " " + violations.get(0).description();
        String message = violations.size() > 1 ? first + " (and " + (violations.size() - 1) + " more)" : first;
        return new SandboxError(GrpcCode.INVALID_ARGUMENT, 400, message, violations);
    }

    static SandboxError notFound(String what) {
        return of(GrpcCode.NOT_FOUND, what + " not found");
    }

    static SandboxError withStatus(int httpStatus, GrpcCode code, String message) {
        return new SandboxError(code, httpStatus, message, null);
    }
}
