package dev.weft.profiles;

import com.github.javakeyring.Keyring;

import java.time.Duration;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.concurrent.TimeUnit;

/**
 * Finds out, once and off the FX thread, whether a usable keychain exists. It writes, reads and
 * deletes a probe entry, with a time limit: on Linux a missing D-Bus throws at once, but a locked
 * keyring can hang or fail only at the first write. Any failure means session-only tokens.
 */
public final class TokenStores {
    public static final Duration PROBE_TIMEOUT = Duration.ofSeconds(5);
    /**
     * The Secret Service libraries log (through SLF4J, into java.util.logging as Weft's own records go) every
     * D-Bus connection and every keychain item made or deleted at INFO: two lines on the terminal for each
     * token saved. Their warnings still show. Held here, before the first keychain call, so the setting is
     * neither too late nor lost with a logger nobody references.
     */
    static final java.util.logging.Logger SECRET_SERVICE_LOGS = java.util.logging.Logger.getLogger("org.freedesktop");

    static {
        SECRET_SERVICE_LOGS.setLevel(java.util.logging.Level.WARNING);
    }

    private TokenStores() {
    }

    public static CompletableFuture<TokenStore> probe(Executor executor) {
        return probe(executor, KeychainTokenStore.SERVICE);
    }

    public static CompletableFuture<TokenStore> probe(Executor executor, String service) {
        return probe(executor, () -> tryKeychain(service), PROBE_TIMEOUT);
    }

    /** The keychain {@code open} gives, or session-only tokens if it takes longer than {@code limit}. */
    static CompletableFuture<TokenStore> probe(Executor executor, java.util.function.Supplier<TokenStore> open, Duration limit) {
        CompletableFuture<TokenStore> answer = new CompletableFuture<>();
        CompletableFuture.supplyAsync(open, executor).thenAccept(store -> {
            if (!answer.complete(store)) {
                store.close(); // it answered after the time limit: nobody will use it, and it would keep the process
            }
        });
        return answer.completeOnTimeout(new SessionTokenStore("the keychain did not answer in time"),
                limit.toMillis(), TimeUnit.MILLISECONDS);
    }

    private static TokenStore tryKeychain(String service) {
        Keyring keyring = null;
        try {
            keyring = Keyring.create();
            String account = "probe-" + UUID.randomUUID();
            keyring.setPassword(service, account, "probe");
            String back = keyring.getPassword(service, account);
            keyring.deletePassword(service, account);
            if (!"probe".equals(back)) {
                close(keyring);
                return new SessionTokenStore("the keychain did not return what was stored");
            }
            return new KeychainTokenStore(keyring, service);
        } catch (Throwable e) {
            close(keyring);
            return new SessionTokenStore(reason(e));
        }
    }

    /** Closes a keychain connection (see {@link TokenStore#close()}); one that fails to close is let be. */
    static void close(Keyring keyring) {
        if (keyring == null) {
            return;
        }
        try {
            keyring.close();
        } catch (Exception e) {
            System.getLogger(TokenStores.class.getName()).log(System.Logger.Level.DEBUG, "keychain connection not closed: {0}",
                    e.getClass().getSimpleName());
        }
    }

    private static String reason(Throwable e) {
        String name = e.getClass().getSimpleName();
        return switch (name) {
            case "BackendNotSupportedException" -> "this system offers no supported keychain";
            case "NullPointerException", "PasswordAccessException" -> "the keychain is locked or refused access";
            default -> "the keychain failed: " + name;
        };
    }
}
