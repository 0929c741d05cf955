package dev.weft.ui.shell;

import dev.weft.testing.Waits;

import dev.weft.api.ApiToken;
import dev.weft.profiles.Profile;
import dev.weft.profiles.ProfileDraft;
import dev.weft.profiles.ProfileStore;
import dev.weft.profiles.Provider;
import dev.weft.ui.common.UiState;
import dev.weft.ui.tabs.TabViewModel;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/** The shell's ViewModel without a toolkit: results are applied on a stand-in FX thread. */
class ShellViewModelTest {
    private final ShellFixture f = new ShellFixture(Map.of("COREWEAVE_API_TOKEN", "CW-SECRET-from-env"));
    private final List<UiState> persisted = new ArrayList<>();

    private ShellViewModel start() {
        ShellViewModel vm = new ShellViewModel(f.services, f.fx, UiState.defaults());
        vm.onPersist(persisted::add);
        f.onFx(() -> vm.start(ShellViewModel.initialProfiles(f.services.profileStore().load(), f.services.environment()), null));
        return vm;
    }

    @AfterEach
    void stop() {
        f.close();
    }

    private static void await(java.util.concurrent.CompletableFuture<?> future) throws Exception {
        future.get(20, TimeUnit.SECONDS);
    }


    @Test
    void startsOnTheSandboxAndOffersTheEnvironmentProfile() throws Exception {
        ShellViewModel vm = start();
        assertThat(vm.profiles()).extracting(Profile::name).containsExactly("Sandbox", "Sandbox (Kupe)", "Environment");
        assertThat(vm.activeProperty().get().name()).isEqualTo("Sandbox");
        assertThat(vm.noticeProperty().get()).isEqualTo(ShellViewModel.SANDBOX_NOTICE);
        await(f.onFx(() -> vm.switchTo(vm.profiles().get(0))));
        f.until(() -> vm.tabs().stream().allMatch(t -> t.stateProperty().get() == TabViewModel.State.READY));
        assertThat(vm.tabs()).allSatisfy(t -> assertThat(t.stateProperty().get()).isEqualTo(TabViewModel.State.READY));
        assertThat(vm.lastRefreshProperty().get()).isNotNull();
        assertThat(vm.endpointTextProperty().get()).startsWith("http://127.0.0.1:").endsWith("(local sandbox)");
        assertThat(persisted).last().extracting(UiState::activeProfile).isEqualTo("sandbox-coreweave");
    }

    @Test
    void kupesVariablesOfferAKupeProfileThatWorks() throws Exception {
        try (var api = dev.weft.testing.SandboxFixture.withSampleData();
             ShellFixture kupe = new ShellFixture(Map.of("KUPE_API_KEY", "sandbox-token", "KUPE_TENANT", "sandbox",
                     "KUPE_API_ENDPOINT", api.sandbox.baseUri() + "/api/v1"))) { // the documents' base URL
            ShellViewModel vm = new ShellViewModel(kupe.services, kupe.fx, UiState.defaults());
            kupe.onFx(() -> vm.start(ShellViewModel.initialProfiles(kupe.services.profileStore().load(), kupe.services.environment()), null));
            assertThat(vm.profiles()).extracting(Profile::name).containsExactly("Sandbox", "Sandbox (Kupe)", "Environment (Kupe)");
            Profile env = vm.profiles().get(2);
            assertThat(env.provider()).isEqualTo(Provider.KUPE);
            assertThat(env.tenant()).isEqualTo("sandbox");
            await(kupe.onFx(() -> vm.switchTo(env)));
            kupe.until(() -> vm.clusters().stateProperty().get() == TabViewModel.State.READY);
            assertThat(kupe.onFx(() -> vm.clusters().summaryProperty().get())).startsWith("2 clusters");
        }
    }

    /** The URL in Kupe's curl examples, pasted whole, is the server's: Weft adds the API's path itself. */
    @Test
    void aKupeProfileSavedWithAUrlFromTheDocumentsListsItsClusters() throws Exception {
        ShellViewModel vm = start();
        String pasted = f.services.sandbox().baseUri().get() + "/api/v1/tenants/sandbox/clusters";
        Profile p = vm.save(null, new ProfileDraft("Kupe", Provider.KUPE, pasted, "sandbox", "sandbox-token")).get(20, TimeUnit.SECONDS);
        assertThat(p.endpoint()).isEqualTo(f.services.sandbox().baseUri().get());
        f.until(() -> vm.clusters().stateProperty().get() == TabViewModel.State.READY);
        assertThat(f.onFx(() -> vm.clusters().summaryProperty().get())).startsWith("2 clusters");
    }

