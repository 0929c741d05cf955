package dev.weft.bench;

import dev.weft.profiles.ProfileDraft;
import dev.weft.profiles.Provider;
import dev.weft.sandbox.Faults;
import dev.weft.sandbox.SandboxConfig;
import dev.weft.service.Session;
import dev.weft.ui.accesskeys.AccessKeysViewModel;
import dev.weft.ui.shell.ShellFixture;
import dev.weft.ui.shell.ShellViewModel;
import dev.weft.ui.tabs.TabViewModel;
import javafx.animation.AnimationTimer;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.control.TabPane;
import javafx.stage.Stage;

import java.lang.management.ManagementFactory;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;

/**
 * Weft's benchmarks, run by {@code mvn -Pbenchmarks -DskipTests verify} (results in docs/benchmarks.md).
 * They drive the real window (headless, software rendering) on the in-process sandbox and print their
 * figures; they assert nothing: the tests check behaviour, these measure it.
 * <ul>
 * <li>scale: 100,000 access keys: the tab's load (request to rows shown) against curl downloading the
 * same answer; a filter keystroke; the heap once loaded;</li>
 * <li>link: the same load against curl with the sandbox sending at 100 Mbit/s (its bandwidth fault), as
 * over a real network;</li>
 * <li>refresh: the four tabs refreshed one after another and all at once, every answer 300 ms late;</li>
 * <li>policy: a long access policy (100 and 300 statements) opened in the visual editor and edited: the FX
 * thread's time and the longest time without a pulse, which is how long the window stood still;</li>
 * <li>soak: a long session's memory: the profile switched back and forth and every tab refreshed, hundreds of
 * times, the heap after a collection printed as it goes, with how many of the sessions left behind are still held;</li>
 * <li>micro: the JMH benchmarks ({@code *Benchmark} in the test sources): the key list's parse alone, and
 * the table's merge and search alone, each in JVMs of their own.</li>
 * </ul>
 */
public final class Benchmarks {
    private static final int KEYS = 100_000;
    /**
     * Loads a figure, after one to warm up; {@code -Dbench.runs=N} for more (the JIT settles over ~8 loads:
     * from 20 on, the figure without the first {@value #JIT_LOADS} is printed too).
     */
    private static final int RUNS = Integer.getInteger("bench.runs", 11);
    /** Loads left out of a long run's settled figure: the JIT compiles the parse over the first ~8. */
    private static final int JIT_LOADS = 10;
    /** How long the sandbox is left alone before each request of the load's figures. */
    private static final long SETTLE_MS = 500;
    /** A link as an office or a home has to a cloud API, for the load over a real network's speed. */
    private static final String LINK = "100Mbit/s";

    private Benchmarks() {
    }

    public static void main(String[] args) throws Exception {
        startHeadlessToolkit();
        List<String> which = Arrays.stream(String.join(" ", args).split("\\s+")).filter(a -> !a.isBlank()).toList();
        if (which.isEmpty()) {
            which = List.of("scale", "link", "refresh", "policy", "soak", "micro");
        }
        System.out.printf("Weft benchmarks on %d cores, Java %s, max heap %d MB, JVM options %s%n", Runtime.getRuntime().availableProcessors(),
                System.getProperty("java.version"), Runtime.getRuntime().maxMemory() >> 20,
                ManagementFactory.getRuntimeMXBean().getInputArguments());
        if (which.contains("scale")) {
            withEmulator(List.of(), endpoint -> scale(endpoint, true));
        }
        if (which.contains("link")) {
            withEmulator(List.of("--faults", "bandwidth=" + LINK), endpoint -> scale(endpoint, false));
        }
        if (which.contains("refresh")) {
            refresh();
        }
        if (which.contains("policy")) {
            policy();
        }
        if (which.contains("soak")) {
            soak();
        }
        if (which.contains("micro")) {
            micro();
        }
        Platform.exit();
        System.exit(0);
    }

