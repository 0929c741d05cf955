package dev.weft.ui;

import dev.weft.api.ApiToken;
import dev.weft.api.cks.CreateClusterRequest;
import dev.weft.api.objectstorage.CreateAccessKeyRequest;
import dev.weft.api.objectstorage.CreatedAccessKey;
import dev.weft.profiles.Profile;
import dev.weft.profiles.ProfileDraft;
import dev.weft.profiles.Provider;
import dev.weft.sandbox.Faults;
import dev.weft.sandbox.Sandbox;
import dev.weft.sandbox.SandboxConfig;
import dev.weft.ui.clusters.ClusterItem;
import dev.weft.ui.common.UiState;
import dev.weft.ui.shell.ShellFixture;
import dev.weft.ui.shell.ShellViewModel;
import dev.weft.ui.tabs.TabViewModel;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A whole session with a known token and a known secret key: a saved profile, every tab, errors,
 * copy as curl, kubeconfig export both ways, S3 credentials export. Then every log line and every file
 * the app wrote is scanned: the token is only in the token store and in the kubeconfig the user chose
 * to embed it in; the secret key only in the credential files the user exported; those files are 0600.
 */
class SecretsScanTest {
    private static final String TOKEN = "CW-SECRET-scan-4f9d2c7b1e8a";

    private final StringBuilder logs = new StringBuilder();
    private final List<String> shown = new ArrayList<>();

