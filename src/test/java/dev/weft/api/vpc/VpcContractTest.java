package dev.weft.api.vpc;

import dev.weft.api.ApiException;
import dev.weft.api.FieldViolation;
import dev.weft.api.GrpcCode;
import dev.weft.api.cks.CksApi;
import dev.weft.api.cks.Cluster;
import dev.weft.api.cks.CreateClusterRequest;
import dev.weft.testing.SandboxFixture;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.List;

import static dev.weft.testing.SandboxFixture.await;
import static dev.weft.testing.SandboxFixture.failure;
import static org.assertj.core.api.Assertions.assertThat;

class VpcContractTest {
    private SandboxFixture f;
    private VpcApi vpcs;

    @BeforeEach
    void start() {
        f = SandboxFixture.empty();
        vpcs = new VpcApi(f.client);
    }

    @AfterEach
    void stop() {
        f.close();
    }

    private static Vpc.Create create(String name) {
        return new Vpc.Create(name, "US-EAST-04A", List.of(new Vpc.VpcPrefix("pods", "10.1.0.0/16"),
                new Vpc.VpcPrefix("services", "10.2.0.0/16"), new Vpc.VpcPrefix("lbs", "10.3.0.0/22")));
    }

    @Test
    void anEmptySandboxHasNoVpcs() {
        assertThat(await(vpcs.list())).isEmpty();
    }

    @Test
    void createGoesFromCreatingToReady() {
        Vpc v = await(vpcs.create(create("net-a")));
        assertThat(v.status()).isEqualTo(Vpc.CREATING);
        assertThat(v.vpcPrefixes()).extracting(Vpc.VpcPrefix::name).containsExactly("pods", "services", "lbs");
        f.clock.advance(SandboxFixture.PROVISIONING.dividedBy(4).plusSeconds(1));
        assertThat(await(vpcs.get(v.id())).status()).isEqualTo(Vpc.READY);
        assertThat(await(vpcs.list())).extracting(Vpc::name).containsExactly("net-a");
    }

    @Test
    void rulesAndConflicts() {
        ApiException bad = failure(vpcs.create(new Vpc.Create("Bad Name", "NOWHERE",
                List.of(new Vpc.VpcPrefix("a", "10.0.0.0/33"), new Vpc.VpcPrefix("a", "10.0.0.0/8")))));
        assertThat(bad.fieldViolations()).extracting(FieldViolation::field).contains("name", "zone", "vpcPrefixes");
        await(vpcs.create(create("net-a")));
        assertThat(failure(vpcs.create(create("net-a"))).httpStatus()).isEqualTo(409);
        assertThat(failure(vpcs.get("nope")).httpStatus()).isEqualTo(404);
    }

    @Test
    void aVpcInUseCannotBeDeletedUntilItsClustersAreGone() {
        Vpc v = await(vpcs.create(create("net-b")));
        CksApi cks = new CksApi(f.client);
        Cluster c = await(cks.create(CreateClusterRequest.minimal("on-b", "US-EAST-04A", v.id(), "v1.35", "pods",
                "services", List.of("lbs"))));
        ApiException inUse = failure(vpcs.delete(v.id()));
        assertThat(inUse.httpStatus()).isEqualTo(400);
        assertThat(inUse.grpcCode()).isEqualTo(GrpcCode.FAILED_PRECONDITION);
        assertThat(inUse.serverMessage()).contains("on-b");

        f.afterProvisioning();
        await(cks.delete(c.id()));
        f.afterProvisioning();
        assertThat(await(vpcs.delete(v.id())).status()).isEqualTo(Vpc.DELETING);
        f.afterProvisioning();
        assertThat(failure(vpcs.get(v.id())).isNotFound()).isTrue();
    }
}