    /**
     * The status bar's count is applied on the FX thread from changes heard on the service threads, which may be
     * posted in either order (a request started on one thread as another ends on a second): once all have ended it
     * reads none, whatever the order, not the number posted last ("1 request…" for good, and no more auto refresh).
     */
    @Test
    void theRequestCountReadsNoneOnceAllHaveEndedWhateverOrderItsChangesArriveIn() throws Exception {
        List<Runnable> posted = new java.util.concurrent.CopyOnWriteArrayList<>();
        ShellViewModel vm = new ShellViewModel(f.services, posted::add, UiState.defaults());
        Profile sandbox = ShellViewModel.initialProfiles(f.services.profileStore().load(), f.services.environment()).get(0);
        dev.weft.service.Session s = f.services.sessions().open(sandbox).get(20, TimeUnit.SECONDS);
        posted.clear();
        s.cks().list().get(20, TimeUnit.SECONDS);
        assertThat(posted).as("started, then finished").hasSize(2);
        List<Runnable> laterFirst = new ArrayList<>(posted);
        java.util.Collections.reverse(laterFirst);
        laterFirst.forEach(Runnable::run);
        assertThat(vm.inFlightProperty().get()).isZero();
    }

    /**
     * A profile chosen again before its session is open (the sandbox still starting; a save switches to the
     * profile it saved): the later switch's session is the one kept, not whichever opened last.
     */
    @Test
    void aProfileChosenAgainBeforeItsSessionIsOpenKeepsOneSession() throws Exception {
        ShellViewModel vm = new ShellViewModel(f.services, f.fx, UiState.defaults());
        Profile sandbox = ShellViewModel.initialProfiles(f.services.profileStore().load(), f.services.environment()).get(0);
        List<dev.weft.service.Session> kept = new java.util.concurrent.CopyOnWriteArrayList<>();
        f.onFx(() -> vm.sessionProperty().addListener((o, was, now) -> {
            if (now != null) {
                kept.add(now);
            }
        }));
        var first = f.onFx(() -> vm.switchTo(sandbox));
        var second = f.onFx(() -> vm.switchTo(sandbox));
        await(first);
        await(second);
        f.until(() -> vm.lastRefreshProperty().get() != null && vm.inFlightProperty().get() == 0);
        assertThat(kept).as("the second switch's session alone").hasSize(1);
        assertThat(vm.lastRefreshProperty().get().ok()).isTrue();
    }

    /**
     * A Kupe profile chosen while the CoreWeave one's lists are still on their way: the storage tabs say they are
     * CoreWeave's, and the late answers do not fill them with the other profile's keys and buckets.
     */
    @Test
    void theStorageTabsStayUnavailableOnKupeWhenTheLastProfilesListsArriveLate() throws Exception {
        f.services.sandbox().running().get(20, TimeUnit.SECONDS).faults(dev.weft.sandbox.Faults.parse("latency=800ms"));
        ShellViewModel vm = start();
        f.until(() -> vm.accessKeys().stateProperty().get() == TabViewModel.State.LOADING);
        await(f.onFx(() -> vm.switchTo(vm.profiles().get(1))));
        Thread.sleep(1500); // the CoreWeave lists answered meanwhile
        f.until(() -> vm.inFlightProperty().get() == 0);
        for (TabViewModel<?> tab : List.of(vm.accessKeys(), vm.policies(), vm.buckets())) {
            assertThat(f.onFx(() -> tab.stateProperty().get())).as(tab.title()).isEqualTo(TabViewModel.State.UNAVAILABLE);
            assertThat(f.onFx(() -> tab.summaryProperty().get())).as(tab.title()).contains("Switch to a CoreWeave profile");
        }
        assertThat(f.onFx(() -> vm.clusters().summaryProperty().get())).startsWith("2 clusters");
    }

