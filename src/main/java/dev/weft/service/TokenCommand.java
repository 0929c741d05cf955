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
 * {@code weft token --profile NAME [--profile-id ID]}: prints a Kubernetes ExecCredential with the profile's token,
 * read from the keychain, so a kubeconfig can name this command instead of holding the token.
 * Everything else goes to stderr, with a non-zero exit, so kubectl shows the reason.
 */
public final class TokenCommand {
    public static final String USAGE = "usage: weft token --profile NAME [--profile-id ID]";

    private TokenCommand() {
    }

    public static int run(List<String> args, PrintStream out, PrintStream err) {
        return run(args, out, err, ConfigDir.resolve(), System.getenv(), ProfileTokens::keychain);
    }

    static int run(List<String> args, PrintStream out, PrintStream err, Path configDir, Map<String, String> env,
                   ProfileTokens.Store store) {
        String name = null;
        String id = null;
        for (int i = 0; i < args.size(); i++) {
            String a = args.get(i);
            if (!a.equals("--profile") && !a.equals("--profile-id")) {
                return usage(err, ProfileTokens.unknownOption(a));
            }
            if (i + 1 >= args.size() || args.get(i + 1).isBlank()) {
                return usage(err, a + (a.equals("--profile") ? " needs a name" : " needs an id"));
            }
            if (a.equals("--profile")) {
                name = args.get(++i);
            } else {
                id = args.get(++i);
            }
        }
        if (name == null) {
            return usage(err, "--profile NAME is required");
        }
        ProfileTokens.Result r = ProfileTokens.resolve(name, id, configDir, env, store);
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

    private static int usage(PrintStream err, String problem) {
        err.println("weft token: " + problem);
        err.println(USAGE);
        return 2;
    }
}
