package dev.weft.service;

/**
 * The program that runs Weft's command-line helpers ({@code weft token}, {@code weft s3-credentials}) as Weft writes it
 * into other tools' files: the installed launcher by its full path, since the installers put nothing on the PATH
 * (kubectl or the AWS CLI would say "weft: not found"); {@code weft} from a development build.
 */
public final class Launcher {
    private Launcher() {
    }

    public static String program() {
        return System.getProperty("jpackage.app-path", "weft");
    }
}
