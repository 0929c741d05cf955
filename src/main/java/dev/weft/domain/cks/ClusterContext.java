package dev.weft.domain.cks;

import dev.weft.api.vpc.Vpc;

import java.util.Collection;
import java.util.Optional;

/**
 * What the cluster rules need to know about the organization: its VPCs and clusters. The sandbox
 * knows everything; a form knows what it has loaded; {@link #UNKNOWN} skips the checks that need it.
 */
public interface ClusterContext {
    ClusterContext UNKNOWN = new ClusterContext() {
        @Override
        public boolean knowsState() {
            return false;
        }

        @Override
        public Optional<Vpc> vpc(String id) {
            return Optional.empty();
        }

        @Override
        public boolean clusterExists(String id) {
            return true;
        }
    };

    /** False when the caller cannot tell whether a VPC or cluster exists; then those rules are skipped. */
    boolean knowsState();

    Optional<Vpc> vpc(String id);

    boolean clusterExists(String id);

    static ClusterContext of(Collection<Vpc> vpcs, Collection<String> clusterIds) {
        return new ClusterContext() {
            @Override
            public boolean knowsState() {
                return true;
            }

            @Override
            public Optional<Vpc> vpc(String id) {
                return vpcs.stream().filter(v -> v.id().equals(id)).findFirst();
            }

            @Override
            public boolean clusterExists(String id) {
                return clusterIds.contains(id);
            }
        };
    }
}
