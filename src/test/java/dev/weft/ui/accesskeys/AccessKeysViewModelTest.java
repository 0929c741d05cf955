package dev.weft.ui.accesskeys;

import dev.weft.testing.Waits;

import dev.weft.api.ApiException;
import dev.weft.api.GrpcCode;
import dev.weft.api.objectstorage.AccessKeyInfo;
import dev.weft.api.objectstorage.CreateAccessKeyRequest;
import dev.weft.api.objectstorage.CreatedAccessKey;
import dev.weft.ui.common.UiState;
import dev.weft.ui.shell.ShellFixture;
import dev.weft.ui.shell.ShellViewModel;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/** The Access Keys ViewModel without a toolkit, against the sandbox's sample keys. */
class AccessKeysViewModelTest {
    private final ShellFixture f = new ShellFixture();
    private final ShellViewModel shell = new ShellViewModel(f.services, f.fx, UiState.defaults());
    private final AccessKeysViewModel vm = shell.accessKeys();

    AccessKeysViewModelTest() throws Exception {
        f.onFx(() -> shell.start(ShellViewModel.initialProfiles(f.services.profileStore().load(), Map.of()), null));
        f.until(() -> vm.items().size() == 12);
    }

    @AfterEach
    void stop() {
        f.close();
    }


    private KeyItem item(String id) {
        return vm.items().stream().filter(i -> i.id().equals(id)).findFirst().orElseThrow();
    }

    @Test
    void filtersByStatusPrincipalAndSearch() {
        f.onFx(() -> vm.statusFilterProperty().set(AccessKeyInfo.REVOKED));
        assertThat(vm.visibleItems()).hasSize(3);
        f.onFx(() -> vm.principalFilterProperty().set("coreweave/ueqXfgRCYGqptEXAMPLE1"));
        assertThat(vm.visibleItems()).extracting(KeyItem::id).containsExactly("CWTEAMMATEKEY004");
        f.onFx(() -> vm.statusFilterProperty().set(AccessKeysViewModel.ALL));
        f.onFx(() -> shell.searchProperty().set("eval"));
        assertThat(vm.visibleItems()).extracting(KeyItem::id).containsExactly("CWTEAMMATEKEY002");
        assertThat(vm.principals()).hasSize(4);
    }

    @Test
    void theCsvHoldsTheKeysTheTableShowsInItsOrder() throws Exception {
        CreatedAccessKey made = vm.create(new CreateAccessKeyRequest(3600L, Map.of("name", "ci, nightly"))).get(10, TimeUnit.SECONDS);
        f.until(() -> vm.items().size() == 13);
        var file = f.configDir.resolve("out/keys.csv");
        assertThat(f.onFx(() -> vm.exportCsv(file)).get(10, TimeUnit.SECONDS)).isEqualTo(file);
        java.util.List<String> lines = java.nio.file.Files.readAllLines(file);
        assertThat(lines.get(0)).isEqualTo("access_key_id,principal,status,expiry,attributes");
        assertThat(lines.subList(1, lines.size())).as("every key shown, in the table's order")
                .extracting(l -> l.substring(0, l.indexOf(','))).containsExactlyElementsOf(vm.visibleItems().stream().map(KeyItem::id).toList());
        assertThat(lines).as("a value with a comma is quoted, a permanent key has no expiry")
                .anyMatch(l -> l.startsWith(made.accessKeyId() + ",") && l.endsWith(",\"name=ci, nightly\""))
                .contains("CWSANDBOXADMIN01,coreweave/k9T7UgCfCOgsJ2jeTl7t,ACTIVE,,name=laptop");

        f.onFx(() -> vm.statusFilterProperty().set(AccessKeyInfo.REVOKED));
        f.onFx(() -> vm.exportCsv(file)).get(10, TimeUnit.SECONDS);
        assertThat(java.nio.file.Files.readAllLines(file)).as("filtered as the table is").hasSize(4)
                .allMatch(l -> l.startsWith("access_key_id") || l.contains(",REVOKED,"));
    }

