package dev.weft.api;

/** One broken rule on one field, as google.rpc.BadRequest reports it; {@code field} is a dotted path. */
public record FieldViolation(String field, String description) {
}
