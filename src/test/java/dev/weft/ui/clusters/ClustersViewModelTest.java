package dev.weft.ui.clusters;

import dev.weft.testing.Waits;

import dev.weft.api.cks.ClusterStatus;
import dev.weft.api.cks.CreateClusterRequest;
import dev.weft.service.Session;
import dev.weft.ui.shell.ShellFixture;
import dev.weft.ui.shell.ShellViewModel;
import dev.weft.ui.common.UiState;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/** The Clusters ViewModel without a toolkit, against the sandbox. */
class ClustersViewModelTest {
    private final ShellFixture f = new ShellFixture(Map.of(), java.time.Duration.ofSeconds(2));
    private final ShellViewModel shell = new ShellViewModel(f.services, f.fx, UiState.defaults());
    private final ClustersViewModel vm = shell.clusters();
    private final List<String> notices = new ArrayList<>();

    ClustersViewModelTest() throws Exception {
        vm.onNotice(n -> { synchronized (notices) { notices.add(n); } });
        vm.pollEvery(java.time.Duration.ofMillis(300), java.time.Duration.ofMillis(150));
        f.onFx(() -> shell.start(ShellViewModel.initialProfiles(f.services.profileStore().load(), Map.of()), null));
        f.until(() -> vm.items().size() == 4);
    }

    @AfterEach
    void stop() {
        vm.stopPolling();
        f.close();
    }


    private ClusterItem item(String name) {
        return vm.items().stream().filter(i -> i.row().name().equals(name)).findFirst().orElseThrow();
    }

    @Test
    void rowsKeepTheirIdentityAndTheSelectionAcrossRefreshes() throws Exception {
        ClusterItem prod = item("prod-east");
        f.onFx(() -> vm.selectedProperty().set(prod));
        Session s = vm.sessionProperty().get();
        f.onFx(() -> vm.refresh(s)).get(10, TimeUnit.SECONDS);
        assertThat(item("prod-east")).isSameAs(prod);
        assertThat(vm.selectedProperty().get()).isSameAs(prod);
    }

    /** A poll still waiting when the profile changes does not keep the session it was for. */
    @Test
    void aSupersededSessionIsLetGoWhileItsPollWaits() throws Exception {
        vm.pollEvery(java.time.Duration.ofMinutes(5), java.time.Duration.ofMinutes(5));
        java.lang.ref.WeakReference<Session> left = refreshedNextPollInFiveMinutes();
        dev.weft.profiles.Profile other = shell.profiles().stream().filter(p -> !p.equals(shell.activeProperty().get()))
                .findFirst().orElseThrow();
        f.onFx(() -> shell.switchTo(other)).get(30, TimeUnit.SECONDS);
        f.until(() -> vm.sessionProperty().get() != null && vm.sessionProperty().get().profile().equals(other));
        f.until(() -> {
            System.gc();
            return left.get() == null;
        });
    }

    /** Refreshes the shown session, which schedules its next poll; the session, held only weakly here. */
    private java.lang.ref.WeakReference<Session> refreshedNextPollInFiveMinutes() throws Exception {
        Session shown = vm.sessionProperty().get();
        f.onFx(() -> vm.refresh(shown)).get(10, TimeUnit.SECONDS);
        return new java.lang.ref.WeakReference<>(shown);
    }

