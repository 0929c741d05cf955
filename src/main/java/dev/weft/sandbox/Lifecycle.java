package dev.weft.sandbox;

import com.fasterxml.jackson.databind.node.ObjectNode;

import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;

/**
 * A stored resource and the states it is scheduled to pass through: each step gives a status and
 * the time it is reached; a step with a null status removes the resource. The state advances
 * lazily, whenever the resource is looked at, so no timer threads are needed and a test clock
 * drives it exactly.
 */
final class Lifecycle {
    /** Where an API keeps its status in the JSON, and what else changes with it. */
    interface StatusField {
        String read(ObjectNode json);

        void write(ObjectNode json, String status, Instant at);
    }

    /** CKS and VPCs: a top-level {@code status} string and {@code updatedAt}. */
    static final StatusField TOP_LEVEL = new StatusField() {
        @Override
        public String read(ObjectNode json) {
            return json.path("status").asText();
        }

        @Override
        public void write(ObjectNode json, String status, Instant at) {
            json.put("status", status);
            json.put("updatedAt", at.toString());
        }
    };

    private record Step(String status, Instant at) {
    }

    final ObjectNode json;
    private final StatusField field;
    private final Deque<Step> steps = new ArrayDeque<>();

    Lifecycle(ObjectNode json, StatusField field) {
        this.json = json;
        this.field = field;
    }

    Lifecycle(ObjectNode json) {
        this(json, TOP_LEVEL);
    }

    String status() {
        return field.read(json);
    }

    /** Sets the status now, dropping whatever was scheduled. */
    Lifecycle set(String status, Instant at) {
        steps.clear();
        field.write(json, status, at);
        return this;
    }

    /** Schedules a later status; {@code null} means the resource disappears at {@code at}. */
    Lifecycle then(String status, Instant at) {
        steps.addLast(new Step(status, at));
        return this;
    }

    /** Advances through every step whose time has come; returns false when the resource is gone. */
    boolean advance(Instant now) {
        while (!steps.isEmpty() && !now.isBefore(steps.peekFirst().at())) {
            Step step = steps.removeFirst();
            if (step.status() == null) {
                return false;
            }
            field.write(json, step.status(), step.at());
        }
        return true;
    }
}