    @Test
    void theTokenAndTheSecretKeyGoOnlyWhereTheUserPutThem(@TempDir Path exports) throws Exception {
        FileTime started = FileTime.fromMillis(System.currentTimeMillis() - 1000);
        Sandbox api = Sandbox.start(SandboxConfig.defaults().withTokens(List.of(TOKEN)).withPort(0));
        // A config dir the fixture does not delete when it closes: every file in it is scanned after.
        ShellFixture f = new ShellFixture(java.nio.file.Files.createDirectories(exports.resolve("config")));
        Level wasLevel = Logger.getLogger("").getLevel();
        Handler handler = captureLogs();
        dev.weft.service.LogFile.install(f.configDir); // as the app does: the log file is scanned with the rest
        PrintStream out = System.out;
        PrintStream err = System.err;
        System.setOut(tee(out));
        System.setErr(tee(err));
        String secret;
        Profile mine;
        try {
            ShellViewModel vm = new ShellViewModel(f.services, f.fx, UiState.defaults());
            f.onFx(() -> vm.lastErrorProperty().addListener((o, was, now) -> {
                if (now != null) {
                    shown.add(describe(now));
                }
            }));
            f.onFx(() -> vm.start(ShellViewModel.initialProfiles(f.services.profileStore().load(), Map.of()), null));
            mine = await(vm.save(null, new ProfileDraft("Scan", Provider.COREWEAVE, api.baseUri().toString(), null, TOKEN)));
            f.until(() -> vm.activeProperty().get().equals(mine) && vm.tabs().stream()
                    .allMatch(t -> t.stateProperty().get() == TabViewModel.State.READY));

            // Errors: every request refused by faults, then a create the server rejects.
            api.faults(Faults.parse("error-rate=1"));
            f.onFx(vm::refreshAll);
            f.until(() -> vm.tabs().stream().anyMatch(t -> t.stateProperty().get() == TabViewModel.State.FAILED));
            api.faults(Faults.NONE);
            await(f.onFx(vm::refreshAll));
            Throwable refused = vm.clusters().create(CreateClusterRequest.minimal("Bad_Name", "US-EAST-04A", "nope", "v1.34",
                    "pod-cidr", "service-cidr", List.of())).handle((c, e) -> e).get(20, TimeUnit.SECONDS);
            assertThat(refused).isNotNull();
            shown.add(describe(refused));

            // Copy as curl, from every tab.
            List<String> curls = List.of(vm.clusters().curlForList(),
                    vm.clusters().curlForCreate(CreateClusterRequest.minimal("c", "US-EAST-04A", "v", "v1.34", "p", "s", List.of())),
                    vm.accessKeys().curlCreate(CreateAccessKeyRequest.temporary(600)), vm.accessKeys().curlRevoke("CWKEY"),
                    vm.policies().curlDelete("org-admins"));
            assertThat(curls).allSatisfy(c -> assertThat(c).contains("$COREWEAVE_API_TOKEN").doesNotContain(TOKEN));
            assertThat(curls).as("and as PowerShell's commands").allSatisfy(c -> assertThat(dev.weft.api.PowerShellCommand.render(
                    dev.weft.api.CurlCommand.parse(c).orElseThrow())).contains("$env:COREWEAVE_API_TOKEN").doesNotContain(TOKEN));

            // Kubeconfig, both ways, and S3 credentials.
            ClusterItem running = f.onFx(() -> vm.clusters().items().stream()
                    .filter(i -> i.row().running()).findFirst().orElseThrow());
            await(vm.clusters().exportKubeconfig(running, exports.resolve("exec.yaml"), false, false, true));
            await(vm.clusters().exportKubeconfig(running, exports.resolve("embedded.yaml"), false, true, true));
            CreatedAccessKey key = await(vm.accessKeys().create(CreateAccessKeyRequest.temporary(600)));
            secret = key.secretKey();
            await(vm.accessKeys().saveAwsProfile(dev.weft.service.S3CredentialFiles.AwsFiles.in(exports.resolve("aws")), key, "weft", "US-EAST-04A"));
            await(vm.accessKeys().saveRcloneRemote(exports.resolve("rclone.conf"), key, "weft", "US-EAST-04A"));
            // The Buckets tab's AWS profile, which runs the helper: neither the token nor a key in it.
            await(vm.buckets().writeAwsProfile(dev.weft.service.S3CredentialFiles.AwsFiles.in(exports.resolve("aws-helper")),
                    f.onFx(() -> vm.buckets().items().get(0).info())));
            assertThat(f.tokens.get(mine.id())).as("the token is in the token store").contains(ApiToken.of(TOKEN));
        } finally {
            System.setOut(out);
            System.setErr(err);
            Logger.getLogger("").removeHandler(handler);
            dev.weft.service.LogFile.close();
            Logger.getLogger("").setLevel(wasLevel);
            f.close();
            api.close();
        }

        assertThat(logs.toString()).as("logs").doesNotContain(TOKEN).doesNotContain(secret);
        assertThat(shown).as("errors shown").isNotEmpty().allSatisfy(s -> assertThat(s).doesNotContain(TOKEN).doesNotContain(secret));

        java.util.Set<Path> written = new java.util.LinkedHashSet<>(filesUnder(f.configDir, started));
        written.addAll(filesUnder(exports, started));
        written.addAll(filesUnder(Path.of(System.getProperty("java.io.tmpdir")), started));
        assertThat(written).as("the session wrote files").isNotEmpty()
                .contains(f.configDir.resolve("logs").resolve("weft-0.log"));
        assertThat(Files.readString(f.configDir.resolve("logs").resolve("weft-0.log"))).as("the log file, with the session's requests")
                .contains("GET /v1beta1/cks/clusters -> 200");
        List<Path> withToken = new ArrayList<>();
        List<Path> withSecret = new ArrayList<>();
        for (Path p : written) {
            String text = new String(Files.readAllBytes(p), java.nio.charset.StandardCharsets.ISO_8859_1);
            if (text.contains(TOKEN)) {
                withToken.add(p);
            }
            if (text.contains(secret)) {
                withSecret.add(p);
            }
        }
        assertThat(written).as("the AWS profile that runs the helper was written, and scanned")
                .contains(exports.resolve("aws-helper").resolve("config"));
        assertThat(withToken).as("files holding the token").containsExactly(exports.resolve("embedded.yaml"));
        assertThat(withSecret).as("files holding the secret key")
                .containsExactlyInAnyOrder(exports.resolve("aws").resolve("credentials"), exports.resolve("rclone.conf"));
        for (Path p : List.of(exports.resolve("embedded.yaml"), exports.resolve("aws").resolve("credentials"), exports.resolve("rclone.conf"))) {
            assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(p))).as(p + " is owner-only").isEqualTo("rw-------");
        }
    }

    private static <T> T await(CompletableFuture<T> f) throws Exception {
        return f.get(30, TimeUnit.SECONDS);
    }

    private static String describe(Throwable t) {
        StringWriter w = new StringWriter();
        t.printStackTrace(new PrintWriter(w));
        return t + "\n" + t.getMessage() + "\n" + w;
    }

    /** Every record at every level, from every logger, with its stack trace. */
    private Handler captureLogs() {
        Handler h = new Handler() {
            @Override
            public void publish(LogRecord r) {
                synchronized (logs) {
                    logs.append(r.getLoggerName()).append(' ').append(r.getMessage()).append(' ')
                            .append(java.util.Arrays.toString(r.getParameters())).append('\n');
                    if (r.getThrown() != null) {
                        logs.append(describe(r.getThrown()));
                    }
                }
            }

            @Override
            public void flush() {
            }

            @Override
            public void close() {
            }
        };
        h.setLevel(Level.ALL);
        Logger root = Logger.getLogger("");
        root.setLevel(Level.ALL);
        root.addHandler(h);
        return h;
    }

    private PrintStream tee(PrintStream original) {
        return new PrintStream(new OutputStream() {
            @Override
            public void write(int b) {
                original.write(b);
                synchronized (logs) {
                    logs.append((char) b);
                }
            }
        }, true);
    }

    /** Regular files modified since {@code since}; folders that cannot be read are passed over. */
    private static List<Path> filesUnder(Path dir, FileTime since) throws IOException {
        List<Path> found = new ArrayList<>();
        Files.walkFileTree(dir, new java.nio.file.SimpleFileVisitor<>() {
            @Override
            public java.nio.file.FileVisitResult visitFile(Path file, java.nio.file.attribute.BasicFileAttributes a) {
                if (a.isRegularFile() && a.lastModifiedTime().compareTo(since) >= 0 && a.size() < 50_000_000 && Files.isReadable(file)) {
                    found.add(file);
                }
                return java.nio.file.FileVisitResult.CONTINUE;
            }

            @Override
            public java.nio.file.FileVisitResult visitFileFailed(Path file, IOException e) {
                return java.nio.file.FileVisitResult.CONTINUE;
            }
        });
        return found;
    }
}