    /**
     * A delete that ends after the user chose another profile: the tab refreshes for the profile shown, not for the
     * one the delete was sent from (the Clusters tab went back to Kupe's clusters under the CoreWeave profile; the
     * Policies tab filled with CoreWeave's policies under Kupe's).
     */
    @Test
    void aDeleteThatEndsAfterAProfileSwitchLeavesTheTabOnTheProfileShown() throws Exception {
        ShellViewModel vm = start();
        Profile coreWeave = vm.profiles().get(0);
        Profile kupe = vm.profiles().get(1);
        var sandbox = f.services.sandbox().running().get(20, TimeUnit.SECONDS);
        f.until(() -> vm.policies().stateProperty().get() == TabViewModel.State.READY);

        sandbox.faults(dev.weft.sandbox.Faults.parse("latency=700ms"));
        var policyGone = f.onFx(() -> vm.policies().delete(vm.policies().policies().get(0).name()));
        await(f.onFx(() -> vm.switchTo(kupe)));
        policyGone.get(20, TimeUnit.SECONDS);
        f.until(() -> vm.inFlightProperty().get() == 0);
        assertThat(f.onFx(() -> vm.policies().stateProperty().get())).as("policies on Kupe").isEqualTo(TabViewModel.State.UNAVAILABLE);

        sandbox.faults(dev.weft.sandbox.Faults.NONE);
        f.until(() -> vm.clusters().stateProperty().get() == TabViewModel.State.READY && vm.inFlightProperty().get() == 0);
        sandbox.faults(dev.weft.sandbox.Faults.parse("latency=700ms"));
        var clusterGone = f.onFx(() -> vm.clusters().delete(vm.clusters().items().get(0)));
        await(f.onFx(() -> vm.switchTo(coreWeave)));
        clusterGone.get(20, TimeUnit.SECONDS);
        f.until(() -> vm.inFlightProperty().get() == 0);
        assertThat(f.onFx(() -> vm.clusters().kupeProperty().get())).as("the clusters shown are Kupe's").isFalse();
        assertThat(f.onFx(() -> vm.clusters().summaryProperty().get())).startsWith("4 clusters");
    }

    /**
     * A policy applied from one profile, the user on another by the time it lands: the draft put away is the first
     * profile's, not the shown one's draft of a policy of the same name.
     */
    @Test
    void aPolicyAppliedAsTheUserLeavesKeepsTheOtherProfilesDraftOfTheSameName() throws Exception {
        ShellViewModel vm = start();
        String url = f.services.sandbox().baseUri().get().toString();
        Profile mine = vm.save(null, new ProfileDraft("Mine", Provider.COREWEAVE, url, null, "sandbox-token")).get(20, TimeUnit.SECONDS);
        Profile sandbox = vm.profiles().get(0);
        await(f.onFx(() -> vm.switchTo(sandbox)));
        f.until(() -> vm.policies().stateProperty().get() == TabViewModel.State.READY);
        dev.weft.api.objectstorage.AccessPolicy admins = f.onFx(() -> vm.policies().policies().stream()
                .filter(p -> p.name().equals("org-admins")).findFirst().orElseThrow());
        dev.weft.service.DraftStore drafts = new dev.weft.service.DraftStore(f.configDir);
        drafts.save("org-admins", new dev.weft.service.DraftStore.Draft(mine.id(), admins, admins, java.time.Instant.now()));
        f.onFx(() -> vm.policies().open(admins));

        f.services.sandbox().running().get(20, TimeUnit.SECONDS).faults(dev.weft.sandbox.Faults.parse("latency=700ms"));
        var applied = f.onFx(() -> vm.policies().apply());
        await(f.onFx(() -> vm.switchTo(mine)));
        applied.get(20, TimeUnit.SECONDS);
        f.until(() -> vm.inFlightProperty().get() == 0);
        assertThat(drafts.list(mine.id())).extracting(d -> d.policy().name()).as("Mine's draft").containsExactly("org-admins");
        assertThat(f.onFx(() -> vm.policies().pendingDrafts())).as("offered on Mine").hasSize(1);
    }

    /**
     * "Test connection" tests the profile as edited: a saved profile's new endpoint with its stored token (it tested
     * the old endpoint, and said "Connected"), and says what is wrong with an endpoint it cannot use, before sending.
     */
    @Test
    void testConnectionTriesTheEndpointAsTypedWithTheStoredToken() throws Exception {
        ShellViewModel vm = start();
        String url = f.services.sandbox().baseUri().get().toString();
        Profile mine = vm.save(null, new ProfileDraft("Mine", Provider.COREWEAVE, url, null, "sandbox-token")).get(20, TimeUnit.SECONDS);
        assertThat(vm.testConnection(mine, new ProfileDraft("Mine", Provider.COREWEAVE, url, null, "")).get(20, TimeUnit.SECONDS))
                .startsWith("Connected");
        assertThat(vm.testConnection(mine, new ProfileDraft("Mine", Provider.COREWEAVE, url + "/not-the-api", null, ""))
                .get(20, TimeUnit.SECONDS)).startsWith("Failed: This server does not offer the list");
        assertThat(vm.testConnection(null, new ProfileDraft("New", Provider.COREWEAVE, "api.coreweave", null, "x"))
                .get(20, TimeUnit.SECONDS)).isEqualTo("Failed: Enter a URL such as https://api.coreweave.com.");
        assertThat(vm.testConnection(null, new ProfileDraft("New", Provider.KUPE, url, "", "x")).get(20, TimeUnit.SECONDS))
                .isEqualTo("Failed: Kupe API keys belong to one tenant: enter its name.");
    }

