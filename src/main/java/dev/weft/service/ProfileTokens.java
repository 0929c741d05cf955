package dev.weft.service;

import dev.weft.api.ApiToken;
import dev.weft.profiles.EnvironmentProfile;
import dev.weft.profiles.Profile;
import dev.weft.profiles.ProfileStore;
import dev.weft.profiles.TokenStore;
import dev.weft.profiles.TokenStores;
import dev.weft.sandbox.SandboxConfig;

import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;

/** For the command-line helpers: a profile by name and its token, or a sentence saying why not. */
final class ProfileTokens {
    /** How the helpers reach the token store; tests pass their own. */
    interface Store {
        TokenStore get() throws Exception;
    }

    /**
     * A profile and its token; {@code keychain} is where the token was read, null when not from there: the
     * caller closes it when done ({@link TokenStore#close()}).
     */
    record Found(Profile profile, ApiToken token, TokenStore keychain) {
    }

    /** Either what was found, or the reason for stderr. */
    record Result(Optional<Found> found, String problem) {
        static Result of(Profile p, ApiToken t) {
            return of(p, t, null);
        }

        static Result of(Profile p, ApiToken t, TokenStore keychain) {
            return new Result(Optional.of(new Found(p, t, keychain)), null);
        }

        static Result problem(String why) {
            return new Result(Optional.empty(), why);
        }
    }

    private ProfileTokens() {
    }

    /**
     * The profile asked for: by {@code id} when given — what Weft writes into kubeconfigs and AWS profiles, so they
     * keep working when the profile is renamed, and stop rather than use another account's token when it was removed
     * and another made under its name — else by {@code name} (a name or an id, as a person types it).
     */
    static Result resolve(String name, String id, Path configDir, Map<String, String> env, Store store) {
        Predicate<Profile> wanted = id != null ? p -> p.id().equals(id) : p -> p.name().equals(name) || p.id().equals(name);
        Optional<Map.Entry<Profile, ApiToken>> fromEnv = EnvironmentProfile.all(env).stream()
                .filter(e -> wanted.test(e.getKey())).findFirst();
        if (fromEnv.isPresent()) {
            return Result.of(fromEnv.get().getKey(), fromEnv.get().getValue());
        }
        Path file = configDir.resolve(ProfileStore.FILE);
        Optional<Profile> profile = new ProfileStore(configDir).load().profiles().stream().filter(wanted).findFirst();
        if (profile.isEmpty() && Profile.isSandboxId(id)) {
            // Exporting again would not help: the sandbox runs inside the window, with sample clusters.
            return Result.problem("\"" + name + "\" is Weft's local sandbox: it runs inside the Weft window, and nothing "
                    + "outside it can reach its sample clusters and buckets");
        }
        if (profile.isEmpty()) {
            return Result.problem(id == null ? "no profile named \"" + name + "\" in " + file
                    : "the profile \"" + name + "\" this was exported from is no longer in " + file + "; export it again from Weft");
        }
        if (profile.get().isSandbox()) {
            return Result.of(profile.get(), ApiToken.of(SandboxConfig.DEFAULT_TOKEN));
        }
        try {
            TokenStore tokens = store.get();
            Optional<ApiToken> token = tokens.persistent() ? tokens.get(profile.get().id()) : Optional.empty();
            if (token.isEmpty()) {
                tokens.close();
                return Result.problem(tokens.persistent()
                        ? "the keychain holds no token for profile \"" + profile.get().name() + "\"; set it in Weft"
                        : tokens.describe());
            }
            return Result.of(profile.get(), token.get(), tokens);
        } catch (Exception e) {
            return Result.problem("the keychain could not be read (" + e.getClass().getSimpleName() + ")");
        }
    }

    /**
     * What the helpers say of an argument they do not take: an option by its name, anything else not repeated, since
     * kubectl and the AWS CLI show stderr in their own output and a token pasted in the wrong place would be shown too.
     */
    static String unknownOption(String arg) {
        return arg.length() <= 40 && arg.matches("-{1,2}[A-Za-z][A-Za-z0-9-]*")
                ? "unknown option " + arg : "an argument that is not an option (not shown)";
    }

    /** The real keychain, probed with the usual time limit. */
    static TokenStore keychain() throws Exception {
        ExecutorService executor = Executors.newSingleThreadExecutor(r -> {
            Thread t = new Thread(r, "weft-cli-keychain");
            t.setDaemon(true);
            return t;
        });
        try {
            return TokenStores.probe(executor).get(TokenStores.PROBE_TIMEOUT.toSeconds() + 1, TimeUnit.SECONDS);
        } finally {
            executor.shutdown();
        }
    }
}
