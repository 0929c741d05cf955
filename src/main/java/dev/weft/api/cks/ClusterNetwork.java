package dev.weft.api.cks;

import java.util.List;

/** The cluster's overlay network: prefix names from its VPC, and the NodePort range. */
public record ClusterNetwork(String podCidrName, String serviceCidrName, List<String> internalLbCidrNames,
                             PortRange serviceNodePortRange) {

    public record PortRange(Integer start, Integer end) {
    }
}