    /** JavaFX without a screen (Monocle, software rendering), as the UI tests run it; kept up when no window is. */
    static void startHeadlessToolkit() throws Exception {
        for (String[] p : new String[][]{{"glass.platform", "Monocle"}, {"monocle.platform", "Headless"}, {"prism.order", "sw"}}) {
            if (System.getProperty(p[0]) == null) {
                System.setProperty(p[0], p[1]);
            }
        }
        CompletableFuture<Void> started = new CompletableFuture<>();
        Platform.startup(() -> started.complete(null));
        started.get(30, TimeUnit.SECONDS);
        Platform.setImplicitExit(false);
    }

    // ---- 100,000 keys ----

    private interface OnEndpoint {
        void run(String endpoint) throws Exception;
    }

    /** Runs {@code benchmark} against a sandbox of 100,000 keys with the given options, in a JVM of its own. */
    private static void withEmulator(List<String> options, OnEndpoint benchmark) throws Exception {
        // The scaled sandbox runs in its own JVM, as a real API would: the heap figure is the app's alone,
        // and curl and the app download from the same server. Its heap is committed and touched up front, as
        // a server's is: growing it touched fresh memory in ~4 answers of 10, each ~300 ms slower for curl
        // and the tab alike, and that noise, not the tab, decided the load's ratio.
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xms3g", "-Xmx3g", "-XX:+AlwaysPreTouch", "-cp", System.getProperty("java.class.path"), "dev.weft.Main", "emulator", "--port", "0", "--scale", String.valueOf(KEYS)));
        command.addAll(options);
        Process emulator = new ProcessBuilder(command).redirectErrorStream(true).start();
        try {
            String line = new java.io.BufferedReader(new java.io.InputStreamReader(emulator.getInputStream())).readLine();
            benchmark.run(line.substring(line.indexOf("http://")).strip());
        } finally {
            emulator.destroy();
            emulator.waitFor(30, TimeUnit.SECONDS);
        }
    }

    /**
     * The load against curl, and with {@code full} the keystroke, the sort and the heap. Without it the
     * sandbox is expected to send at {@link #LINK}, as over a real network.
     */
    private static void scale(String endpoint, boolean full) throws Exception {
        ShellFixture f = new ShellFixture();
        Stage stage = onFx(() -> {
            Stage s = new Stage();
            f.open(s);
            return s;
        });
        ShellViewModel shell = f.shell.viewModel();
        onFx(() -> shell.save(null, new ProfileDraft("Scale", Provider.COREWEAVE, endpoint, null, SandboxConfig.DEFAULT_TOKEN)))
                .get(60, TimeUnit.SECONDS);
        waitUntil(() -> shell.activeProperty().get().name().equals("Scale")
                && shell.tabs().stream().allMatch(t -> t.stateProperty().get() == TabViewModel.State.READY), 180);
        onFx(() -> {
            ((TabPane) stage.getScene().lookup("#tabs")).getSelectionModel().select(1);
            // The clusters tab polls while clusters change state; its refreshes would land in the middle of
            // the figures below, so it is paused while they are taken.
            shell.clusters().stopPolling();
            return null;
        });
        AccessKeysViewModel keys = shell.accessKeys();
        Session session = shell.sessionProperty().get();
        String url = session.endpoint() + "/v1/cwobject/access-key";

        // curl and the tab take turns, after a round each to warm up, so both meet the server in the same
        // state (its JIT and heap move its answer's time by a factor of three over the first runs). Each
        // waits half a second first, so neither meets a server still busy with the other's answer (the
        // tab's request followed curl's within ~30 ms, curl's the tab's by ~150 ms).
        long[] curl = new long[RUNS];
        long[] curlFirstByte = new long[RUNS];
        long[] load = new long[RUNS];
        long[] ready = new long[RUNS];
        long bytes = 0;
        for (int i = -1; i < RUNS; i++) {
            Thread.sleep(SETTLE_MS);
            Process p = new ProcessBuilder("curl", "-s", "-o", "/dev/null", "-w", "%{time_total} %{size_download} %{time_starttransfer}",
                    "-H", "Authorization: Bearer " + SandboxConfig.DEFAULT_TOKEN, url).start();
            String[] out = new String(p.getInputStream().readAllBytes()).trim().split(" ");
            p.waitFor();
            bytes = Long.parseLong(out[1]);

            onFx(() -> {
                keys.items().clear();
                return null;
            });
            Thread.sleep(SETTLE_MS);
            nextPulse(stage.getScene()).get(10, TimeUnit.SECONDS);
            long t0 = System.nanoTime();
            long[] readyAt = new long[1];
            CompletableFuture<Void> drawn = firstPulseWhen(stage.getScene(), () -> readyAt[0] != 0);
            CompletableFuture<Void> shown = onFx(() -> keys.refresh(session).thenRun(() -> readyAt[0] = System.nanoTime()));
            drawn.get(120, TimeUnit.SECONDS);
            shown.get(10, TimeUnit.SECONDS);
            if (keys.items().size() < KEYS) {
                throw new IllegalStateException("expected " + KEYS + " rows, got " + keys.items().size());
            }
            if (i >= 0) {
                curl[i] = Math.round(Double.parseDouble(out[0]) * 1000);
                curlFirstByte[i] = Math.round(Double.parseDouble(out[2]) * 1000);
                load[i] = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - t0);
                ready[i] = TimeUnit.NANOSECONDS.toMillis(readyAt[0] - t0);
            }
        }

