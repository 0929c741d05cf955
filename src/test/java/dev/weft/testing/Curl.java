package dev.weft.testing;

/** Whether the curl command can be run; CI installs it, so tests that need it skip only on a bare developer machine. */
public final class Curl {
    private Curl() {
    }

    public static boolean usable() {
        if ("true".equals(System.getenv("CI"))) {
            return true;
        }
        try {
            return new ProcessBuilder("curl", "--version").start().waitFor() == 0;
        } catch (Exception e) {
            return false;
        }
    }
}
