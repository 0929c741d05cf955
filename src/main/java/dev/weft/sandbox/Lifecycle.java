package dev.weft.sandbox;

import com.fasterxml.jackson.databind.node.ObjectNode;

import java.time.Instant;

/**
 * A stored resource and where it is heading: when {@code until} passes, its status becomes
 * {@code next}, or it disappears when {@code next} is null. The state advances lazily, whenever the
 * resource is looked at, so no timer threads are needed and a test clock drives it exactly.
 */
final class Lifecycle {
    final ObjectNode json;
    private String next;
    private Instant until;
    private boolean pending;

    Lifecycle(ObjectNode json) {
        this.json = json;
    }

    String status() {
        return json.path("status").asText();
    }

    /** Sets the status now and schedules the move to {@code next} (null: removal) at {@code until}. */
    void transition(String now, String next, Instant until, Instant at) {
        json.put("status", now);
        json.put("updatedAt", at.toString());
        this.next = next;
        this.until = until;
        this.pending = true;
    }

    void settle(String status, Instant at) {
        json.put("status", status);
        json.put("updatedAt", at.toString());
        pending = false;
    }

    /** Advances to the scheduled state if its time has come; returns false when the resource is gone. */
    boolean advance(Instant now) {
        if (pending && !now.isBefore(until)) {
            if (next == null) {
                return false;
            }
            settle(next, until);
        }
        return true;
    }
}