    @Test
    void anAttributeASpreadsheetWouldRunAsAFormulaIsExportedAsText() throws Exception {
        // Anyone who may make keys may name an attribute so; "@" sorts before letters, so it starts the cell.
        vm.create(new CreateAccessKeyRequest(3600L, Map.of("@SUM(1+1)*cmd|' /C calc'!A0", "x", "name", "=HYPERLINK(\"http://x\")")))
                .get(10, TimeUnit.SECONDS);
        f.until(() -> vm.items().size() == 13);
        var file = f.configDir.resolve("out/keys.csv");
        f.onFx(() -> vm.exportCsv(file)).get(10, TimeUnit.SECONDS);
        String line = java.nio.file.Files.readAllLines(file).stream().filter(l -> l.contains("SUM(")).findFirst().orElseThrow();
        assertThat(line.substring(line.lastIndexOf(",\"") + 1)).as("the attributes' cell, quoted for its comma")
                .startsWith("\"'@SUM(1+1)*cmd|' /C calc'!A0=x");
    }

    @Test
    void theSummaryCountsTheKeysOfEachStatusAndThePrincipalsAreListedInOrder() {
        // Counted as the list was read; checked here against the rows, counted plainly.
        java.util.function.Function<String, Long> count = status -> vm.items().stream()
                .filter(i -> status.equals(i.info().status())).count();
        assertThat(count.apply(AccessKeyInfo.REVOKED)).isEqualTo(3);
        assertThat(vm.summaryProperty().get()).isEqualTo("12 keys of 3 principals: " + count.apply(AccessKeyInfo.ACTIVE) + " active, "
                + count.apply(AccessKeyInfo.EXPIRED) + " expired, 3 revoked");
        assertThat(vm.principals()).containsExactlyElementsOf(java.util.stream.Stream.concat(java.util.stream.Stream.of(AccessKeysViewModel.ALL),
                vm.items().stream().map(i -> i.info().principalName()).distinct().sorted()).toList());
    }

    @Test
    void aKeyListedTwiceIsCountedOnceWithItsLastValue() {
        AccessKeyInfo first = new AccessKeyInfo("CWTWICE", AccessKeyInfo.ACTIVE, "coreweave/a", Map.of(), null, "org");
        AccessKeyInfo again = new AccessKeyInfo("CWTWICE", AccessKeyInfo.REVOKED, "coreweave/b", Map.of(), null, "org");
        AccessKeysViewModel.Loaded loaded = java.util.stream.Stream.of(first, again).collect(AccessKeysViewModel.Loaded.read(0, null));
        assertThat(loaded.keys().values()).containsExactly(again);
        assertThat(loaded.summary()).isEqualTo("1 key of 1 principal: 1 revoked");
        assertThat(loaded.principalNames()).containsExactly("coreweave/b");
        assertThat(AccessKeysViewModel.Loaded.summary(100_012, 50, Map.of("active", 100_012)))
                .isEqualTo("100,012 keys of 50 principals: 100,012 active");
    }

