package dev.weft.ui.tabs;

import dev.weft.service.BackgroundWork;
import dev.weft.service.Session;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;

/** The Policies tab: organization access policies, CoreWeave profiles only. */
public final class PoliciesViewModel extends TabViewModel<String> {
    public PoliciesViewModel(BackgroundWork work, Executor fx) {
        super(work, fx);
    }

    @Override
    public String title() {
        return "Policies";
    }

    @Override
    protected String unavailableReason(Session session) {
        return coreWeaveOnly(session, "Access policies");
    }

    @Override
    protected String show(String summary, Session session) {
        return summary;
    }

    @Override
    protected CompletableFuture<String> load(Session session) {
        return session.storage().listPolicies().thenApply(policies -> {
            if (policies.isEmpty()) {
                return "The organization has no access policy: every storage request is denied.";
            }
            int statements = policies.stream().mapToInt(p -> p.statements().size()).sum();
            return policies.size() + " policies with " + statements + " statements";
        });
    }
}
