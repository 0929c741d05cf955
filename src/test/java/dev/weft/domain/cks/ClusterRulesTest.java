package dev.weft.domain.cks;

import dev.weft.api.FieldViolation;
import dev.weft.api.cks.CreateClusterRequest;
import dev.weft.api.vpc.Vpc;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The rules as a form uses them: no server, all violations at once, state checks only when known. */
class ClusterRulesTest {
    private static final Vpc VPC = new Vpc("vpc-1", "net", "US-EAST-04A",
            List.of(new Vpc.VpcPrefix("pods", "10.0.0.0/16"), new Vpc.VpcPrefix("svc", "10.1.0.0/16"),
                    new Vpc.VpcPrefix("lb", "10.2.0.0/22")), null, null, Vpc.READY);

    @Test
    void aValidRequestHasNoViolations() {
        var r = CreateClusterRequest.minimal("ok-1", "US-EAST-04A", "vpc-1", "v1.35", "pods", "svc", List.of("lb"));
        assertThat(ClusterRules.validateCreate(r, ClusterContext.of(List.of(VPC), List.of()))).isEmpty();
    }

    @Test
    void withoutKnowledgeOfTheOrganizationOnlyTheFormIsChecked() {
        var r = CreateClusterRequest.minimal("ok-1", "US-EAST-04A", "vpc-unknown", "v1.35", "anything", "else", List.of("x"));
        assertThat(ClusterRules.validateCreate(r, ClusterContext.UNKNOWN)).isEmpty();
        assertThat(ClusterRules.validateCreate(r, ClusterContext.of(List.of(VPC), List.of())))
                .extracting(FieldViolation::field).containsExactly("vpcId");
    }

    @Test
    void prefixesMustBeTheVpcs() {
        var r = CreateClusterRequest.minimal("ok-1", "US-EAST-04A", "vpc-1", "v1.35", "nope", "svc", List.of("lb", "nope2"));
        assertThat(ClusterRules.validateCreate(r, ClusterContext.of(List.of(VPC), List.of())))
                .extracting(FieldViolation::field).containsExactly("network.podCidrName", "network.internalLbCidrNames");
    }

    @Test
    void nameRuleBoundaries() {
        assertThat(CksCatalog.nameProblem("a")).isEmpty();
        assertThat(CksCatalog.nameProblem("a".repeat(30))).isEmpty();
        assertThat(CksCatalog.nameProblem("a".repeat(31))).hasValueSatisfying(p -> assertThat(p).contains("30"));
        assertThat(CksCatalog.nameProblem("0-9")).isEmpty();
        assertThat(CksCatalog.nameProblem("a--b")).isEmpty();
        assertThat(CksCatalog.nameProblem("-a")).isPresent();
        assertThat(CksCatalog.nameProblem("a.b")).isPresent();
        assertThat(CksCatalog.nameProblem("")).isPresent();
    }

    @Test
    void upgradesOfferOnlyTheNextMinor() {
        assertThat(CksCatalog.nextVersion("v1.31")).contains("v1.32");
        assertThat(CksCatalog.nextVersion("v1.35")).isEmpty();
        assertThat(CksCatalog.nextVersion("1.31")).isEmpty();
        assertThat(CksCatalog.isUpgradeable("v1.34")).isTrue();
    }

    @Test
    void vpcRules() {
        assertThat(VpcRules.validateCreate(new Vpc.Create("n", "US-EAST-04A", List.of(new Vpc.VpcPrefix("a", "192.168.0.0/24")))))
                .isEmpty();
        assertThat(VpcRules.validateCreate(new Vpc.Create("n", "US-EAST-04A", List.of(new Vpc.VpcPrefix("a", "300.0.0.0/8")))))
                .extracting(FieldViolation::field).containsExactly("vpcPrefixes");
        assertThat(VpcRules.validateCreate(new Vpc.Create(null, null, null)))
                .extracting(FieldViolation::field).containsExactly("name", "zone");
    }
}