    @Test
    void savingAProfileStoresTheTokenInTheTokenStoreNotInTheFile() throws Exception {
        ShellViewModel vm = start();
        String url = f.services.sandbox().baseUri().get().toString();
        Profile p = vm.save(null, new ProfileDraft("Mine", Provider.COREWEAVE, url, null, "sandbox-token")).get(20, TimeUnit.SECONDS);
        assertThat(f.tokens.get(p.id())).contains(ApiToken.of("sandbox-token"));
        assertThat(vm.activeProperty().get()).isEqualTo(p);
        for (int i = 0; i < 100 && !Files.exists(f.configDir.resolve(ProfileStore.FILE)); i++) {
            Thread.sleep(50);
        }
        assertThat(Files.readString(f.configDir.resolve(ProfileStore.FILE))).contains("Mine").doesNotContain("sandbox-token")
                .doesNotContain("Environment");

        f.tokens.put(dev.weft.service.S3KeyCache.entryFor(p.id()), ApiToken.of("{\"a storage key weft s3-credentials kept\"}"));
        dev.weft.service.DraftStore drafts = new dev.weft.service.DraftStore(f.configDir);
        var policy = new dev.weft.api.objectstorage.AccessPolicy("v1alpha1", "left-unsaved", List.of());
        drafts.save("left-unsaved", new dev.weft.service.DraftStore.Draft(p.id(), policy, null, java.time.Instant.now()));
        drafts.save("left-unsaved", new dev.weft.service.DraftStore.Draft("sandbox-coreweave", policy, null, java.time.Instant.now()));
        await(f.onFx(() -> vm.remove(p)));
        assertThat(drafts.list(p.id())).as("its policy drafts, which nothing would offer again").isEmpty();
        assertThat(drafts.list("sandbox-coreweave")).as("another profile's").hasSize(1);
        assertThat(f.tokens.get(p.id())).isEmpty();
        assertThat(f.tokens.get(dev.weft.service.S3KeyCache.entryFor(p.id()))).as("the storage key kept for it").isEmpty();
        assertThat(vm.profiles()).extracting(Profile::name).doesNotContain("Mine");
    }

    @Test
    void twoWeftWindowsOnOneComputerKeepEachOthersProfiles() throws Exception {
        ShellViewModel first = start();
        String url = f.services.sandbox().baseUri().get().toString();
        try (ShellFixture other = new ShellFixture(f.configDir)) {
            ShellViewModel second = new ShellViewModel(other.services, other.fx, UiState.defaults());
            other.onFx(() -> second.start(ShellViewModel.initialProfiles(other.services.profileStore().load(), Map.of()), null));

            Profile prod = first.save(null, new ProfileDraft("Prod", Provider.COREWEAVE, url, null, "sandbox-token")).get(20, TimeUnit.SECONDS);
            Profile staging = second.save(null, new ProfileDraft("Staging", Provider.COREWEAVE, url, null, "sandbox-token"))
                    .get(20, TimeUnit.SECONDS);
            assertThat(new ProfileStore(f.configDir).load().profiles()).as("the second window's save kept the first's profile")
                    .extracting(Profile::name).containsExactly("Sandbox", "Sandbox (Kupe)", "Prod", "Staging");
            assertThat(other.onFx(() -> List.copyOf(second.profiles()))).as("and shows it")
                    .extracting(Profile::name).containsExactly("Sandbox", "Sandbox (Kupe)", "Staging", "Prod");
            await(first.reloadProfiles());
            assertThat(f.onFx(() -> List.copyOf(first.profiles()))).as("the first window takes in the second's when asked")
                    .extracting(Profile::name).containsExactly("Sandbox", "Sandbox (Kupe)", "Environment", "Prod", "Staging");

            var taken = first.save(null, new ProfileDraft("staging", Provider.COREWEAVE, url, null, "sandbox-token"));
            org.assertj.core.api.Assertions.assertThatThrownBy(() -> taken.get(20, TimeUnit.SECONDS))
                    .hasMessageContaining("Another profile is named staging now (saved from another Weft window)");
            assertThat(f.onFx(() -> List.copyOf(first.profiles()))).extracting(Profile::name).doesNotContain("staging");

            await(f.onFx(() -> first.remove(prod)));
            second.save(staging, new ProfileDraft("Staging 2", Provider.COREWEAVE, url, null, null)).get(20, TimeUnit.SECONDS);
            assertThat(new ProfileStore(f.configDir).load().profiles()).as("a profile removed in one window stays removed")
                    .extracting(Profile::name).containsExactly("Sandbox", "Sandbox (Kupe)", "Staging 2");
            assertThat(other.onFx(() -> List.copyOf(second.profiles()))).extracting(Profile::name)
                    .containsExactly("Sandbox", "Sandbox (Kupe)", "Staging 2");
        }
    }

