package dev.weft.service;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.weft.api.ApiClient;
import dev.weft.api.ApiException;
import dev.weft.api.Json;
import dev.weft.api.RetryPolicy;
import dev.weft.api.objectstorage.AccessKeyInfo;
import dev.weft.api.objectstorage.CreateAccessKeyRequest;
import dev.weft.api.objectstorage.CreatedAccessKey;
import dev.weft.api.objectstorage.ObjectStorageApi;
import dev.weft.profiles.ConfigDir;
import dev.weft.profiles.Profile;
import dev.weft.profiles.TokenStore;

import java.io.PrintStream;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;

/**
 * {@code weft s3-credentials --profile NAME [--profile-id ID] [--duration S] [--fresh]}: prints a temporary access key in the AWS
 * {@code credential_process} format, so the AWS CLI, boto3 and rclone can use CoreWeave storage without a
 * secret in their configuration. The key is minted with the profile's token; for a profile whose token is in
 * the keychain, the key is kept there too and printed again by the next calls while it is still active and has
 * longer to live than the AWS tools' refresh window ({@link S3KeyCache}); {@code --fresh} always mints.
 */
public final class S3CredentialsCommand {
    public static final String USAGE = "usage: weft s3-credentials --profile NAME [--profile-id ID] [--duration SECONDS] [--fresh]";
    public static final long DEFAULT_SECONDS = 3600;

    private S3CredentialsCommand() {
    }

    public static int run(List<String> args, PrintStream out, PrintStream err) {
        return run(args, out, err, ConfigDir.resolve(), System.getenv(), ProfileTokens::keychain, Clock.systemUTC());
    }

    static int run(List<String> args, PrintStream out, PrintStream err, Path configDir, Map<String, String> env,
                   ProfileTokens.Store store, Clock clock) {
        String name = null;
        String id = null;
        long seconds = DEFAULT_SECONDS;
        boolean fresh = false;
        for (int i = 0; i < args.size(); i++) {
            String a = args.get(i);
            if ((a.equals("--profile") || a.equals("--profile-id") || a.equals("--duration")) && i + 1 >= args.size()) {
                return usage(err, a + " needs a value");
            }
            switch (a) {
                case "--profile" -> name = args.get(++i);
                case "--profile-id" -> id = args.get(++i);
                case "--fresh" -> fresh = true;
                case "--duration" -> {
                    try {
                        seconds = Long.parseLong(args.get(++i));
                    } catch (NumberFormatException e) {
                        return usage(err, "--duration must be a whole number of seconds");
                    }
                    if (seconds < 1) {
                        return usage(err, "--duration must be at least 1 second (0 would mint a permanent key)");
                    }
                }
                default -> {
                    return usage(err, ProfileTokens.unknownOption(a));
                }
            }
        }
        if (name == null || name.isBlank()) {
            return usage(err, "--profile NAME is required");
        }
        ProfileTokens.Result r = ProfileTokens.resolve(name, id, configDir, env, store);
        if (r.found().isEmpty()) {
            err.println("weft s3-credentials: " + r.problem());
            return 1;
        }
        ProfileTokens.Found found = r.found().get();
        Profile p = found.profile();
        if (p.isSandbox() || p.endpoint() == null) {
            err.println("weft s3-credentials: the sandbox profile runs inside the Weft window; run `weft emulator` "
                    + "and add a profile for it to use this from the command line");
            return 1;
        }
        ApiClient client = ApiClient.builder(p.endpoint()).token(found.token()).retry(RetryPolicy.none()).build();
        ObjectStorageApi storage = new ObjectStorageApi(client);
        S3KeyCache kept = found.keychain() == null ? null : new S3KeyCache(found.keychain(), p.id(), found.token());
        try (TokenStore keychain = found.keychain()) {
            if (kept != null && !fresh) {
                Optional<CreatedAccessKey> again = kept.usable(clock.instant(), seconds).filter(k -> stillActive(storage, k));
                if (again.isPresent()) {
                    out.println(Json.MAPPER.writeValueAsString(credentialProcess(again.get())));
                    return 0;
                }
            }
            // Named, so that in the organization's list (Weft's Access Keys tab) the key says where it came from.
            CreatedAccessKey key = storage.createAccessKey(new CreateAccessKeyRequest(seconds,
                    Map.of("name", "weft s3-credentials", "profile", p.name()))).get(60, TimeUnit.SECONDS);
            if (kept != null) {
                kept.keep(key);
            }
            out.println(Json.MAPPER.writeValueAsString(credentialProcess(key)));
            return 0;
        } catch (ExecutionException e) {
            String why = e.getCause() instanceof ApiException a ? a.userMessage() : String.valueOf(e.getCause().getMessage());
            err.println("weft s3-credentials: no key was minted: " + why);
            return 1;
        } catch (Exception e) {
            err.println("weft s3-credentials: no key was minted (" + e.getClass().getSimpleName() + ")");
            return 1;
        }
    }

    /** Whether the server still has the kept key active (not revoked in Weft meanwhile); unsure counts as no. */
    private static boolean stillActive(ObjectStorageApi storage, CreatedAccessKey key) {
        try {
            return AccessKeyInfo.ACTIVE.equals(storage.getAccessKey(key.accessKeyId()).get(60, TimeUnit.SECONDS).status());
        } catch (Exception e) {
            return false;
        }
    }

    /** AWS's credential_process format, version 1. */
    static ObjectNode credentialProcess(CreatedAccessKey key) {
        ObjectNode o = Json.MAPPER.createObjectNode();
        o.put("Version", 1);
        o.put("AccessKeyId", key.accessKeyId());
        o.put("SecretAccessKey", key.secretKey());
        if (key.expiry() != null && !key.permanent()) {
            o.put("Expiration", key.expiry().toString());
        }
        return o;
    }

    private static int usage(PrintStream err, String problem) {
        err.println("weft s3-credentials: " + problem);
        err.println(USAGE);
        return 2;
    }
}
