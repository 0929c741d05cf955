package dev.weft.api;

import dev.weft.api.cks.CksApi;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * Lists the clusters at an endpoint as Weft does, in a JVM of its own whose environment the test sets (proxies,
 * certificates: read once per process), and says how many, or the error a user would read, after a line for
 * each retry.
 */
public final class ListClustersProcess {
    private ListClustersProcess() {
    }

    /** Runs it with only these network variables in its environment; returns what it printed. */
    static String run(String api, Map<String, String> env) throws Exception {
        ProcessBuilder pb = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), ListClustersProcess.class.getName(), api).redirectErrorStream(true);
        pb.environment().keySet().removeIf(k -> k.toLowerCase(Locale.ROOT).matches("https?_proxy|no_proxy|all_proxy|ssl_cert_(file|dir)"));
        pb.environment().putAll(env);
        Process p = pb.start();
        String said = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
        if (!p.waitFor(60, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            throw new AssertionError("the process did not end: " + said);
        }
        return said;
    }

    public static void main(String[] args) {
        ApiClient client = ApiClient.builder(URI.create(args[0])).token(ApiToken.of("CW-SECRET-token")).listener(new RequestListener() {
            @Override
            public void retrying(ApiRequest request, int attempt, String reason) {
                System.out.println("retrying: " + reason);
            }
        }).build();
        try {
            System.out.println(new CksApi(client).list().get(60, TimeUnit.SECONDS).size() + " clusters");
        } catch (Exception e) {
            System.out.println(e.getCause() instanceof ApiException a ? a.userMessage() : String.valueOf(e));
        }
        System.exit(0);
    }
}
