package dev.weft.profiles;

import dev.weft.api.ApiToken;
import org.junit.jupiter.api.Test;

import java.util.UUID;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * A token through the real OS keychain (Secret Service on Linux). CI starts gnome-keyring and sets
 * WEFT_REQUIRE_KEYCHAIN=1, which turns "no keychain here" from a skip into a failure.
 */
class KeychainTokenStoreTest {
    private static final String TEST_SERVICE = "Weft-test";

    @Test
    void storesReadsAndDeletesATokenInTheRealKeychainAndTheTerminalHearsNothingOfIt() throws Exception {
        // What the keychain libraries log, as a terminal would show it (java.util.logging's console is at INFO).
        java.util.List<String> told = new java.util.concurrent.CopyOnWriteArrayList<>();
        java.util.logging.Handler terminal = new java.util.logging.Handler() {
            @Override
            public void publish(java.util.logging.LogRecord r) {
                if (r.getLevel().intValue() >= java.util.logging.Level.INFO.intValue()) {
                    told.add(r.getLoggerName() + ": " + r.getMessage());
                }
            }

            @Override
            public void flush() {
            }

            @Override
            public void close() {
            }
        };
        java.util.logging.Logger.getLogger("").addHandler(terminal);
        try {
            storeReadAndDelete();
        } finally {
            java.util.logging.Logger.getLogger("").removeHandler(terminal);
        }
        assertThat(told).as("two lines on the terminal for every token saved, read or deleted").isEmpty();
    }

    private void storeReadAndDelete() throws Exception {
        TokenStore store = TokenStores.probe(Executors.newSingleThreadExecutor(), TEST_SERVICE).get(10, TimeUnit.SECONDS);
        if (!store.persistent()) {
            if ("1".equals(System.getenv("WEFT_REQUIRE_KEYCHAIN"))) {
                fail("WEFT_REQUIRE_KEYCHAIN=1 but no keychain is usable: " + store.describe());
            }
            assumeTrue(false, "No keychain on this machine (" + store.describe() + "); CI runs this against gnome-keyring.");
        }
        String profile = "test-" + UUID.randomUUID();
        ApiToken token = ApiToken.of("CW-SECRET-keychain-test-" + UUID.randomUUID());
        store.put(profile, token);

        TokenStore fresh = TokenStores.probe(Executors.newSingleThreadExecutor(), TEST_SERVICE).get(10, TimeUnit.SECONDS);
        assertThat(fresh.get(profile)).as("read back through a new connection, not a cache").contains(token);

        store.delete(profile);
        TokenStore after = TokenStores.probe(Executors.newSingleThreadExecutor(), TEST_SERVICE).get(10, TimeUnit.SECONDS);
        assertThat(after.get(profile)).isEmpty();
        assertThat(store.describe()).contains("keychain");
    }
}