        if (!full) {
            System.out.println();
            System.out.printf("scale over a %s link: %,d access keys, %,d bytes of JSON%n", LINK, KEYS, bytes);
            printLoad(curl, curlFirstByte, load, ready);
            onFx(() -> {
                stage.close();
                return null;
            });
            f.close();
            return;
        }

        // Where the load's time goes: the download through the app's client, then the parse; and both as
        // the client does them, the parse reading the body as it comes.
        long[] download = new long[RUNS];
        long[] parse = new long[RUNS];
        long[] streamed = new long[RUNS];
        for (int i = 0; i < RUNS; i++) {
            long s0 = System.nanoTime();
            session.storage().listAccessKeys().get(60, TimeUnit.SECONDS);
            streamed[i] = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - s0);
            long t0 = System.nanoTime();
            dev.weft.api.ApiResponse r = session.client().send(dev.weft.api.ApiRequest.get("/v1/cwobject/access-key"))
                    .get(60, TimeUnit.SECONDS);
            long t1 = System.nanoTime();
            r.read(new com.fasterxml.jackson.core.type.TypeReference<java.util.Map<String, List<dev.weft.api.objectstorage.AccessKeyInfo>>>() { });
            download[i] = TimeUnit.NANOSECONDS.toMillis(t1 - t0);
            parse[i] = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - t1);
        }

        for (int i = 0; i < 3; i++) {
            System.gc();
            Thread.sleep(200);
        }
        long heap = ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed() >> 20;

        String[] typed = {"s", "sc", "sca", "scal", "scale", "scale-", "scale-p", "scale-pr", "scale-pri", "scale-prin",
                "scale-principal-1", "scale-principal-17", "CWSCALE", "CWSCALE0000", "CWSCALE00001", ""};
        List<Long> keystrokes = new ArrayList<>();
        List<Long> filtering = new ArrayList<>();
        for (int round = 0; round < 4; round++) {
            for (String text : typed) {
                // Typed at a person's pace: the previous keystroke has been drawn (on two cores, the software
                // renderer drawing it would otherwise take the CPU from the one measured).
                nextPulse(stage.getScene()).get(10, TimeUnit.SECONDS);
                Thread.sleep(100);
                long[] filtered = new long[1];
                keystrokes.add(onFx(() -> {
                    long t0 = System.nanoTime();
                    shell.searchProperty().set(text);
                    filtered[0] = System.nanoTime() - t0;
                    // What the next pulse would do with the table: style and lay out the visible rows.
                    stage.getScene().getRoot().applyCss();
                    stage.getScene().getRoot().layout();
                    return System.nanoTime() - t0;
                }));
                filtering.add(filtered[0]);
                if (System.getProperty("bench.verbose") != null) {
                    System.out.printf("  %-20s %6.1f ms filter %6.1f ms total, %d rows%n", '"' + text + '"', filtered[0] / 1e6,
                            keystrokes.get(keystrokes.size() - 1) / 1e6, keys.visibleItems().size());
                }
            }
        }
        List<Long> measured = keystrokes.subList(typed.length, keystrokes.size()); // the first round warms up
        List<Long> measuredFilter = filtering.subList(typed.length, filtering.size());

        // Sorting by a column, as a click on its header does, then back to the server's order.
        long[] sort = new long[RUNS];
        for (int i = 0; i < RUNS; i++) {
            nextPulse(stage.getScene()).get(10, TimeUnit.SECONDS);
            int column = 1 + i % 2; // principal, status
            sort[i] = onFx(() -> {
                @SuppressWarnings("unchecked")
                javafx.scene.control.TableView<dev.weft.ui.accesskeys.KeyItem> table =
                        (javafx.scene.control.TableView<dev.weft.ui.accesskeys.KeyItem>) stage.getScene().lookup("#keys-table");
                long t0 = System.nanoTime();
                table.getSortOrder().setAll(java.util.List.of(table.getColumns().get(column)));
                stage.getScene().getRoot().applyCss();
                stage.getScene().getRoot().layout();
                long took = System.nanoTime() - t0;
                table.getSortOrder().clear();
                return TimeUnit.NANOSECONDS.toMillis(took);
            });
        }

        // As many keys chosen as may be at once (Shift+click), as to revoke them, then a keystroke that hides nine in
        // ten of them: the choice is kept for those still shown. (All 100,000, JavaFX took 3.2 s to clear: ChoiceLimit.)
        long[] chooseAll = new long[RUNS];
        long[] keystrokeAllChosen = new long[RUNS];
        @SuppressWarnings("unchecked")
        javafx.scene.control.TableView<dev.weft.ui.accesskeys.KeyItem> keyTable =
                (javafx.scene.control.TableView<dev.weft.ui.accesskeys.KeyItem>) stage.getScene().lookup("#keys-table");
        for (int i = 0; i < RUNS; i++) {
            nextPulse(stage.getScene()).get(10, TimeUnit.SECONDS);
            chooseAll[i] = onFx(() -> laidOutAfter(stage, () -> keyTable.getSelectionModel().selectRange(0, dev.weft.ui.accesskeys.AccessKeysView.MOST_CHOSEN)));
            nextPulse(stage.getScene()).get(10, TimeUnit.SECONDS);
            keystrokeAllChosen[i] = onFx(() -> {
                long took = laidOutAfter(stage, () -> shell.searchProperty().set("scale-principal-1"));
                shell.searchProperty().set("");
                keyTable.getSelectionModel().clearSelection();
                return took;
            });
        }

        // A hundred keys revoked together, as Revoke… on them does: one after another, each row drawn Revoked as it
        // is done, the rows re-indexed once at the end and the list read again. The longest the window goes without
        // a pulse in all that is what a person would feel.
        long[] revokeWall = new long[RUNS];
        long[] revokeStillBatch = new long[RUNS];
        long[] revokeStill = new long[RUNS];
        for (int i = 0; i < RUNS; i++) {
            List<dev.weft.ui.accesskeys.KeyItem> batch = onFx(() -> keys.items().stream()
                    .filter(k -> dev.weft.api.objectstorage.AccessKeyInfo.ACTIVE.equals(k.info().status())).limit(100).toList());
            Thread.sleep(SETTLE_MS);
            nextPulse(stage.getScene()).get(10, TimeUnit.SECONDS);
            try (dev.weft.ui.PulseWatchdog watchdog = dev.weft.ui.PulseWatchdog.start(java.time.Duration.ofSeconds(60))) {
                nextPulse(stage.getScene()).get(10, TimeUnit.SECONDS);
                long t0 = System.nanoTime();
                var revoked = onFx(() -> keys.revoke(batch)).get(120, TimeUnit.SECONDS);
                if (revoked.revoked().size() != batch.size()) {
                    throw new IllegalStateException("revoked " + revoked.revoked().size() + " of " + batch.size());
                }
                revokeStillBatch[i] = watchdog.longestGapMillis(); // the revokes, each row redrawn, the end's re-index
                waitUntil(() -> keys.stateProperty().get() == TabViewModel.State.READY, 60); // the list read again, shown
                nextPulse(stage.getScene()).get(10, TimeUnit.SECONDS);
                revokeWall[i] = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - t0);
                revokeStill[i] = watchdog.longestGapMillis();
            }
        }

        // The Refresh button at this scale: every tab at once, the key list among them.
        long[] refreshAll = new long[RUNS];
        for (int i = 0; i < RUNS; i++) {
            Thread.sleep(SETTLE_MS);
            long t0 = System.nanoTime();
            onFx(shell::refreshAll).get(120, TimeUnit.SECONDS);
            refreshAll[i] = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - t0);
        }

        System.out.println();
        System.out.printf("scale: %,d access keys, %,d bytes of JSON%n", KEYS, bytes);
        printLoad(curl, curlFirstByte, load, ready);
        System.out.printf("    the client's download alone:     median %5d ms  %s%n", median(download), Arrays.toString(download));
        System.out.printf("    and parsing the JSON:            median %5d ms  %s%n", median(parse), Arrays.toString(parse));
        System.out.printf("    both, parsed as it downloads:    median %5d ms  %s%n", median(streamed), Arrays.toString(streamed));
        System.out.printf("  filter keystroke (filter + layout): median %.1f ms, worst %.1f ms over %d keystrokes%n",
                medianNanos(measured) / 1e6, measured.stream().mapToLong(Long::longValue).max().orElse(0) / 1e6, measured.size());
        System.out.printf("    of which the filter alone:       median %.1f ms, worst %.1f ms%n", medianNanos(measuredFilter) / 1e6,
                measuredFilter.stream().mapToLong(Long::longValue).max().orElse(0) / 1e6);
        System.out.printf("  sort by a column (a header click):  median %5d ms  %s%n", median(sort), Arrays.toString(sort));
        System.out.printf("  1,000 keys chosen (Shift+click):    median %5d ms  %s%n", median(chooseAll), Arrays.toString(chooseAll));
        System.out.printf("    then a keystroke that keeps 1/10:  median %5d ms  %s%n", median(keystrokeAllChosen),
                Arrays.toString(keystrokeAllChosen));
        System.out.printf("  100 keys revoked together, wall:    median %5d ms  %s%n", median(revokeWall), Arrays.toString(revokeWall));
        System.out.printf("    longest time without a pulse:     median %5d ms  %s%n", median(revokeStill), Arrays.toString(revokeStill));
        System.out.printf("      before the list is read again:  median %5d ms  %s%n", median(revokeStillBatch),
                Arrays.toString(revokeStillBatch));
        System.out.printf("  every tab refreshed (Refresh):      median %5d ms  %s%n", median(refreshAll), Arrays.toString(refreshAll));
        System.out.printf("  heap after loading (and %,d clusters and buckets), after GC: %d MB%n", KEYS / 10, heap);
        System.out.printf("  rows: %,d keys, %,d clusters, %,d buckets%n", keys.items().size(), shell.clusters().items().size(),
                shell.buckets().items().size());
        onFx(() -> {
            stage.close();
            return null;
        });
        f.close();
    }

    /** Milliseconds to do {@code action} and what the next pulse would do after it: style and lay out the window. */
    private static long laidOutAfter(Stage stage, Runnable action) {
        long t0 = System.nanoTime();
        action.run();
        stage.getScene().getRoot().applyCss();
        stage.getScene().getRoot().layout();
        return TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - t0);
    }

    private static void printLoad(long[] curl, long[] curlFirstByte, long[] load, long[] ready) {
        System.out.printf("  curl downloads the list:           median %5d ms  %s%n", median(curl), Arrays.toString(curl));
        System.out.printf("    its first byte (the sandbox making the list): median %d ms  %s%n", median(curlFirstByte),
                Arrays.toString(curlFirstByte));
        System.out.printf("  Access Keys tab, request to rows:  median %5d ms  %s  (%.2fx curl)%n", median(load), Arrays.toString(load),
                (double) median(load) / Math.max(1, median(curl)));
        System.out.printf("    until the rows are in the model:  median %5d ms  %s%n", median(ready), Arrays.toString(ready));
        if (curl.length >= 2 * JIT_LOADS) {
            // The first ~8 loads are the JIT's (C2 compiling the parse): in a long run, the figure without them.
            long settledCurl = median(Arrays.copyOfRange(curl, JIT_LOADS, curl.length));
            long settledLoad = median(Arrays.copyOfRange(load, JIT_LOADS, load.length));
            System.out.printf("  loads %d-%d, the JIT settled: tab %d ms, curl %d ms  (%.2fx curl)%n", JIT_LOADS + 1, load.length,
                    settledLoad, settledCurl, (double) settledLoad / Math.max(1, settledCurl));
        }
    }

    // ---- micro: JMH ----

    private static void micro() throws org.openjdk.jmh.runner.RunnerException {
        new org.openjdk.jmh.runner.Runner(new org.openjdk.jmh.runner.options.OptionsBuilder()
                .include("dev\\.weft\\..*Benchmark\\..*").build()).run();
    }

    // ---- refresh: concurrent, not one after another ----

    private static void refresh() throws Exception {
        ShellFixture f = new ShellFixture(SandboxConfig.defaults());
        onFx(() -> {
            f.open(new Stage());
            return null;
        });
        ShellViewModel shell = f.shell.viewModel();
        waitUntil(() -> shell.tabs().stream().allMatch(t -> t.stateProperty().get() == TabViewModel.State.READY), 60);
        f.services.sandbox().running().get(10, TimeUnit.SECONDS).faults(Faults.parse("latency=300ms"));
        Session session = shell.sessionProperty().get();
        long[] oneByOne = new long[RUNS];
        long[] together = new long[RUNS];
        long[] slowest = new long[RUNS];
        for (int i = 0; i < RUNS; i++) {
            long sum = 0;
            long max = 0;
            for (TabViewModel<?> tab : shell.tabs()) {
                long t0 = System.nanoTime();
                onFx(() -> tab.refresh(session)).get(60, TimeUnit.SECONDS);
                long ms = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - t0);
                sum += ms;
                max = Math.max(max, ms);
            }
            oneByOne[i] = sum;
            slowest[i] = max;
            long t0 = System.nanoTime();
            onFx(shell::refreshAll).get(60, TimeUnit.SECONDS);
            together[i] = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - t0);
        }
        System.out.println();
        System.out.println("refresh: every sandbox answer 300 ms late");
        System.out.printf("  the four tabs one after another:   median %5d ms  %s%n", median(oneByOne), Arrays.toString(oneByOne));
        System.out.printf("  the slowest tab alone:             median %5d ms  %s%n", median(slowest), Arrays.toString(slowest));
        System.out.printf("  all four at once (Refresh):        median %5d ms  %s%n", median(together), Arrays.toString(together));
        f.close();
    }

    // ---- a long policy in the visual editor ----

    private static void policy() throws Exception {
        ShellFixture f = new ShellFixture(SandboxConfig.defaults());
        Stage[] stage = new Stage[1];
        onFx(() -> {
            stage[0] = new Stage();
            f.open(stage[0]);
            return null;
        });
        ShellViewModel shell = f.shell.viewModel();
        waitUntil(() -> shell.tabs().stream().allMatch(t -> t.stateProperty().get() == TabViewModel.State.READY), 60);
        dev.weft.api.objectstorage.ObjectStorageApi api = new dev.weft.api.objectstorage.ObjectStorageApi(dev.weft.api.ApiClient
                .builder(f.services.sandbox().baseUri().get()).token(dev.weft.api.ApiToken.of("sandbox-token")).build());
        int[] sizes = {100, 300};
        for (int n : sizes) {
            List<dev.weft.api.objectstorage.AccessPolicy.Statement> st = new ArrayList<>();
            for (int i = 0; i < n; i++) {
                st.add(new dev.weft.api.objectstorage.AccessPolicy.Statement("s" + i, i % 5 == 0 ? "Deny" : "Allow",
                        List.of("s3:GetObject", "s3:PutObject"), List.of("models/team" + i + "/*"), List.of("coreweave/user" + i)));
            }
            api.ensurePolicy(new dev.weft.api.objectstorage.AccessPolicy("v1alpha1", "long-" + n, st)).get(30, TimeUnit.SECONDS);
        }
        Scene scene = onFx(() -> {
            ((TabPane) stage[0].getScene().lookup("#tabs")).getSelectionModel().select(2);
            return stage[0].getScene();
        });
        onFx(shell::refreshAll).get(30, TimeUnit.SECONDS);
        dev.weft.ui.policies.PoliciesViewModel vm = shell.policies();
        System.out.println();
        System.out.println("policy: a long policy in the visual editor (median of " + RUNS + ")");
        for (int n : sizes) {
            dev.weft.api.objectstorage.AccessPolicy policy = onFx(() -> vm.policies().stream().filter(p -> p.name().equals("long-" + n))
                    .findFirst().orElseThrow());
            long[] firstCards = new long[RUNS];
            long[] allCards = new long[RUNS];
            long[] openStill = new long[RUNS];
            long[] edit = new long[RUNS];
            long[] editStill = new long[RUNS];
            for (int r = 0; r < RUNS; r++) {
                onFx(() -> {
                    vm.open(vm.policies().get(0)); // another policy first, so each run opens this one afresh
                    return null;
                });
                nextPulse(scene).get(30, TimeUnit.SECONDS);
                try (dev.weft.ui.PulseWatchdog watchdog = dev.weft.ui.PulseWatchdog.start(java.time.Duration.ofSeconds(60))) {
                    nextPulse(scene).get(30, TimeUnit.SECONDS);
                    long t0 = System.nanoTime();
                    firstCards[r] = onFx(() -> {
                        long s0 = System.nanoTime();
                        vm.open(policy);
                        scene.getRoot().applyCss();
                        scene.getRoot().layout();
                        return TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - s0);
                    });
                    waitUntil(() -> ((javafx.scene.layout.Pane) scene.lookup("#statements")).getChildren().size() == n, 60);
                    nextPulse(scene).get(30, TimeUnit.SECONDS);
                    allCards[r] = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - t0);
                    openStill[r] = watchdog.longestGapMillis();
                }
                try (dev.weft.ui.PulseWatchdog watchdog = dev.weft.ui.PulseWatchdog.start(java.time.Duration.ofSeconds(60))) {
                    nextPulse(scene).get(30, TimeUnit.SECONDS);
                    // Statement 3 starts as an Allow: switched to Deny, and back at the next run.
                    String effect = r % 2 == 0 ? "#statement-deny-3" : "#statement-allow-3";
                    edit[r] = onFx(() -> {
                        long s0 = System.nanoTime();
                        ((javafx.scene.control.ToggleButton) scene.lookup(effect)).fire();
                        scene.getRoot().applyCss();
                        scene.getRoot().layout();
                        return TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - s0);
                    });
                    nextPulse(scene).get(30, TimeUnit.SECONDS);
                    editStill[r] = watchdog.longestGapMillis();
                }
            }
            System.out.printf("  %d statements: opened, first cards on the FX thread  median %5d ms  %s%n", n, median(firstCards), Arrays.toString(firstCards));
            System.out.printf("    all cards shown (wall)                        median %5d ms  %s%n", median(allCards), Arrays.toString(allCards));
            System.out.printf("    longest time without a pulse while opening    median %5d ms  %s%n", median(openStill), Arrays.toString(openStill));
            System.out.printf("    one statement's effect switched, FX thread    median %5d ms  %s%n", median(edit), Arrays.toString(edit));
            System.out.printf("    longest time without a pulse at the edit      median %5d ms  %s%n", median(editStill), Arrays.toString(editStill));
        }
        f.close();
    }

    /** Cycles of the soak: each a profile switch, a tab shown, every tab refreshed. */
    private static final int SOAK_CYCLES = Integer.getInteger("bench.soak", 400);

    private static void soak() throws Exception {
        ShellFixture f = new ShellFixture(SandboxConfig.defaults());
        Stage stage = onFx(() -> {
            Stage s = new Stage();
            f.open(s);
            return s;
        });
        ShellViewModel shell = f.shell.viewModel();
        Callable<Boolean> settled = () -> shell.sessionProperty().get() != null && shell.tabs().stream()
                .map(t -> t.stateProperty().get()).allMatch(s -> s == TabViewModel.State.READY || s == TabViewModel.State.UNAVAILABLE);
        waitUntil(settled, 60);
        System.out.println();
        System.out.printf("soak: %d times the profile switched (CoreWeave and Kupe sandboxes), a tab shown, every tab refreshed%n", SOAK_CYCLES);
        System.out.printf("  before:       heap after a collection %6.1f MB%n", heapAfterCollection());
        List<java.lang.ref.WeakReference<Session>> sessions = new ArrayList<>();
        for (int i = 1; i <= SOAK_CYCLES; i++) {
            dev.weft.profiles.Profile next = shell.profiles().get(i % 2);
            onFx(() -> shell.switchTo(next)).get(60, TimeUnit.SECONDS);
            waitUntil(settled, 60);
            sessions.add(new java.lang.ref.WeakReference<>(onFx(() -> shell.sessionProperty().get())));
            int cycle = i;
            onFx(() -> {
                TabPane tabs = (TabPane) stage.getScene().lookup("#tabs");
                tabs.getSelectionModel().select(cycle % tabs.getTabs().size());
                return null;
            });
            onFx(shell::refreshAll).get(60, TimeUnit.SECONDS);
            if (i % (SOAK_CYCLES / 4) == 0) {
                double heap = heapAfterCollection();
                System.out.printf("  after %5d:  heap after a collection %6.1f MB, sessions left behind still held %d of %d%n", i, heap,
                        sessions.stream().filter(w -> w.get() != null).count() - 1, i - 1);
            }
        }
        // A superseded clusters poll used to hold its session until it was due (30 s at most); still checked.
        Thread.sleep(dev.weft.ui.clusters.ClustersViewModel.CALM.toMillis() + 2000);
        double heap = heapAfterCollection();
        System.out.printf("  30 s later:   heap after a collection %6.1f MB, sessions left behind still held %d of %d%n", heap,
                sessions.stream().filter(w -> w.get() != null).count() - 1, SOAK_CYCLES - 1);
        onFx(() -> {
            stage.close();
            return null;
        });
        f.close();
    }

    /** The heap in use after full collections (System.gc() is one under G1 unless told otherwise). */
    private static double heapAfterCollection() throws InterruptedException {
        for (int i = 0; i < 3; i++) {
            System.gc();
            Thread.sleep(100);
        }
        return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed() / 1e6;
    }

    // ---- helpers ----

    private static <T> T onFx(Callable<T> action) throws Exception {
        CompletableFuture<T> result = new CompletableFuture<>();
        Platform.runLater(() -> {
            try {
                result.complete(action.call());
            } catch (Throwable t) {
                result.completeExceptionally(t);
            }
        });
        return result.get(120, TimeUnit.SECONDS);
    }

    /**
     * Completes at the end of the first pulse that lays out the scene once {@code ready} holds (asked on the FX
     * thread), which is when the user sees what made it true.
     */
    private static CompletableFuture<Void> firstPulseWhen(Scene scene, java.util.function.BooleanSupplier ready) throws Exception {
        CompletableFuture<Void> done = new CompletableFuture<>();
        onFx(() -> {
            scene.addPostLayoutPulseListener(new Runnable() {
                @Override
                public void run() {
                    if (ready.getAsBoolean()) {
                        scene.removePostLayoutPulseListener(this);
                        done.complete(null);
                    }
                }
            });
            return null;
        });
        return done;
    }

    /** Completes after the next pulse has laid out and drawn the scene. */
    private static CompletableFuture<Void> nextPulse(Scene scene) {
        CompletableFuture<Void> done = new CompletableFuture<>();
        Platform.runLater(() -> {
            Runnable listener = new Runnable() {
                @Override
                public void run() {
                    scene.removePostLayoutPulseListener(this);
                    done.complete(null);
                }
            };
            scene.addPostLayoutPulseListener(listener);
            new AnimationTimer() {
                @Override
                public void handle(long now) {
                    stop();
                }
            }.start();
        });
        return done;
    }

    private static void waitUntil(Callable<Boolean> condition, int seconds) throws Exception {
        long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(seconds);
        while (!onFx(condition)) {
            if (System.nanoTime() > end) {
                throw new IllegalStateException("not ready after " + seconds + " s");
            }
            Thread.sleep(50);
        }
    }

    private static long median(long[] values) {
        long[] v = values.clone();
        Arrays.sort(v);
        return v[v.length / 2];
    }

    private static double medianNanos(List<Long> values) {
        List<Long> v = new ArrayList<>(values);
        v.sort(null);
        return v.get(v.size() / 2);
    }
}
