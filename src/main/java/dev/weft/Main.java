package dev.weft;

import dev.weft.api.Version;
import dev.weft.sandbox.EmulatorCommand;
import dev.weft.service.S3CredentialsCommand;
import dev.weft.service.TokenCommand;

import java.io.PrintStream;
import java.util.Arrays;
import java.util.List;

/**
 * The entry point. It is deliberately not a JavaFX {@code Application}, so it runs from a plain
 * class path and the sandbox command starts no toolkit at all.
 */
public final class Main {
    static final String USAGE = String.join("\n",
            "usage: weft [command]",
            "  (no command)    open the Weft window",
            "  emulator ...    run the CoreWeave/Kupe API sandbox on its own (weft emulator --help)",
            "  s3-credentials --profile NAME [--profile-id ID] [--duration S] [--fresh]",
            "                  print a temporary storage key for AWS credential_process (minted, or the one",
            "                  kept in the keychain while it has over 16 minutes to live; --fresh: minted)",
            "  token --profile NAME [--profile-id ID]",
            "                  print a Kubernetes ExecCredential with the profile's token (for kubeconfigs)",
            "  --smoke         open the window on a built-in sandbox, load every tab, exit 0 (1 with the reason)",
            "  --benchmark-startup",
            "                  like --smoke, and print ms from JVM start to the first window and to all tabs populated",
            "  --benchmark-bare-window",
            "                  open an empty JavaFX window the same way and print ms to it, for comparison",
            "  --help          show this help",
            "  --version       show the version");

    private Main() {
    }

    public static void main(String[] args) {
        int code = run(Arrays.asList(args), System.out, System.err);
        if (code >= 0) {
            System.exit(code);
        }
    }

    /** Runs a command; returns its exit code, or -1 when the GUI is running and owns the process. */
    static int run(List<String> args, PrintStream out, PrintStream err) {
        if (args.isEmpty()) {
            dev.weft.ui.WeftApp.launch();
            return -1;
        }
        String first = args.get(0);
        switch (first) {
            case "--help", "-h", "help" -> {
                out.println(USAGE);
                return 0;
            }
            case "--smoke" -> {
                return dev.weft.ui.WeftApp.smoke(false);
            }
            case "--benchmark-startup" -> {
                return dev.weft.ui.WeftApp.smoke(true);
            }
            case "--benchmark-bare-window" -> {
                return dev.weft.ui.BareWindow.run(out);
            }
            case "--version" -> {
                out.println("Weft " + Version.current());
                return 0;
            }
            case "emulator" -> {
                return EmulatorCommand.run(args.subList(1, args.size()), out, err);
            }
            case "s3-credentials" -> {
                return S3CredentialsCommand.run(args.subList(1, args.size()), out, err);
            }
            case "token" -> {
                return TokenCommand.run(args.subList(1, args.size()), out, err);
            }
            default -> {
                err.println("weft: unknown argument: " + first);
                err.println(USAGE);
                return 2;
            }
        }
    }
}
