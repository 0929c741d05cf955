package dev.weft.service;

import dev.weft.api.objectstorage.AccessPolicy;
import dev.weft.api.objectstorage.AccessPolicy.Statement;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/** Drafts are offered back after a crash, not while another Weft window on this computer is editing them. */
class DraftStoreTest {
    @TempDir
    Path dir;

    private final AccessPolicy policy = new AccessPolicy(AccessPolicy.VERSION, "readers", List.of(
            new Statement("read", Statement.ALLOW, List.of("s3:GetObject"), List.of("datasets"), List.of("*"))));

    @Test
    void aDraftAnotherRunningWeftIsWritingIsOfferedOnlyOnceThatWeftIsGone() throws Exception {
        Process other = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), StaysOpen.class.getName()).start();
        try {
            DraftStore.Writer writer = DraftStore.Writer.of(other.toHandle());
            DraftStore store = new DraftStore(dir);
            store.save("readers", new DraftStore.Draft("profile-1", policy, policy, Instant.now(), writer));
            assertThat(store.list("profile-1")).as("the other window is still editing it").isEmpty();

            store.save("readers", new DraftStore.Draft("profile-1", policy, policy, Instant.now(),
                    new DraftStore.Writer(other.pid(), writer.started().minusSeconds(3600))));
            assertThat(store.list("profile-1")).as("its writer's id now belongs to another process").hasSize(1);

            store.save("readers", new DraftStore.Draft("profile-1", policy, policy, Instant.now(), new DraftStore.Writer(other.pid(), null)));
            assertThat(store.list("profile-1")).as("a writer that cannot be told apart: offered, not hidden").hasSize(1);

            store.save("readers", new DraftStore.Draft("profile-1", policy, policy, Instant.now(), writer));
            other.destroyForcibly();
            assertThat(other.waitFor(20, TimeUnit.SECONDS)).isTrue();
            assertThat(store.list("profile-1")).as("its window was killed").extracting(DraftStore.Draft::policy).containsExactly(policy);
        } finally {
            other.destroyForcibly();
        }
    }

    @Test
    void thisWindowsOwnDraftsAndDraftsOfEarlierVersionsAreOffered() throws Exception {
        DraftStore store = new DraftStore(dir);
        store.save("readers", new DraftStore.Draft("profile-1", policy, policy, Instant.now()));
        assertThat(store.list("profile-1")).extracting(DraftStore.Draft::writer).containsExactly(DraftStore.Writer.of(ProcessHandle.current()));
        store.save("readers", new DraftStore.Draft("profile-1", policy, policy, Instant.now(), null));
        assertThat(store.list("profile-1")).hasSize(1);
    }

    /** The Environment profile's drafts are its own, not the Environment (Kupe) one's, whose file names begin alike. */
    @Test
    void aProfilesDraftsAreItsOwnEvenWhereAnothersIdBeginsWithItsAndGoWithIt() throws Exception {
        DraftStore store = new DraftStore(dir);
        store.save("readers", new DraftStore.Draft("environment", policy, policy, Instant.now()));
        store.save("readers", new DraftStore.Draft("environment-kupe", policy, policy, Instant.now()));
        assertThat(store.list("environment")).extracting(DraftStore.Draft::profileId).containsExactly("environment");
        store.deleteAll("environment");
        assertThat(store.list("environment")).isEmpty();
        assertThat(store.list("environment-kupe")).as("the other profile's, kept").hasSize(1);
    }

    /** A process that stays open until it is killed, as a Weft window editing a draft does. */
    public static final class StaysOpen {
        public static void main(String[] args) throws InterruptedException {
            Thread.sleep(TimeUnit.MINUTES.toMillis(2));
        }
    }
}
