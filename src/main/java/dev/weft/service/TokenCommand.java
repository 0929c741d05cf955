package dev.weft.service;

import dev.weft.api.ApiToken;
import dev.weft.api.Json;
import dev.weft.domain.kubeconfig.Kubeconfigs;
import dev.weft.profiles.ConfigDir;
import dev.weft.profiles.EnvironmentProfile;
import dev.weft.profiles.Profile;
import dev.weft.profiles.ProfileStore;
import dev.weft.profiles.TokenStore;
import dev.weft.profiles.TokenStores;
import dev.weft.sandbox.SandboxConfig;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

/**
 * {@code weft token --profile NAME}: prints a Kubernetes ExecCredential with the profile's token,
 * read from the keychain, so a kubeconfig can name this command instead of holding the token.
 * Everything else goes to stderr, with a non-zero exit, so kubectl shows the reason.
 */
public final class TokenCommand {
    public static final String USAGE = "usage: weft token --profile NAME";

    private TokenCommand() {
    }

    public static int run(List<String> args, PrintStream out, PrintStream err) {
        return run(args, out, err, ConfigDir.resolve(), System.getenv(), () -> probe());
    }

    interface Store {
        TokenStore get() throws Exception;
    }

    static int run(List<String> args, PrintStream out, PrintStream err, Path configDir, Map<String, String> env, Store store) {
        if (args.size() != 2 || !args.get(0).equals("--profile") || args.get(1).isBlank()) {
            err.println("weft token: " + (args.contains("--profile") ? "--profile needs a name" : "--profile NAME is required"));
            err.println(USAGE);
            return 2;
        }
        String name = args.get(1);
        Optional<Map.Entry<Profile, ApiToken>> fromEnv = EnvironmentProfile.from(env)
                .filter(e -> e.getKey().name().equals(name) || e.getKey().id().equals(name));
        Optional<ApiToken> token;
        if (fromEnv.isPresent()) {
            token = Optional.of(fromEnv.get().getValue());
        } else {
            ProfileStore.Loaded loaded = new ProfileStore(configDir).load();
            Optional<Profile> profile = loaded.profiles().stream()
                    .filter(p -> p.name().equals(name) || p.id().equals(name)).findFirst();
            if (profile.isEmpty()) {
                err.println("weft token: no profile named \"" + name + "\" in " + configDir.resolve(ProfileStore.FILE));
                return 1;
            }
            if (profile.get().isSandbox()) {
                token = Optional.of(ApiToken.of(SandboxConfig.DEFAULT_TOKEN));
            } else {
                try {
                    TokenStore tokens = store.get();
                    if (!tokens.persistent()) {
                        err.println("weft token: " + tokens.describe());
                        return 1;
                    }
                    token = tokens.get(profile.get().id());
                } catch (Exception e) {
                    err.println("weft token: the keychain could not be read (" + e.getClass().getSimpleName() + ")");
                    return 1;
                }
            }
            if (token.isEmpty()) {
                err.println("weft token: the keychain holds no token for profile \"" + name + "\"; set it in Weft");
                return 1;
            }
        }
        try {
            out.println(Json.MAPPER.writeValueAsString(Kubeconfigs.execCredential(token.get().reveal())));
            return 0;
        } catch (Exception e) {
            err.println("weft token: could not write the credential");
            return 1;
        }
    }

    private static TokenStore probe() throws Exception {
        ExecutorService executor = Executors.newSingleThreadExecutor(r -> {
            Thread t = new Thread(r, "weft-token-keychain");
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
