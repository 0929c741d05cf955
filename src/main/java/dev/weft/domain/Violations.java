package dev.weft.domain;

import dev.weft.api.FieldViolation;

import java.util.ArrayList;
import java.util.List;

/** Collects every broken rule of a request at once, so a form can mark all bad fields together. */
public final class Violations {
    private final List<FieldViolation> list = new ArrayList<>();

    public Violations add(String field, String description) {
        list.add(new FieldViolation(field, description));
        return this;
    }

    /** Adds the violation when {@code broken} is true; returns whether the rule held. */
    public boolean unless(boolean ok, String field, String description) {
        if (!ok) {
            add(field, description);
        }
        return ok;
    }

    public boolean isEmpty() {
        return list.isEmpty();
    }

    public List<FieldViolation> toList() {
        return List.copyOf(list);
    }
}
