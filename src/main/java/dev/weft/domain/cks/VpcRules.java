package dev.weft.domain.cks;

import dev.weft.api.FieldViolation;
import dev.weft.api.vpc.Vpc;
import dev.weft.domain.Encodings;
import dev.weft.domain.Violations;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** The rules for creating a VPC, shared by the client and the sandbox. */
public final class VpcRules {
    private VpcRules() {
    }

    public static List<FieldViolation> validateCreate(Vpc.Create r) {
        Violations v = new Violations();
        CksCatalog.nameProblem(r.name()).ifPresent(p -> v.add("name", p));
        if (r.zone() == null || r.zone().isEmpty()) {
            v.add("zone", "is required");
        } else {
            v.unless(CksCatalog.ZONES.contains(r.zone()), "zone", "is not a known zone: " + r.zone());
        }
        Set<String> names = new HashSet<>();
        for (Vpc.VpcPrefix p : r.vpcPrefixes() == null ? List.<Vpc.VpcPrefix>of() : r.vpcPrefixes()) {
            if (p == null || p.name() == null || p.name().isBlank()) {
                v.add("vpcPrefixes", "every prefix needs a name");
                continue;
            }
            v.unless(names.add(p.name()), "vpcPrefixes", "the name " + p.name() + " is used twice");
            v.unless(Encodings.isIpv4Cidr(p.value()), "vpcPrefixes",
                    p.name() + ": " + (p.value() == null ? "needs a CIDR value" : p.value() + " is not a CIDR block such as 10.0.0.0/16"));
        }
        return v.toList();
    }
}
