package dev.weft.ui.tabs;

import dev.weft.api.cks.ClusterStatus;
import dev.weft.api.kupe.KupeCluster;
import dev.weft.service.BackgroundWork;
import dev.weft.service.Session;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.function.Function;
import java.util.stream.Collectors;

/** The Clusters tab: CKS clusters for a CoreWeave profile, managed clusters for a Kupe one. */
public final class ClustersViewModel extends TabViewModel {
    public ClustersViewModel(BackgroundWork work, Executor fx) {
        super(work, fx);
    }

    @Override
    public String title() {
        return "Clusters";
    }

    @Override
    protected String unavailableReason(Session session) {
        return null;
    }

    @Override
    protected CompletableFuture<String> load(Session session) {
        if (session.isCoreWeave()) {
            return session.cks().list().thenApply(cs -> summary(cs, c -> ClusterStatus.label(c.status())));
        }
        return session.kupe().list().thenApply(cs -> summary(cs, KupeCluster::phase));
    }

    /** "4 clusters: 2 Running, 1 Creating, 1 Failed". */
    static <T> String summary(List<T> clusters, Function<T, String> state) {
        if (clusters.isEmpty()) {
            return "No clusters yet.";
        }
        Map<String, Long> byState = clusters.stream().collect(Collectors.groupingBy(state, TreeMap::new, Collectors.counting()));
        return clusters.size() + (clusters.size() == 1 ? " cluster: " : " clusters: ")
                + byState.entrySet().stream().map(e -> e.getValue() + " " + e.getKey()).collect(Collectors.joining(", "));
    }
}
