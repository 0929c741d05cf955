package dev.weft.ui.tabs;

import dev.weft.api.objectstorage.AccessKeyInfo;
import dev.weft.service.BackgroundWork;
import dev.weft.service.Session;

import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.stream.Collectors;

/** The Access Keys tab: AI Object Storage keys, CoreWeave profiles only. */
public final class AccessKeysViewModel extends TabViewModel<String> {
    public AccessKeysViewModel(BackgroundWork work, Executor fx) {
        super(work, fx);
    }

    @Override
    public String title() {
        return "Access Keys";
    }

    @Override
    protected String unavailableReason(Session session) {
        return coreWeaveOnly(session, "Access keys");
    }

    @Override
    protected String show(String summary, Session session) {
        return summary;
    }

    @Override
    protected CompletableFuture<String> load(Session session) {
        return session.storage().listAccessKeys().thenApply(keys -> {
            if (keys.isEmpty()) {
                return "No access keys yet.";
            }
            Map<String, Long> byStatus = keys.stream().collect(Collectors.groupingBy(AccessKeyInfo::status, TreeMap::new, Collectors.counting()));
            long principals = keys.stream().map(AccessKeyInfo::principalName).distinct().count();
            return keys.size() + " keys of " + principals + " principals: "
                    + byStatus.entrySet().stream().map(e -> e.getValue() + " " + e.getKey().toLowerCase()).collect(Collectors.joining(", "));
        });
    }
}
