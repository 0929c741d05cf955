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

    /** Skips where there is no keychain, unless CI asked for one. */
    private static void requireKeychain(boolean usable, String why) {
        if (!usable) {
            if ("1".equals(System.getenv("WEFT_REQUIRE_KEYCHAIN"))) {
                fail("WEFT_REQUIRE_KEYCHAIN=1 but no keychain is usable: " + why);
            }
            assumeTrue(false, "No keychain on this machine (" + why + "); CI runs this against gnome-keyring.");
        }
    }

    private void storeReadAndDelete() throws Exception {
        TokenStore store = TokenStores.probe(Executors.newSingleThreadExecutor(), TEST_SERVICE).get(10, TimeUnit.SECONDS);
        requireKeychain(store.persistent(), store.describe());
        String profile = "test-" + UUID.randomUUID();
        ApiToken token = ApiToken.of("CW-SECRET-keychain-test-" + UUID.randomUUID());
        store.put(profile, token);

        TokenStore fresh = TokenStores.probe(Executors.newSingleThreadExecutor(), TEST_SERVICE).get(10, TimeUnit.SECONDS);
        assertThat(fresh.get(profile)).as("read back through a new connection, not a cache").contains(token);

        store.delete(profile);
        TokenStore after = TokenStores.probe(Executors.newSingleThreadExecutor(), TEST_SERVICE).get(10, TimeUnit.SECONDS);
        assertThat(after.get(profile)).isEmpty();
        assertThat(store.describe()).contains("keychain");
        for (TokenStore t : java.util.List.of(store, fresh, after)) {
            t.close();
        }
    }

    /**
     * On a desktop with a keychain, Weft's process lingered for good after its window was closed (the Secret
     * Service's D-Bus threads never end by themselves): closing the services now closes the keychain too.
     */
    @Test
    void aWeftProcessThatOpenedTheKeychainEndsWhenItsServicesClose() throws Exception {
        Process p = new ProcessBuilder(java.nio.file.Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), OpenAndCloseServices.class.getName(), TEST_SERVICE)
                .redirectErrorStream(true).start();
        try {
            java.io.BufferedReader said = new java.io.BufferedReader(new java.io.InputStreamReader(p.getInputStream(),
                    java.nio.charset.StandardCharsets.UTF_8));
            String keychain = java.util.concurrent.CompletableFuture.supplyAsync(() -> said.lines()
                    .filter(l -> l.startsWith("keychain: ")).findFirst().orElse("keychain: none")).get(30, TimeUnit.SECONDS);
            requireKeychain(keychain.startsWith("keychain: true"), keychain);
            assertThat(p.waitFor(20, TimeUnit.SECONDS)).as("the process ended once its services were closed").isTrue();
        } finally {
            p.destroyForcibly();
        }
    }
}