    @Test
    @SuppressWarnings({"unchecked", "rawtypes"})
    void aKeyInBothHalvesOfALongListIsCountedOnceWithItsLaterValue() {
        // A long list is read in two halves on two threads, each counted as it is read, then joined.
        java.util.stream.Collector c = AccessKeysViewModel.Loaded.read(0, null);
        Object first = c.supplier().get();
        Object later = c.supplier().get();
        c.accumulator().accept(first, new AccessKeyInfo("CWONE", AccessKeyInfo.ACTIVE, "coreweave/a", Map.of(), null, "org"));
        c.accumulator().accept(first, new AccessKeyInfo("CWTWICE", AccessKeyInfo.ACTIVE, "coreweave/a", Map.of(), null, "org"));
        AccessKeyInfo again = new AccessKeyInfo("CWTWICE", AccessKeyInfo.REVOKED, "coreweave/b", Map.of(), null, "org");
        c.accumulator().accept(later, again);
        c.accumulator().accept(later, new AccessKeyInfo("CWTHREE", AccessKeyInfo.EXPIRED, "coreweave/c", Map.of(), null, "org"));
        AccessKeysViewModel.Loaded loaded = (AccessKeysViewModel.Loaded) c.finisher().apply(c.combiner().apply(first, later));
        assertThat(loaded.keys().values()).extracting(AccessKeyInfo::accessKeyId).containsExactly("CWONE", "CWTWICE", "CWTHREE");
        assertThat(loaded.keys().values().get(1)).isSameAs(again);
        assertThat(loaded.summary()).isEqualTo("3 keys of 3 principals: 1 active, 1 expired, 1 revoked");
        assertThat(loaded.principalNames()).containsExactly("coreweave/a", "coreweave/b", "coreweave/c");
    }

    @Test
    void keysReadAgainAreTheTablesOwnObjectsWhereNothingChanged() {
        AccessKeyInfo kept = new AccessKeyInfo("CWKEPT", AccessKeyInfo.ACTIVE, "coreweave/a", Map.of("name", "ci"), null, "org");
        AccessKeyInfo revoked = new AccessKeyInfo("CWREVOKED", AccessKeyInfo.ACTIVE, "coreweave/a", Map.of(), null, "org");
        AccessKeysViewModel.Loaded shown = java.util.stream.Stream.of(kept, revoked).collect(AccessKeysViewModel.Loaded.read(0, null));

        AccessKeyInfo keptAgain = new AccessKeyInfo("CWKEPT", AccessKeyInfo.ACTIVE, "coreweave/a", Map.of("name", "ci"), null, "org");
        AccessKeyInfo nowRevoked = new AccessKeyInfo("CWREVOKED", AccessKeyInfo.REVOKED, "coreweave/a", Map.of(), null, "org");
        AccessKeysViewModel.Loaded again = java.util.stream.Stream.of(keptAgain, nowRevoked)
                .collect(AccessKeysViewModel.Loaded.read(2, shown.keys()));
        assertThat(again.keys().values().get(0)).as("unchanged: the merge sees the same object, no field compared").isSameAs(kept);
        assertThat(again.keys().values().get(1)).isSameAs(nowRevoked);
        assertThat(again.summary()).isEqualTo("2 keys of 1 principal: 1 active, 1 revoked");
    }

    @Test
    void aTabOutOfSightFiltersWhenShownNotOnEveryKeystroke() {
        f.onFx(() -> vm.shownProperty().set(false));
        f.onFx(() -> shell.searchProperty().set("eval"));
        assertThat(vm.visibleItems()).as("nothing done while out of sight").hasSize(12);
        f.onFx(() -> vm.shownProperty().set(true));
        assertThat(vm.visibleItems()).extracting(KeyItem::id).containsExactly("CWTEAMMATEKEY002");
    }

    @Test
    void revokeAllCountsOnlyKeysNotRevokedYetAndKeepsRowIdentity() throws Exception {
        KeyItem before = item("CWTEAMMATEKEY001");
        assertThat(vm.revocable("coreweave/ueqXfgRCYGqptEXAMPLE1")).isEqualTo(3);
        vm.revokePrincipal("coreweave/ueqXfgRCYGqptEXAMPLE1").get(10, TimeUnit.SECONDS);
        f.until(() -> AccessKeyInfo.REVOKED.equals(item("CWTEAMMATEKEY001").info().status()));
        assertThat(item("CWTEAMMATEKEY001")).isSameAs(before);
        assertThat(vm.revocable("coreweave/ueqXfgRCYGqptEXAMPLE1")).isZero();
    }