    /**
     * A fleet's filters beside the search (a zone, a version, a status), and the CSV of what they leave: the table's
     * columns, the ID, and the version an upgrade goes to, for an upgrade plan.
     */
    @Test
    void theFiltersNarrowTheRowsAndTheCsvHoldsWhatTheyLeave(@org.junit.jupiter.api.io.TempDir java.nio.file.Path dir) throws Exception {
        assertThat(vm.zoneOrTypeFilter().choices()).containsExactly("All", "US-EAST-04A", "US-WEST-04A");
        assertThat(vm.versionFilter().choices()).containsExactly("All", "v1.32", "v1.33", "v1.34", "v1.35");
        assertThat(vm.statusFilter().choices()).contains("All", "Failed", "Running");
        f.onFx(() -> vm.zoneOrTypeFilter().chosenProperty().set("US-EAST-04A"));
        assertThat(shown()).containsExactlyInAnyOrder("prod-east", "legacy-batch");
        f.onFx(() -> vm.versionFilter().chosenProperty().set("v1.32"));
        assertThat(shown()).containsExactly("legacy-batch");
        f.onFx(() -> vm.statusFilter().chosenProperty().set("Failed"));
        assertThat(shown()).as("no failed cluster there").isEmpty();
        f.onFx(() -> {
            vm.zoneOrTypeFilter().chosenProperty().set("All");
            vm.versionFilter().chosenProperty().set("All");
        });
        assertThat(shown()).containsExactly("train-west");

        f.onFx(() -> {
            vm.statusFilter().chosenProperty().set("All");
            vm.zoneOrTypeFilter().chosenProperty().set("US-EAST-04A");
        });
        java.nio.file.Path file = dir.resolve("clusters.csv");
        f.onFx(() -> vm.exportCsv(file)).get(10, TimeUnit.SECONDS);
        List<String> lines = java.nio.file.Files.readAllLines(file);
        assertThat(lines).hasSize(3);
        assertThat(lines.get(0)).isEqualTo("id,name,zone,version,status,access,api_endpoint,created,upgrade_to");
        String prod = item("prod-east").row().key() + ",prod-east,US-EAST-04A,v1.34,Running,Public,"
                + item("prod-east").row().endpoint() + "," + item("prod-east").row().created() + ",v1.35";
        assertThat(lines.subList(1, 3)).contains(prod).anyMatch(l -> l.contains(",legacy-batch,US-EAST-04A,v1.32,Running,Private,")
                && l.endsWith(",v1.33"));
    }

    private List<String> shown() throws Exception {
        return f.onFx(() -> vm.visibleItems().stream().map(i -> i.row().name()).toList());
    }

    /**
     * A refused token stops the polling, as it pauses the auto refresh: polled on, a profile whose token was
     * revoked sent it again every 30 s for as long as Weft stayed open. Mended, the profile polls again.
     */
    @Test
    void aRefusedTokenIsNotSentAgainByThePolling() throws Exception {
        String url = f.services.sandbox().baseUri().get().toString();
        java.util.concurrent.atomic.AtomicInteger loads = new java.util.concurrent.atomic.AtomicInteger();
        f.onFx(() -> vm.stateProperty().addListener((o, was, now) -> {
            if (now == dev.weft.ui.tabs.TabViewModel.State.LOADING) {
                loads.incrementAndGet();
            }
        }));
        dev.weft.profiles.Profile refused = f.onFx(() -> shell.save(null, new dev.weft.profiles.ProfileDraft("Revoked",
                dev.weft.profiles.Provider.COREWEAVE, url, null, "a-revoked-token"))).get(20, TimeUnit.SECONDS);
        f.until(() -> vm.stateProperty().get() == dev.weft.ui.tabs.TabViewModel.State.FAILED);
        int afterTheRefusal = loads.get();
        Thread.sleep(1_500); // five polls' time
        assertThat(loads.get()).as("loads after the refusal").isEqualTo(afterTheRefusal);

        f.onFx(() -> shell.save(refused, new dev.weft.profiles.ProfileDraft("Revoked", dev.weft.profiles.Provider.COREWEAVE, url, null,
                "sandbox-token"))).get(20, TimeUnit.SECONDS);
        f.until(() -> vm.items().size() == 4);
        int mended = loads.get();
        f.until(() -> loads.get() > mended); // polled again
    }

    /**
     * A cluster's VPC is asked for once for its details, whichever cluster shows it; one the server refuses is
     * not asked again at once: the details are shown again at each poll, every 3 s while a cluster provisions.
     */
    @Test
    void aVpcIsAskedForOnceAndARefusedOneNotAgainAtOnce() throws Exception {
        String id = item("prod-east").row().cks().vpcId();
        var first = f.onFx(() -> vm.vpc(id));
        assertThat(first.get(10, TimeUnit.SECONDS).name()).isEqualTo("default-east");
        assertThat(f.onFx(() -> vm.vpc(item("legacy-batch").row().cks().vpcId()))).as("the same VPC, not asked again").isSameAs(first);
        var refused = f.onFx(() -> vm.vpc("no-such-vpc"));
        assertThat(refused).failsWithin(10, TimeUnit.SECONDS);
        assertThat(f.onFx(() -> vm.vpc("no-such-vpc"))).as("not asked again at once").isSameAs(refused);
    }

