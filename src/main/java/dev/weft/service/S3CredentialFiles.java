package dev.weft.service;

import dev.weft.domain.ini.IniDocument;
import dev.weft.profiles.AtomicFiles;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Saves an access key pair where S3 tools look for it, only when the user asks: an AWS profile
 * ({@code ~/.aws/credentials} + {@code ~/.aws/config}) or an rclone remote. Other profiles and
 * remotes are kept as they were; replaced files are backed up; everything is written owner-only.
 */
public final class S3CredentialFiles {
    public static final String ENDPOINT = "https://cwobject.com";

    private S3CredentialFiles() {
    }

    /** Files written and the backups made of the ones they replaced. */
    public record Saved(List<Path> files, List<Path> backups) {
    }

    /** The AWS CLI's two files: the key pairs, and each profile's settings. */
    public record AwsFiles(Path credentials, Path config) {
        /** The usual two in {@code dir} (an {@code ~/.aws}). */
        public static AwsFiles in(Path dir) {
            return new AwsFiles(dir.resolve("credentials"), dir.resolve("config"));
        }

        /**
         * The files the AWS CLI reads: those its environment names ({@code AWS_SHARED_CREDENTIALS_FILE},
         * {@code AWS_CONFIG_FILE}, a leading {@code ~} read as the home, as the CLI reads it), else {@code ~/.aws}'s.
         */
        public static AwsFiles fromEnvironment(Map<String, String> env, String home) {
            AwsFiles usual = in(Path.of(home, ".aws"));
            return new AwsFiles(named(env.get("AWS_SHARED_CREDENTIALS_FILE"), home, usual.credentials()),
                    named(env.get("AWS_CONFIG_FILE"), home, usual.config()));
        }

        private static Path named(String value, String home, Path otherwise) {
            if (value == null || value.isBlank()) {
                return otherwise;
            }
            String v = value.strip();
            return (v.equals("~") || v.startsWith("~/") ? Path.of(home, v.substring(1).replaceFirst("^/", "")) : Path.of(v))
                    .toAbsolutePath();
        }
    }

    /**
     * An AWS CLI / boto3 profile using CoreWeave's endpoint with virtual-hosted addressing; the
     * region is a zone (S3 signs with the bucket's zone).
     */
    public static Saved saveAwsProfile(AwsFiles aws, String profile, String accessKeyId, String secretKey, String region)
            throws IOException {
        List<Path> files = new ArrayList<>();
        List<Path> backups = new ArrayList<>();
        Path credentials = aws.credentials();
        Map<String, String> keys = new LinkedHashMap<>();
        keys.put("aws_access_key_id", accessKeyId);
        keys.put("aws_secret_access_key", secretKey);
        write(credentials, profile, keys, files, backups);

        writeConfig(aws, profile, new LinkedHashMap<>(), region, files, backups);
        return new Saved(files, backups);
    }

    /**
     * An AWS CLI / boto3 profile that holds no secret: its {@code credential_process} runs {@code command} (Weft's
     * helper, which mints a short-lived key when the CLI asks), written as the CLI splits it on this system. Only the
     * config file is written; a key saved before under the same name in the credentials file would be used first.
     */
    public static Saved saveAwsHelperProfile(AwsFiles aws, String profile, List<String> command, String region, boolean windows)
            throws IOException {
        List<Path> files = new ArrayList<>();
        List<Path> backups = new ArrayList<>();
        Map<String, String> helper = new LinkedHashMap<>();
        helper.put("credential_process", windows ? dev.weft.domain.WindowsCommandLine.join(command)
                : dev.weft.domain.ShellWords.join(command));
        writeConfig(aws, profile, helper, region, files, backups);
        return new Saved(files, backups);
    }

    /** The profile's section of the config file: {@code first}, then CoreWeave's endpoint, virtual-hosted, the region a zone. */
    private static void writeConfig(AwsFiles aws, String profile, Map<String, String> first, String region, List<Path> files,
                                    List<Path> backups) throws IOException {
        Map<String, String> settings = new LinkedHashMap<>(first);
        settings.put("endpoint_url", ENDPOINT);
        settings.put("region", region);
        settings.put("s3", "\naddressing_style = virtual");
        write(aws.config(), profile.equals("default") ? "default" : "profile " + profile, settings, files, backups);
    }

    /** An rclone remote of type s3 for CoreWeave AI Object Storage. */
    public static Saved saveRcloneRemote(Path rcloneConf, String remote, String accessKeyId, String secretKey, String region)
            throws IOException {
        List<Path> files = new ArrayList<>();
        List<Path> backups = new ArrayList<>();
        Map<String, String> r = new LinkedHashMap<>();
        r.put("type", "s3");
        r.put("provider", "Other");
        r.put("access_key_id", accessKeyId);
        r.put("secret_access_key", secretKey);
        r.put("endpoint", ENDPOINT);
        r.put("region", region);
        r.put("force_path_style", "false");
        write(rcloneConf, remote, r, files, backups);
        return new Saved(files, backups);
    }

    /** The rclone config file rclone itself reads, on this computer's system. Blocking: it looks for files. */
    public static Path defaultRcloneConf(Map<String, String> env, String home) {
        return defaultRcloneConf(env, home, dev.weft.domain.WindowsCommandLine.here());
    }

    /**
     * As rclone finds it: {@code RCLONE_CONFIG}; else the first that exists of (Windows) {@code %APPDATA%\rclone},
     * {@code $XDG_CONFIG_HOME/rclone}, {@code ~/.config/rclone} and the old {@code ~/.rclone.conf}; else where rclone
     * would make one. A new file where rclone looks first would hide every remote of the one it used before.
     */
    static Path defaultRcloneConf(Map<String, String> env, String home, boolean windows) {
        String conf = env.get("RCLONE_CONFIG");
        if (conf != null && !conf.isBlank()) {
            return Path.of(conf.strip()).toAbsolutePath();
        }
        Path appData = windows && set(env.get("APPDATA")) ? Path.of(env.get("APPDATA"), "rclone", "rclone.conf") : null;
        Path xdg = set(env.get("XDG_CONFIG_HOME")) ? Path.of(env.get("XDG_CONFIG_HOME"), "rclone", "rclone.conf") : null;
        Path dotConfig = Path.of(home, ".config", "rclone", "rclone.conf");
        return java.util.stream.Stream.of(appData, xdg, dotConfig, Path.of(home, ".rclone.conf"))
                .filter(p -> p != null && Files.exists(p)).findFirst()
                .orElse(appData != null ? appData : !windows && xdg != null ? xdg : dotConfig);
    }

    private static boolean set(String value) {
        return value != null && !value.isBlank();
    }

    private static void write(Path file, String section, Map<String, String> entries, List<Path> files, List<Path> backups)
            throws IOException {
        IniDocument doc = Files.exists(file) ? IniDocument.parse(Files.readString(file, StandardCharsets.UTF_8)) : IniDocument.parse("");
        doc.put(section, entries);
        Optional<Path> backup = AtomicFiles.backup(file);
        AtomicFiles.write(file, doc.render().getBytes(StandardCharsets.UTF_8));
        files.add(file);
        backup.ifPresent(backups::add);
    }
}
