package dev.weft.service;

import dev.weft.api.ApiRequest;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The status bar's count of requests in flight, and what it says they are. */
class RequestCounterTest {
    private final List<Integer> heard = new ArrayList<>();
    private final RequestCounter counter = new RequestCounter(heard::add);

    @Test
    void saysEachRequestInFlightTheLongestWaitingFirstWithItsAttempt() throws Exception {
        ApiRequest clusters = ApiRequest.get("/v1beta1/cks/clusters");
        ApiRequest again = ApiRequest.get("/v1beta1/cks/clusters"); // the same list asked twice: two requests
        ApiRequest keys = ApiRequest.get("/v1/cwobject/access-key");
        counter.started(clusters);
        Thread.sleep(5);
        counter.started(again);
        Thread.sleep(5);
        counter.started(keys);
        counter.retrying(keys, 2, "HTTP 503");
        List<String> said = counter.waitingFor(Instant.now().plusSeconds(12));
        assertThat(said).containsExactly("GET /v1beta1/cks/clusters · 12 s", "GET /v1beta1/cks/clusters · 12 s",
                "GET /v1/cwobject/access-key · 12 s · attempt 2");

        counter.finished(clusters, 200, true);
        counter.finished(keys, 503, false);
        assertThat(counter.waitingFor(Instant.now())).containsExactly("GET /v1beta1/cks/clusters · 0 s");
        assertThat(heard).containsExactly(1, 2, 3, 2, 1);
        counter.finished(again, 200, true);
        assertThat(counter.waitingFor(Instant.now())).isEmpty();
        assertThat(counter.inFlight()).isZero();
    }
}
