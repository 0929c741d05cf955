package dev.weft.domain.policy;

/** "May {@code principal} do {@code action} on {@code resource}?" — resource is "bucket", "bucket/key" or "*". */
public record Question(String principal, String action, String resource) {
}