    /**
     * Keys revoked together go one after the other: a key the server no longer knows is passed over, any other
     * failure stops the rest, which are left as they were and said not to be tried; those revoked already are not sent.
     */
    @Test
    void severalKeysAreRevokedInTurnAndAFailureStopsTheRest() throws Exception {
        AccessKeyInfo listed = item("CWTEAMMATEKEY001").info();
        KeyItem gone = new KeyItem(new AccessKeyInfo("CWGONE0000001", AccessKeyInfo.ACTIVE, listed.principalName(),
                listed.attributes(), listed.expiry(), listed.orgId()));
        KeyItem refused = new KeyItem(new AccessKeyInfo(" ", AccessKeyInfo.ACTIVE, listed.principalName(),
                listed.attributes(), listed.expiry(), listed.orgId())); // the server wants an id: 400
        List<String> said = java.util.Collections.synchronizedList(new java.util.ArrayList<>());
        vm.revokingProperty().addListener((o, was, now) -> said.add(now));
        AccessKeysViewModel.Revocation r = vm.revoke(List.of(item("CWSANDBOXADMIN01"), item("CWSANDBOXADMIN05"), gone, refused,
                item("CWSANDBOXADMIN02"))).get(10, TimeUnit.SECONDS);
        assertThat(r.revoked()).containsExactly("CWSANDBOXADMIN01");
        assertThat(r.failed()).containsOnlyKeys("CWGONE0000001", " ");
        assertThat(((ApiException) r.failed().get("CWGONE0000001")).isNotFound()).isTrue();
        assertThat(((ApiException) r.failed().get(" ")).httpStatus()).isEqualTo(400);
        assertThat(r.notTried()).as("not sent after a failure that is not a missing key").containsExactly("CWSANDBOXADMIN02");
        assertThat(r.asked()).as("the key revoked already is not asked again").isEqualTo(4);
        f.until(() -> AccessKeyInfo.REVOKED.equals(item("CWSANDBOXADMIN01").info().status()));
        assertThat(item("CWSANDBOXADMIN02").info().status()).isEqualTo(AccessKeyInfo.ACTIVE);
        f.until(() -> vm.revokingProperty().get().isEmpty());
        assertThat(said).as("how far it is, under the table, then the counts again").containsExactly("Revoking 4 keys… 0 done",
                "Revoking 4 keys… 1 done", "Revoking 4 keys… 2 done", "Revoking 4 keys… 3 done", "");
    }

    /**
     * Under a faulty server (429, 500, 503 on a third of the requests), revoking the same keys again after each
     * stop, as Revoke… again does, ends with every one revoked: what failed is an ApiException to say each time,
     * and nothing escapes.
     */
    @Test
    void severalKeysUnderFaultsAreAllRevokedByAskingAgain() throws Exception {
        var sandbox = f.services.sandbox().running().get(10, TimeUnit.SECONDS);
        List<KeyItem> keys = vm.items().stream().filter(k -> !AccessKeyInfo.REVOKED.equals(k.info().status())).toList();
        sandbox.faults(dev.weft.sandbox.Faults.parse("error-rate=1"));
        int rounds = 0;
        try {
            AccessKeysViewModel.Revocation first = vm.revoke(keys).get(30, TimeUnit.SECONDS);
            assertThat(first.failed()).as("the first fails, and stops the rest").hasSize(1);
            assertThat(first.notTried()).hasSize(keys.size() - 1);
            f.until(() -> vm.revokingProperty().get().isEmpty());
            sandbox.faults(dev.weft.sandbox.Faults.parse("error-rate=0.34"));
            while (keys.stream().anyMatch(k -> !AccessKeyInfo.REVOKED.equals(k.info().status())) && rounds < 60) {
                rounds++;
                AccessKeysViewModel.Revocation r = vm.revoke(keys).get(30, TimeUnit.SECONDS);
                assertThat(r.failed().values()).allSatisfy(e -> assertThat(e).isInstanceOf(ApiException.class));
                f.until(() -> vm.revokingProperty().get().isEmpty() && vm.stateProperty().get() != dev.weft.ui.tabs.TabViewModel.State.LOADING);
            }
        } finally {
            sandbox.faults(dev.weft.sandbox.Faults.parse("error-rate=0"));
        }
        vm.refresh(shell.sessionProperty().get()).get(10, TimeUnit.SECONDS);
        f.until(() -> keys.stream().allMatch(k -> AccessKeyInfo.REVOKED.equals(k.info().status())));
        assertThat(keys).allSatisfy(k -> assertThat(k.info().status()).isEqualTo(AccessKeyInfo.REVOKED));
    }