    @Test
    void aRejectedTokenAsksOnceAndTheStatusBarKeepsTheError() throws Exception {
        ShellViewModel vm = start();
        List<Profile> asked = new ArrayList<>();
        vm.onTokenNeeded((p, e) -> asked.add(p));
        String url = f.services.sandbox().baseUri().get().toString();
        Profile bad = vm.save(null, new ProfileDraft("Bad", Provider.COREWEAVE, url, null, "CW-SECRET-wrong")).get(20, TimeUnit.SECONDS);
        await(f.onFx(() -> vm.switchTo(bad)));
        f.until(() -> vm.tabs().get(0).stateProperty().get() == TabViewModel.State.FAILED);
        assertThat(asked).containsExactly(bad);
        assertThat(vm.lastErrorProperty().get()).isInstanceOf(dev.weft.api.ApiException.class);
        assertThat(vm.tabs().get(0).stateProperty().get()).isEqualTo(TabViewModel.State.FAILED);
        assertThat(vm.tabs().get(0).errorProperty().get()).contains("token");
    }

    /** At a switch the status bar says "Not refreshed yet" until the new profile's refresh ends, not the last one's time. */
    @Test
    void aProfileSwitchedToIsNotSaidRefreshedBeforeItsOwnRefreshEnds() throws Exception {
        ShellViewModel vm = start();
        f.until(() -> vm.lastRefreshProperty().get() != null && vm.inFlightProperty().get() == 0);
        List<LastRefresh> atTheSwitch = new ArrayList<>();
        var switched = f.onFx(() -> {
            var done = vm.switchTo(vm.profiles().get(1));
            atTheSwitch.add(vm.lastRefreshProperty().get());
            return done;
        });
        assertThat(atTheSwitch).as("the last profile's refresh").containsOnlyNulls();
        await(switched);
        assertThat(vm.lastRefreshProperty().get()).as("this profile's").isNotNull();
    }

    /**
     * A profile whose token was refused, left while a refresh of it was out: the profile switched to is not asked
     * for a token when that refusal comes, and its status bar does not say the left profile's error.
     */
    @Test
    void aLeftProfilesRefusalIsNotSaidOfTheProfileNowShown() throws Exception {
        ShellViewModel vm = start();
        f.until(() -> vm.lastRefreshProperty().get() != null && vm.inFlightProperty().get() == 0);
        List<Profile> asked = new ArrayList<>();
        vm.onTokenNeeded((p, e) -> asked.add(p));
        String url = f.services.sandbox().baseUri().get().toString();
        Profile bad = vm.save(null, new ProfileDraft("Bad", Provider.COREWEAVE, url, null, "CW-SECRET-wrong")).get(20, TimeUnit.SECONDS);
        f.until(() -> vm.lastRefreshProperty().get() != null && vm.inFlightProperty().get() == 0 && !asked.isEmpty());
        asked.clear();
        vm.unauthorizedHandled();
        var sandbox = f.services.sandbox().running().get(10, TimeUnit.SECONDS);
        sandbox.faults(dev.weft.sandbox.Faults.parse("latency=1500ms"));
        try {
            f.onFx(() -> vm.switchTo(bad));
            f.until(() -> vm.inFlightProperty().get() > 0); // the refused profile's refresh is out
            Profile sandboxProfile = vm.profiles().get(0);
            await(f.onFx(() -> vm.switchTo(sandboxProfile)));
            f.until(() -> vm.inFlightProperty().get() == 0);
        } finally {
            sandbox.faults(dev.weft.sandbox.Faults.NONE);
        }
        assertThat(asked).as("a token asked for").isEmpty();
        assertThat(vm.lastErrorProperty().get()).as("the status bar's last error").isNull();
        assertThat(vm.lastRefreshProperty().get().ok()).isTrue();
    }

