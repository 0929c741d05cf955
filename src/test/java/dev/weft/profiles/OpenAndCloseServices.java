package dev.weft.profiles;

import dev.weft.sandbox.SandboxConfig;
import dev.weft.service.AppServices;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * A JVM of its own for {@link KeychainTokenStoreTest}: opens Weft's services on the real keychain (under the
 * test's service name), says whether it got one, closes them as the window's closing does, and returns from
 * {@code main} without {@code System.exit}, so that it ends only if nothing of the keychain is left running.
 */
public final class OpenAndCloseServices {
    private OpenAndCloseServices() {
    }

    public static void main(String[] args) throws Exception {
        Path dir = Files.createTempDirectory("weft-close");
        AppServices services = new AppServices(dir, Map.of(), SandboxConfig.defaults(),
                work -> TokenStores.probe(work.executor(), args[0]));
        TokenStore store = services.tokens().get(10, TimeUnit.SECONDS);
        System.out.println("keychain: " + store.persistent() + " (" + store.describe() + ")");
        services.close();
        Files.delete(dir);
    }
}
