package dev.weft.service;

import dev.weft.api.Json;
import dev.weft.domain.kubeconfig.Kubeconfigs;
import dev.weft.profiles.ConfigDir;
import dev.weft.profiles.TokenStore;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

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
        return run(args, out, err, ConfigDir.resolve(), System.getenv(), ProfileTokens::keychain);
    }

    static int run(List<String> args, PrintStream out, PrintStream err, Path configDir, Map<String, String> env,
                   ProfileTokens.Store store) {
        if (args.size() != 2 || !args.get(0).equals("--profile") || args.get(1).isBlank()) {
            err.println("weft token: " + (args.contains("--profile") ? "--profile needs a name" : "--profile NAME is required"));
            err.println(USAGE);
            return 2;
        }
        ProfileTokens.Result r = ProfileTokens.resolve(args.get(1), configDir, env, store);
        if (r.found().isEmpty()) {
            err.println("weft token: " + r.problem());
            return 1;
        }
        try (TokenStore keychain = r.found().get().keychain()) {
            out.println(Json.MAPPER.writeValueAsString(Kubeconfigs.execCredential(r.found().get().token().reveal())));
            return 0;
        } catch (Exception e) {
            err.println("weft token: could not write the credential");
            return 1;
        }
    }
}