    @Test
    void theAutoRefreshRefreshesEveryTabIsRememberedAndWaitsWhileTheTokenIsRefused() throws Exception {
        ShellViewModel vm = start();
        f.until(() -> vm.lastRefreshProperty().get() != null && vm.inFlightProperty().get() == 0);
        assertThat(vm.autoRefreshProperty().get()).as("off until chosen").isEqualTo(dev.weft.ui.common.AutoRefresh.OFF);
        f.onFx(() -> vm.autoRefreshProperty().set(dev.weft.ui.common.AutoRefresh.FIVE_MINUTES));
        assertThat(persisted).last().extracting(UiState::autoRefresh).isEqualTo(dev.weft.ui.common.AutoRefresh.FIVE_MINUTES);

        LastRefresh before = vm.lastRefreshProperty().get();
        assertThat(f.onFx(vm::autoRefreshTick)).as("a tick with nothing in flight refreshes").isTrue();
        f.until(() -> vm.lastRefreshProperty().get() != before);
        assertThat(vm.lastRefreshProperty().get().ok()).isTrue();

        List<Profile> asked = new ArrayList<>();
        vm.onTokenNeeded((p, e) -> asked.add(p));
        String url = f.services.sandbox().baseUri().get().toString();
        Profile bad = vm.save(null, new ProfileDraft("Bad", Provider.COREWEAVE, url, null, "CW-SECRET-wrong")).get(20, TimeUnit.SECONDS);
        await(f.onFx(() -> vm.switchTo(bad)));
        f.until(() -> vm.lastRefreshProperty().get() != null && !vm.lastRefreshProperty().get().ok() && vm.inFlightProperty().get() == 0);
        assertThat(asked).hasSize(1);
        vm.unauthorizedHandled(); // the prompt closed, the profile not mended
        assertThat(f.onFx(vm::autoRefreshTick)).as("not again and again against a refused token").isFalse();
        assertThat(asked).as("so the prompt does not come back at every tick").hasSize(1);
    }

    /**
     * Without a keychain a token lasts only until Weft closes, and the profile dialog promises to ask for it
     * next time: a profile without one asks, once, and sends nothing (it went out unauthenticated and came
     * back as "the token was not accepted").
     */
    @Test
    void aProfileWithNoTokenAsksForItOnceAndSendsNothing() throws Exception {
        ShellViewModel vm = start();
        List<dev.weft.api.ApiException> asked = new ArrayList<>();
        vm.onTokenNeeded((p, e) -> asked.add(e));
        String url = f.services.sandbox().baseUri().get().toString();
        // A token the sandbox takes: a refused one could be asked about first, as the save's own switch loads the tabs.
        Profile next = vm.save(null, new ProfileDraft("Next run", Provider.COREWEAVE, url, null, "sandbox-token")).get(20, TimeUnit.SECONDS);
        f.tokens.delete(next.id()); // as after a restart without a keychain
        await(f.onFx(() -> vm.switchTo(vm.profiles().get(0))));
        await(f.onFx(() -> vm.switchTo(next)));
        f.until(() -> vm.tabs().stream().allMatch(t -> t.stateProperty().get() == TabViewModel.State.FAILED));
        assertThat(asked).hasSize(1);
        assertThat(asked.get(0).kind()).as("refused before sending").isEqualTo(dev.weft.api.ApiException.Kind.NO_TOKEN);
        assertThat(vm.tabs().get(0).errorProperty().get()).isEqualTo("This profile has no API token: paste one into the profile.");
    }

    @Test
    void theEnvironmentProfileUsesTheEnvironmentsToken() throws Exception {
        ShellViewModel vm = start();
        Profile env = vm.profiles().get(2);
        assertThat(env.kind()).isEqualTo(Profile.Kind.ENVIRONMENT);
        assertThat(env.endpoint().toString()).isEqualTo("https://api.coreweave.com");
        assertThat(f.services.sessions().open(env).get(5, TimeUnit.SECONDS).client().curl(
                dev.weft.api.cks.CksApi.listRequest())).contains("$COREWEAVE_API_TOKEN").doesNotContain("from-env");
    }
}
