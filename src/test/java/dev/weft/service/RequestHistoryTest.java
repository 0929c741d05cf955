package dev.weft.service;

import dev.weft.api.ApiClient;
import dev.weft.api.ApiToken;
import dev.weft.api.RequestListener;
import dev.weft.api.RetryPolicy;
import dev.weft.api.cks.CksApi;
import dev.weft.sandbox.Faults;
import dev.weft.testing.SandboxFixture;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.List;

import static dev.weft.testing.SandboxFixture.await;
import static dev.weft.testing.SandboxFixture.failure;
import static org.assertj.core.api.Assertions.assertThat;

/** The requests window's list, made by a real client against the sandbox. */
class RequestHistoryTest {
    private final SandboxFixture f = SandboxFixture.withSampleData();
    private final RequestHistory history = new RequestHistory(3);
    private final RequestCounter counter = new RequestCounter(n -> { });
    private final CksApi cks = new CksApi(ApiClient.builder(f.sandbox.baseUri()).token(ApiToken.of("sandbox-token"))
            .retry(new RetryPolicy(3, Duration.ofMillis(10), Duration.ofMillis(20))).listener(RequestListener.all(counter, history.from("Prod"))).build());

    @AfterEach
    void close() {
        f.close();
    }

    @Test
    void eachFinishedRequestIsListedNewestFirstWithItsStatusAttemptsAndTheServersRequestId() {
        await(cks.list());
        failure(cks.get("no-such-cluster"));
        f.sandbox.faults(Faults.parse("reset-rate=1")); // every connection dropped
        failure(cks.list());
        f.sandbox.faults(Faults.NONE);

        List<RequestHistory.Entry> recent = history.recent();
        assertThat(recent).extracting(RequestHistory.Entry::operation)
                .containsExactly("GET /v1beta1/cks/clusters", "GET /v1beta1/cks/clusters/no-such-cluster", "GET /v1beta1/cks/clusters");
        RequestHistory.Entry faulty = recent.get(0);
        assertThat(faulty.ok()).isFalse();
        assertThat(faulty.attempts()).as("a read, tried again as the policy allows").isEqualTo(3);
        assertThat(faulty.status()).as("no answer came").isZero();
        assertThat(faulty.requestId()).isNull();
        RequestHistory.Entry missing = recent.get(1);
        assertThat(missing.status()).isEqualTo(404);
        assertThat(missing.attempts()).isEqualTo(1);
        assertThat(missing.requestId()).as("the server's, as a support ticket asks for").isNotBlank();
        assertThat(recent).extracting(RequestHistory.Entry::profile).as("the profile that asked").containsOnly("Prod");
        RequestHistory.Entry listed = recent.get(2);
        assertThat(listed.ok()).isTrue();
        assertThat(listed.status()).isEqualTo(200);
        assertThat(listed.requestId()).isNotBlank().isNotEqualTo(missing.requestId());
        assertThat(listed.took()).isPositive();
        assertThat(counter.inFlight()).as("the count heard them all end too").isZero();

        await(cks.list());
        assertThat(history.recent()).as("the last three kept").hasSize(3).first()
                .satisfies(e -> assertThat(e.ok()).isTrue());
        assertThat(history.recent().get(2)).isSameAs(missing);
    }
}