    @Test
    void theToolbarSearchFiltersLive() {
        f.onFx(() -> shell.searchProperty().set("west"));
        assertThat(vm.visibleItems()).extracting(i -> i.row().name()).containsExactlyInAnyOrder("train-west", "staging-west");
        f.onFx(() -> shell.searchProperty().set("FAILED"));
        assertThat(vm.visibleItems()).extracting(i -> i.row().name()).containsExactly("train-west");
        f.onFx(() -> shell.searchProperty().set(""));
        assertThat(vm.visibleItems()).hasSize(4);
    }

    @Test
    void aNewClusterIsPolledToRunningAndAnnounced() throws Exception {
        String vpc = vm.vpcs().get(5, TimeUnit.SECONDS).stream().filter(v -> v.zone().equals("US-EAST-04A")).findFirst().orElseThrow().id();
        vm.create(CreateClusterRequest.minimal("fresh-one", "US-EAST-04A", vpc, "v1.35", "pod-cidr", "service-cidr", List.of("lb-c")))
                .get(10, TimeUnit.SECONDS);
        assertThat(item("fresh-one").row().status()).isEqualTo("Creating");
        assertThat(vm.selectedProperty().get()).isSameAs(item("fresh-one"));
        f.until(() -> item("fresh-one").row().running());
        assertThat(notices).contains("fresh-one is running (v1.35)");
    }

    /** A create whose answer the network lost fails, and the table, refreshed behind it, shows the cluster it made. */
    @Test
    void aCreateWhoseAnswerWasLostShowsTheClusterItMade() throws Exception {
        vm.pollEvery(java.time.Duration.ofMinutes(5), java.time.Duration.ofMinutes(5));
        refreshedNextPollInFiveMinutes(); // so that no poll brings the new cluster in
        String vpc = vm.vpcs().get(5, TimeUnit.SECONDS).stream().filter(v -> v.zone().equals("US-EAST-04A")).findFirst().orElseThrow().id();
        var sandbox = f.services.sandbox().running().get(10, TimeUnit.SECONDS);
        sandbox.faults(dev.weft.sandbox.Faults.parse("lost-rate=1"));
        try {
            var failed = org.assertj.core.api.Assertions.catchThrowable(() -> vm.create(CreateClusterRequest.minimal("lost-answer",
                    "US-EAST-04A", vpc, "v1.35", "pod-cidr", "service-cidr", List.of("lb-c"))).get(10, TimeUnit.SECONDS));
            assertThat(dev.weft.ui.common.ErrorPresenter.unwrap(failed)).isInstanceOfSatisfying(dev.weft.api.ApiException.class,
                    e -> assertThat(e.outcomeUnknown()).isTrue());
            f.until(() -> vm.items().stream().anyMatch(i -> i.row().name().equals("lost-answer")));
        } finally {
            sandbox.faults(dev.weft.sandbox.Faults.NONE);
        }
    }

    @Test
    void upgradeAndDeleteAreAnnounced() throws Exception {
        vm.upgrade(item("legacy-batch")).get(10, TimeUnit.SECONDS);
        assertThat(item("legacy-batch").row().cks().status()).isEqualTo(ClusterStatus.UPGRADING);
        assertThat(item("legacy-batch").row().version()).isEqualTo("v1.33");
        f.until(() -> item("legacy-batch").row().running());

        vm.delete(item("train-west")).get(10, TimeUnit.SECONDS);
        assertThat(item("train-west").row().status()).isEqualTo("Deleting");
        f.until(() -> vm.items().stream().noneMatch(i -> i.row().name().equals("train-west")));
        assertThat(notices).contains("legacy-batch is running (v1.33)", "train-west was deleted");
    }

