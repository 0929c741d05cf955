package dev.weft.api.vpc;

import java.time.Instant;
import java.util.List;

/** A VPC: a cluster lives in one and takes its pod, service and load-balancer prefixes from it. */
public record Vpc(String id, String name, String zone, List<VpcPrefix> vpcPrefixes, Instant createdAt,
                  Instant updatedAt, String status) {

    public static final String CREATING = "STATUS_CREATING";
    public static final String READY = "STATUS_READY";
    public static final String DELETING = "STATUS_DELETING";

    public Vpc {
        vpcPrefixes = vpcPrefixes == null ? List.of() : vpcPrefixes;
    }

    /** A named CIDR block of the VPC. */
    public record VpcPrefix(String name, String value) {
    }

    public record Envelope(Vpc vpc) {
    }

    public record Items(List<Vpc> items) {
        public Items {
            items = items == null ? List.of() : items;
        }
    }

    /** The create body: no id, no status, no times. */
    public record Create(String name, String zone, List<VpcPrefix> vpcPrefixes) {
    }

    public boolean hasPrefix(String prefixName) {
        return vpcPrefixes.stream().anyMatch(p -> p.name() != null && p.name().equals(prefixName));
    }
}