    /** Stopped, the revoke under way ends and those after it are not tried, nor said to have failed. */
    @Test
    void revokingSeveralKeysStopsBetweenTwoWhenAsked() throws Exception {
        List<KeyItem> keys = vm.items().stream().filter(k -> !AccessKeyInfo.REVOKED.equals(k.info().status())).toList();
        CompletableFuture<AccessKeysViewModel.Revocation> running = vm.revoke(keys);
        vm.stopRevoking();
        AccessKeysViewModel.Revocation r = running.get(10, TimeUnit.SECONDS);
        assertThat(r.revoked()).containsExactly(keys.get(0).id());
        assertThat(r.failed()).isEmpty();
        assertThat(r.notTried()).hasSize(keys.size() - 1);
        f.until(() -> AccessKeyInfo.REVOKED.equals(keys.get(0).info().status()));
        assertThat(keys.get(1).info().status()).isNotEqualTo(AccessKeyInfo.REVOKED);
    }

    /**
     * Keys revoked together go on while another profile is shown, the count under its table saying whose they are;
     * their profile chosen again reads them all revoked at the end.
     */
    @Test
    void keysRevokedTogetherAreSaidToBeTheirProfilesWhileAnotherIsShown() throws Exception {
        var sandbox = shell.activeProperty().get();
        var kupe = shell.profiles().stream().filter(p -> p.name().equals("Sandbox (Kupe)")).findFirst().orElseThrow();
        var server = f.services.sandbox().running().get(10, TimeUnit.SECONDS);
        List<KeyItem> keys = vm.items().stream().filter(k -> !AccessKeyInfo.REVOKED.equals(k.info().status())).toList();
        // A second a revoke: the batch outlasts two profile switches (each a load at that pace) on a slow machine too.
        server.faults(dev.weft.sandbox.Faults.parse("latency=1000ms"));
        CompletableFuture<AccessKeysViewModel.Revocation> running;
        try {
            running = f.onFx(() -> vm.revoke(keys));
            assertThat(f.onFx(() -> vm.revokingProperty().get())).isEqualTo("Revoking " + keys.size() + " keys… 0 done");
            f.onFx(() -> shell.switchTo(kupe)).get(20, TimeUnit.SECONDS);
            assertThat(f.onFx(() -> vm.revokingProperty().get())).startsWith("Revoking " + keys.size() + " keys of “" + sandbox.name() + "”… ");
            f.onFx(() -> shell.switchTo(sandbox)).get(20, TimeUnit.SECONDS);
            assertThat(f.onFx(() -> vm.revokingProperty().get())).startsWith("Revoking " + keys.size() + " keys… ");
        } finally {
            server.faults(dev.weft.sandbox.Faults.NONE);
        }
        assertThat(running.get(20, TimeUnit.SECONDS).revoked()).as("none left for the switch").hasSize(keys.size());
        f.until(() -> vm.revokingProperty().get().isEmpty());
        java.util.Set<String> ids = keys.stream().map(KeyItem::id).collect(java.util.stream.Collectors.toSet());
        f.until(() -> vm.items().stream().filter(k -> ids.contains(k.id())).allMatch(k -> AccessKeyInfo.REVOKED.equals(k.info().status())));
        assertThat(vm.items().stream().filter(k -> ids.contains(k.id()))).as("the profile chosen again reads them all revoked, "
                + "those revoked after it was too").hasSize(keys.size());
    }