    @Test
    void aKupeKubeconfigCarriesTheEndpointAndCaAndAnEmbeddedTokenOnlyWhenAsked() throws Exception {
        f.onFx(() -> shell.switchTo(shell.profiles().get(1))).get(10, TimeUnit.SECONDS);
        f.until(() -> vm.items().stream().anyMatch(i -> i.row().name().equals("production")));
        java.nio.file.Path file = f.configDir.resolve("kupe-config");
        var written = vm.exportKubeconfig(item("production"), file, false, true, true).get(10, TimeUnit.SECONDS);
        var doc = dev.weft.api.Json.YAML.readTree(file.toFile());
        assertThat(doc.at("/clusters/0/name").asText()).isEqualTo("kupe-sandbox-production");
        assertThat(doc.at("/clusters/0/cluster/server").asText()).startsWith("https://production-");
        assertThat(doc.at("/clusters/0/cluster/certificate-authority-data").asText()).isNotBlank();
        assertThat(doc.at("/users/0/user/token").asText()).isEqualTo("sandbox-token");
        assertThat(written.written().file()).isEqualTo(file);
        assertThat(written.tryIt()).as("the sandbox's clusters cannot be reached: nothing to try").isEmpty();
        assertThat(vm.curlForUpgrade(item("production").row())).contains("-X PATCH").contains("1.32").contains("$KUPE_API_KEY");

        var notYet = vm.exportKubeconfig(item("playground"), f.configDir.resolve("other"), true, false, true);
        assertThat(org.assertj.core.api.Assertions.catchThrowable(() -> notYet.get(10, TimeUnit.SECONDS)))
                .hasMessageContaining("not ready");
    }

    /**
     * An account's cluster, exported, comes with the kubectl command that tries it: the file named where kubectl does
     * not read it by itself, the context where it was not made current.
     */
    @Test
    void anExportedClusterComesWithTheKubectlThatTriesIt(@org.junit.jupiter.api.io.TempDir java.nio.file.Path dir) throws Exception {
        try (var api = dev.weft.testing.SandboxFixture.withSampleData();
             ShellFixture account = new ShellFixture(Map.of("COREWEAVE_API_TOKEN", "sandbox-token",
                     "COREWEAVE_API_ENDPOINT", api.sandbox.baseUri().toString()))) {
            ShellViewModel shell = new ShellViewModel(account.services, account.fx, UiState.defaults());
            account.onFx(() -> shell.start(ShellViewModel.initialProfiles(account.services.profileStore().load(),
                    account.services.environment()), null));
            dev.weft.profiles.Profile env = shell.profiles().stream().filter(p -> p.name().equals("Environment")).findFirst().orElseThrow();
            account.onFx(() -> shell.switchTo(env)).get(10, TimeUnit.SECONDS);
            ClustersViewModel clusters = shell.clusters();
            account.until(() -> clusters.items().stream().anyMatch(i -> i.row().name().equals("prod-east") && i.row().running()));
            ClusterItem prod = clusters.items().stream().filter(i -> i.row().name().equals("prod-east")).findFirst().orElseThrow();
            java.nio.file.Path file = dir.resolve("cw.yaml");

            var made = clusters.exportKubeconfig(prod, file, false, false, true).get(10, TimeUnit.SECONDS);
            assertThat(made.tryIt()).hasValue(dev.weft.domain.ShellWords.join(List.of("kubectl", "--kubeconfig", file.toString(),
                    "get", "nodes")));
            String context = dev.weft.api.Json.YAML.readTree(file.toFile()).path("current-context").asText();
            var beside = clusters.exportKubeconfig(prod, file, true, false, false).get(10, TimeUnit.SECONDS);
            assertThat(beside.tryIt()).as("not made current: its context named").hasValueSatisfying(t ->
                    assertThat(t).endsWith("--context " + context + " get nodes"));
        }
    }

    @Test
    void curlNeverHoldsTheToken() {
        assertThat(vm.curlForList()).contains("$COREWEAVE_API_TOKEN").doesNotContain("sandbox-token");
        assertThat(vm.curlForDelete(item("prod-east").row())).contains("-X DELETE").contains(item("prod-east").key());
        assertThat(vm.curlForUpgrade(item("legacy-batch").row())).contains("-X PATCH").contains("\"updateMask\":\"version\"")
                .contains("v1.33");
    }
}
