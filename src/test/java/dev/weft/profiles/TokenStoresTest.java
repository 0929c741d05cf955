package dev.weft.profiles;

import dev.weft.api.ApiToken;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/** Finding the keychain, without a real one: what happens when it answers too late. */
class TokenStoresTest {
    /**
     * A locked keyring can answer long after Weft gave up on it and went on with session-only tokens; that late
     * connection is closed, or its D-Bus threads would keep the process alive after its window closed.
     */
    @Test
    void aKeychainThatAnswersAfterTheTimeLimitIsClosedNotKept() throws Exception {
        CountDownLatch closed = new CountDownLatch(1);
        TokenStore late = new TokenStore() {
            public Optional<ApiToken> get(String profileId) { return Optional.empty(); }
            public void put(String profileId, ApiToken token) { }
            public void delete(String profileId) { }
            public boolean persistent() { return true; }
            public String describe() { return "a keychain that answered late"; }
            public void close() { closed.countDown(); }
        };
        TokenStore answer = TokenStores.probe(Executors.newSingleThreadExecutor(), () -> {
            sleep(600);
            return late;
        }, Duration.ofMillis(100)).get(5, TimeUnit.SECONDS);
        assertThat(answer.persistent()).as("tokens for the session only, after the time limit").isFalse();
        assertThat(answer.describe()).contains("did not answer in time");
        assertThat(closed.await(5, TimeUnit.SECONDS)).as("the late keychain connection closed").isTrue();
    }

    private static void sleep(long ms) {
        try {
            Thread.sleep(ms);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
