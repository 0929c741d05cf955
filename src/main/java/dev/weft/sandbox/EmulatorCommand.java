package dev.weft.sandbox;

import java.io.PrintStream;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;

/** {@code weft emulator [--port N] [--token T]... [--provision-seconds S] [--empty] [--kupe-tenant NAME]}: the sandbox on its own. */
public final class EmulatorCommand {
    public static final String USAGE = "usage: weft emulator [--port N] [--token T]... [--provision-seconds S] [--empty] [--kupe-tenant NAME] [--faults SPEC] [--scale N]";

    private EmulatorCommand() {
    }

    /** Parses the options; throws {@link IllegalArgumentException} with a one-line reason when they are wrong. */
    public static SandboxConfig parse(List<String> args) {
        SandboxConfig config = SandboxConfig.defaults().withPort(8080);
        List<String> tokens = new ArrayList<>();
        for (int i = 0; i < args.size(); i++) {
            String a = args.get(i);
            switch (a) {
                case "--port" -> config = config.withPort(number(a, value(args, ++i, a), 0, 65535));
                case "--token" -> tokens.add(value(args, ++i, a));
                case "--provision-seconds" -> config = config.withProvisioning(
                        Duration.ofSeconds(number(a, value(args, ++i, a), 0, 86_400)));
                case "--empty" -> config = config.withEmpty(true);
                case "--kupe-tenant" -> config = config.withKupeTenant(value(args, ++i, a));
                case "--faults" -> config = config.withFaults(Faults.parse(value(args, ++i, a)));
                case "--scale" -> config = config.withScale(number(a, value(args, ++i, a), 0, 10_000_000));
                default -> throw new IllegalArgumentException("unknown option for emulator: " + a);
            }
        }
        return tokens.isEmpty() ? config : config.withTokens(tokens);
    }

    /** Starts the sandbox, prints the listening line, and serves until the process is interrupted. */
    public static int run(List<String> args, PrintStream out, PrintStream err) {
        if (args.contains("--help") || args.contains("-h")) {
            out.println(USAGE);
            return 0;
        }
        SandboxConfig config;
        try {
            config = parse(args);
        } catch (IllegalArgumentException e) {
            err.println("weft emulator: " + e.getMessage());
            err.println(USAGE);
            return 2;
        }
        Sandbox sandbox;
        try {
            sandbox = Sandbox.start(config);
        } catch (Exception e) {
            err.println("weft emulator: cannot listen on port " + config.port() + ": " + e.getMessage());
            return 1;
        }
        out.println("Weft sandbox listening on " + sandbox.baseUri());
        out.println("Token: " + (config.tokens().contains(SandboxConfig.DEFAULT_TOKEN)
                ? SandboxConfig.DEFAULT_TOKEN : "(as given with --token)")
                + "; Kupe tenant: " + config.kupeTenant()
                + "; provisioning takes " + config.provisioning().toSeconds() + " s. Ctrl-C stops it.");
        out.flush();
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            sandbox.close();
            out.println("Weft sandbox stopped.");
            out.flush();
            stopped.countDown();
        }, "weft-sandbox-stop"));
        try {
            stopped.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        return 0;
    }

    private static String value(List<String> args, int i, String option) {
        if (i >= args.size()) {
            throw new IllegalArgumentException(option + " needs a value");
        }
        return args.get(i);
    }

    private static int number(String option, String text, int min, int max) {
        try {
            int n = Integer.parseInt(text);
            if (n < min || n > max) {
                throw new IllegalArgumentException(option + " must be between " + min + " and " + max);
            }
            return n;
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(option + " must be a whole number, not " + text);
        }
    }
}
