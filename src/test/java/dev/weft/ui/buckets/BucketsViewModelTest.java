package dev.weft.ui.buckets;

import dev.weft.testing.Waits;

import dev.weft.api.objectstorage.BucketSettings;
import dev.weft.api.objectstorage.OrganizationSettings;
import dev.weft.ui.common.UiState;
import dev.weft.ui.shell.ShellFixture;
import dev.weft.ui.shell.ShellViewModel;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

/** The Buckets ViewModel without a toolkit, against the sandbox's eight buckets. */
class BucketsViewModelTest {
    private final ShellFixture f = new ShellFixture();
    private final ShellViewModel shell = new ShellViewModel(f.services, f.fx, UiState.defaults());
    private final BucketsViewModel vm = shell.buckets();

    BucketsViewModelTest() throws Exception {
        f.onFx(() -> shell.start(ShellViewModel.initialProfiles(f.services.profileStore().load(), Map.of()), null));
        f.until(() -> vm.items().size() == 8 && vm.organizationProperty().get() != null);
    }

    @AfterEach
    void stop() {
        f.close();
    }


    private BucketItem item(String name) {
        return vm.items().stream().filter(i -> i.name().equals(name)).findFirst().orElseThrow();
    }

    @Test
    void zoneAndSearchFilterAndTheTotalsFollow() {
        assertThat(vm.totalsProperty().get()).startsWith("8 buckets");
        f.onFx(() -> vm.zoneProperty().set("US-WEST-04A"));
        assertThat(vm.visibleItems()).extracting(BucketItem::name)
                .containsExactlyInAnyOrder("training-scratch", "inference-cache", "backups", "web-assets");
        assertThat(vm.totalsProperty().get()).startsWith("4 buckets");
        f.onFx(() -> shell.searchProperty().set("back"));
        assertThat(vm.visibleItems()).extracting(BucketItem::name).containsExactly("backups");
        assertThat(vm.totalsProperty().get()).isEqualTo("1 bucket  ·  61.0 TiB  ·  77,019 objects");
    }

    @Test
    void aRefreshThatChangesTenThousandBucketsIsTakenInOnce() {
        java.util.function.IntFunction<java.util.List<dev.weft.api.objectstorage.BucketInfo>> buckets = bytes ->
                java.util.stream.IntStream.range(0, 10_000).mapToObj(i -> new dev.weft.api.objectstorage.BucketInfo("org",
                        "bucket-" + i, java.time.Instant.EPOCH, null, "US-EAST-04A", java.util.List.of(
                        new dev.weft.api.objectstorage.BucketInfo.Usage(dev.weft.api.objectstorage.BucketInfo.BYTES,
                                String.valueOf(bytes), null)))).toList();
        f.onFx(() -> vm.merge(buckets.apply(1)));
        java.util.concurrent.atomic.AtomicInteger rowEvents = new java.util.concurrent.atomic.AtomicInteger();
        java.util.concurrent.atomic.AtomicInteger changes = new java.util.concurrent.atomic.AtomicInteger();
        f.onFx(() -> {
            vm.items().addListener((javafx.collections.ListChangeListener<BucketItem>) c -> rowEvents.incrementAndGet());
            vm.rowsChangedProperty().addListener((o, a, b) -> changes.incrementAndGet());
        });

        f.onFx(() -> vm.merge(buckets.apply(2))); // every bucket's usage changed
        assertThat(rowEvents).as("no event per changed bucket").hasValue(0);
        assertThat(changes).as("the charts and the detail pane are redone once").hasValue(1);
        assertThat(vm.totalsProperty().get()).startsWith("10,000 buckets  ·  19.5 KiB");
    }

    @Test
    void csvHoldsTheFilteredRowsWithRealNumbers() throws Exception {
        f.onFx(() -> vm.zoneProperty().set("US-WEST-04A"));
        String csv = vm.csv();
        assertThat(csv.lines().findFirst()).contains("name,location,created,audit_logging,archive,archive_after_days,bytes,objects");
        assertThat(csv.lines()).hasSize(5);
        assertThat(csv).contains("backups,US-WEST-04A,").contains(",true,true,180," + (61L << 40) + ",77019");
        var file = f.configDir.resolve("out/buckets.csv");
        assertThat(vm.exportCsv(file).get(5, TimeUnit.SECONDS)).isEqualTo(file);
        assertThat(Files.readString(file)).isEqualTo(csv);
    }

    @Test
    void settingsAreAppliedAndARefusalLeavesTheBucketAsItWas() throws Exception {
        BucketItem models = item("models");
        vm.applySettings(models, new BucketSettings(false, true, 75)).get(5, TimeUnit.SECONDS);
        assertThat(models.settings()).isEqualTo(new BucketSettings(false, true, 75));
        Throwable refused = catchThrowable(() -> vm.applySettings(models, new BucketSettings(true, true, 10)).get(5, TimeUnit.SECONDS));
        assertThat(refused).hasMessageContaining("60");
        assertThat(models.settings()).isEqualTo(new BucketSettings(false, true, 75));
    }

    @Test
    void organizationSettingsSendOnlyWhatChanged() throws Exception {
        assertThat(vm.organizationProperty().get()).isEqualTo(new OrganizationSettings(false, true));
        vm.applyOrganization(true, null).get(5, TimeUnit.SECONDS);
        assertThat(vm.organizationProperty().get()).isEqualTo(new OrganizationSettings(true, true));
    }

    @Test
    void theSnippetUsesTheHelperNotASecret() throws Exception {
        String s = vm.snippet(item("datasets").info());
        assertThat(s).contains("credential_process 'weft s3-credentials --profile Sandbox --profile-id sandbox-coreweave' --profile weft-sandbox")
                .contains("s3://datasets/").contains("--region US-EAST-04A").contains("rclone lsf")
                .doesNotContain("aws_secret_access_key").doesNotContain("sandbox-token").doesNotContainPattern("cwo[a-z0-9]{40}");
        // Installed, the launcher is named by its full path (nothing is put on the PATH), quoted for the CLI's own split.
        String launcher = "/Applications/Weft App.app/Contents/MacOS/Weft";
        System.setProperty("jpackage.app-path", launcher);
        try {
            String line = vm.snippet(item("datasets").info()).lines().filter(l -> l.startsWith("aws configure set credential_process "))
                    .findFirst().orElseThrow();
            // The shell reads the line's argument, then the AWS CLI splits it as a shell would: the launcher whole.
            String process = dev.weft.testing.ShellReads.words(line.substring("aws configure set credential_process ".length())).get(0);
            assertThat(dev.weft.testing.ShellReads.words(process)).containsExactly(launcher, "s3-credentials", "--profile", "Sandbox",
                    "--profile-id", "sandbox-coreweave");
        } finally {
            System.clearProperty("jpackage.app-path");
        }
        // On Windows the profile is written by the tab's button: no line there whose quoting only a POSIX shell reads.
        String windows = vm.snippet(item("datasets").info(), true);
        assertThat(windows).doesNotContain("aws configure set").contains("Add to AWS config")
                .contains("aws s3 ls s3://datasets/ --profile weft-sandbox --region US-EAST-04A")
                .contains("$env:AWS_PROFILE = 'weft-sandbox'; rclone lsf ':s3,").doesNotContain("sandbox-token");
        assertThat(BucketsViewModel.endpoint(item("datasets").info())).isEqualTo("https://datasets.cwobject.com");
        assertThat(vm.largest(3)).extracting(BucketItem::name).containsExactly("datasets", "checkpoints", "backups");
    }
}