    /** Copy as curl for keys chosen together: a command a key not revoked yet, the first so many, never the token. */
    @Test
    void theCurlOfSeveralKeysIsOneCommandAKeyToRevoke() {
        List<KeyItem> keys = List.of(item("CWSANDBOXADMIN01"), item("CWSANDBOXADMIN05"), item("CWTEAMMATEKEY001"), item("CWPIPELINEKEY001"));
        String all = vm.curlRevoke(keys, 10);
        assertThat(all.split("curl ", -1)).as("three commands: the revoked key left out").hasSize(4);
        assertThat(all).contains("CWSANDBOXADMIN01").contains("CWTEAMMATEKEY001").contains("CWPIPELINEKEY001")
                .doesNotContain("CWSANDBOXADMIN05").contains("$COREWEAVE_API_TOKEN").doesNotContain("sandbox-token");
        String two = vm.curlRevoke(keys, 2);
        assertThat(two).doesNotContain("CWPIPELINEKEY001").endsWith("# … and 1 more: choose fewer keys to see them all.");
    }

    @Test
    void aNewKeyAppearsAndItsSecretIsOnlyInTheAnswer() throws Exception {
        CreatedAccessKey key = vm.create(CreateAccessKeyRequest.temporary(600)).get(10, TimeUnit.SECONDS);
        f.until(() -> vm.items().stream().anyMatch(i -> i.id().equals(key.accessKeyId())));
        assertThat(item(key.accessKeyId()).info().toString()).doesNotContain(key.secretKey());
    }

    @Test
    void countdownsInWords() {
        Instant now = Instant.parse("2026-11-23T10:00:00Z");
        assertThat(Countdown.of(now.plus(Duration.ofMinutes(192)), false, now)).isEqualTo("in 3 h 12 min");
        assertThat(Countdown.of(now.plusSeconds(40), false, now)).isEqualTo("in 40 s");
        assertThat(Countdown.of(now.plus(Duration.ofDays(2).plusHours(1)), false, now)).isEqualTo("in 2 d 1 h");
        assertThat(Countdown.of(now.minus(Duration.ofHours(2)), false, now)).isEqualTo("expired 2 h ago");
        assertThat(Countdown.of(now.minus(Duration.ofMinutes(12 * 60 + 17)), false, now))
                .as("the past in its largest unit: the exact time is beside it, and longer words were cut short").isEqualTo("expired 12 h ago");
        assertThat(Countdown.of(now.minus(Duration.ofDays(3).plusHours(5)), false, now)).isEqualTo("expired 3 d ago");
        assertThat(Countdown.of(now.minus(Duration.ofMinutes(7)), false, now)).isEqualTo("expired 7 min ago");
        assertThat(Countdown.of(null, true, now)).isEqualTo("never");
        assertThat(Countdown.soon(now.plus(Duration.ofHours(23)), false, now)).isTrue();
        assertThat(Countdown.soon(now.plus(Duration.ofHours(25)), false, now)).isFalse();
        assertThat(Countdown.soon(now.minusSeconds(1), false, now)).isFalse();
    }

    @Test
    void a403NamesThePermissionToGrant() {
        ApiException forbidden = new ApiException(ApiException.Kind.HTTP_ERROR, 403, GrpcCode.PERMISSION_DENIED, "denied",
                null, null, "POST /v1/cwobject/access-key", null);
        assertThat(AccessKeysViewModel.explain(forbidden, "cwobject:CreateAccessKey")).contains("cwobject:CreateAccessKey");
        ApiException unauthorized = new ApiException(ApiException.Kind.HTTP_ERROR, 401, GrpcCode.UNAUTHENTICATED, "bad token",
                null, null, "GET /x", null);
        assertThat(AccessKeysViewModel.explain(unauthorized, "cwobject:CreateAccessKey")).contains("token").contains("profile");
    }
}
