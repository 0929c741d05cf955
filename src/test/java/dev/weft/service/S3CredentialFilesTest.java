package dev.weft.service;

import dev.weft.domain.ini.IniDocument;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** Saving a key pair for S3 tools: other profiles kept to the letter, backups made, files owner-only. */
class S3CredentialFilesTest {
    @TempDir
    Path home;

    private static final String CREDENTIALS = """
            # my keys, keep this comment
            [default]
            aws_access_key_id = AKIAOLD
            aws_secret_access_key = old-secret

            [work]
            aws_access_key_id = AKIAWORK
            aws_secret_access_key = work-secret
            """;

    private static final String CONFIG = """
            [default]
            region = eu-west-1

            [profile work]
            region = us-east-1
            output = json
            """;

    @Test
    void anAwsProfileIsMergedBesideTheOthers() throws Exception {
        Path aws = home.resolve(".aws");
        Files.createDirectories(aws);
        Files.writeString(aws.resolve("credentials"), CREDENTIALS);
        Files.writeString(aws.resolve("config"), CONFIG);

        S3CredentialFiles.Saved saved = S3CredentialFiles.saveAwsProfile(S3CredentialFiles.AwsFiles.in(aws), "coreweave", "CWKEY1", "cwo-secret-1", "US-EAST-04A");
        assertThat(saved.files()).containsExactly(aws.resolve("credentials"), aws.resolve("config"));
        assertThat(saved.backups()).hasSize(2);
        assertThat(Files.readString(saved.backups().get(0))).isEqualTo(CREDENTIALS);

        String credentials = Files.readString(aws.resolve("credentials"));
        assertThat(credentials).startsWith("# my keys, keep this comment\n[default]\naws_access_key_id = AKIAOLD\n");
        assertThat(credentials).contains("[work]\naws_access_key_id = AKIAWORK\naws_secret_access_key = work-secret\n");
        IniDocument c = IniDocument.parse(credentials);
        assertThat(c.get("coreweave", "aws_access_key_id")).contains("CWKEY1");
        assertThat(c.get("coreweave", "aws_secret_access_key")).contains("cwo-secret-1");

        IniDocument config = IniDocument.parse(Files.readString(aws.resolve("config")));
        assertThat(config.get("profile work", "output")).contains("json");
        assertThat(config.get("default", "region")).contains("eu-west-1");
        assertThat(config.get("profile coreweave", "endpoint_url")).contains("https://cwobject.com");
        assertThat(config.get("profile coreweave", "region")).contains("US-EAST-04A");
        assertThat(Files.readString(aws.resolve("config"))).contains("s3 =\n    addressing_style = virtual\n");
        for (Path p : saved.files()) {
            assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(p))).isEqualTo("rw-------");
        }

        S3CredentialFiles.saveAwsProfile(S3CredentialFiles.AwsFiles.in(aws), "coreweave", "CWKEY2", "cwo-secret-2", "US-EAST-04A");
        IniDocument again = IniDocument.parse(Files.readString(aws.resolve("credentials")));
        assertThat(again.get("coreweave", "aws_access_key_id")).as("replaced, not duplicated").contains("CWKEY2");
        assertThat(Files.readString(aws.resolve("credentials")).split("\\[coreweave\\]", -1)).hasSize(2);
    }

    /**
     * The profile the Buckets tab writes holds no secret: the CLI runs Weft's helper, read back as the CLI splits the
     * line on each system (shlex on macOS and Linux, the C runtime's rules on Windows), the launcher whole though its
     * path has a space; the user's other profiles stay, the old file is kept, the credentials file is not touched.
     */
    @Test
    void theHelpersAwsProfileRunsTheLauncherWholeOnEachSystemAndHoldsNoSecret() throws Exception {
        Path aws = home.resolve(".aws");
        Files.createDirectories(aws);
        Files.writeString(aws.resolve("config"), CONFIG);
        java.util.List<String> unix = java.util.List.of("/opt/Weft App/bin/Weft", "s3-credentials", "--profile", "My Org", "--profile-id", "p1");
        S3CredentialFiles.Saved saved = S3CredentialFiles.saveAwsHelperProfile(S3CredentialFiles.AwsFiles.in(aws), "weft-my-org",
                unix, "US-WEST-04A", false);
        assertThat(saved.files()).containsExactly(aws.resolve("config"));
        assertThat(saved.backups()).hasSize(1);
        assertThat(aws.resolve("credentials")).doesNotExist();
        IniDocument config = IniDocument.parse(Files.readString(aws.resolve("config")));
        assertThat(config.get("profile work", "output")).contains("json");
        assertThat(config.get("profile weft-my-org", "endpoint_url")).contains("https://cwobject.com");
        assertThat(config.get("profile weft-my-org", "region")).contains("US-WEST-04A");
        assertThat(dev.weft.testing.ShellReads.words(config.get("profile weft-my-org", "credential_process").orElseThrow()))
                .containsExactlyElementsOf(unix);

        java.util.List<String> windows = java.util.List.of("C:\\Program Files\\Weft\\Weft.exe", "s3-credentials", "--profile",
                "My Org", "--profile-id", "p1");
        S3CredentialFiles.saveAwsHelperProfile(S3CredentialFiles.AwsFiles.in(aws), "weft-my-org", windows, "US-WEST-04A", true);
        assertThat(IniDocument.parse(Files.readString(aws.resolve("config"))).get("profile weft-my-org", "credential_process"))
                .as("double quotes, the only ones Windows has; its backslashes as they are")
                .contains("\"C:\\Program Files\\Weft\\Weft.exe\" s3-credentials --profile \"My Org\" --profile-id p1");
    }

    /** The AWS CLI reads the files its environment names, whatever they are called: those are the ones written. */
    @Test
    void theAwsFilesNamedInTheEnvironmentAreTheOnesWritten() throws Exception {
        Path creds = home.resolve("secrets/coreweave-creds.ini");
        Map<String, String> env = Map.of("AWS_SHARED_CREDENTIALS_FILE", creds.toString(), "AWS_CONFIG_FILE", "~/cfg/aws-config");
        S3CredentialFiles.AwsFiles files = S3CredentialFiles.AwsFiles.fromEnvironment(env, home.toString());
        assertThat(files.credentials()).isEqualTo(creds);
        assertThat(files.config()).as("~ read as the home, as the CLI reads it").isEqualTo(home.resolve("cfg/aws-config"));
        S3CredentialFiles.saveAwsProfile(files, "coreweave", "CWKEY1", "cwo-secret-1", "US-EAST-04A");
        assertThat(IniDocument.parse(Files.readString(creds)).get("coreweave", "aws_secret_access_key")).contains("cwo-secret-1");
        assertThat(IniDocument.parse(Files.readString(home.resolve("cfg/aws-config"))).get("profile coreweave", "region"))
                .contains("US-EAST-04A");
        assertThat(home.resolve("secrets/credentials")).as("not a file of the usual name beside it").doesNotExist();

        assertThat(S3CredentialFiles.AwsFiles.fromEnvironment(Map.of("AWS_SHARED_CREDENTIALS_FILE", "creds"), home.toString())
                .credentials().getFileName()).as("a bare name is a file, not nothing").isEqualTo(Path.of("creds"));
        assertThat(S3CredentialFiles.AwsFiles.fromEnvironment(Map.of(), home.toString()))
                .isEqualTo(S3CredentialFiles.AwsFiles.in(home.resolve(".aws")));
    }

    /**
     * rclone reads the first config it finds: a remote saved into a new file ahead of the one in use would hide every
     * other remote. Weft writes where rclone reads.
     */
    @Test
    void anRcloneRemoteGoesIntoTheConfigRcloneReads() throws Exception {
        String h = home.toString();
        Path xdg = home.resolve("xdg");
        Map<String, String> env = Map.of("XDG_CONFIG_HOME", xdg.toString());
        assertThat(S3CredentialFiles.defaultRcloneConf(env, h, false)).as("none yet: where rclone makes one")
                .isEqualTo(xdg.resolve("rclone/rclone.conf"));
        assertThat(S3CredentialFiles.defaultRcloneConf(Map.of(), h, false)).isEqualTo(home.resolve(".config/rclone/rclone.conf"));

        Path legacy = home.resolve(".rclone.conf");
        Files.writeString(legacy, "[mine]\ntype = local\n");
        assertThat(S3CredentialFiles.defaultRcloneConf(env, h, false)).as("the old file in use").isEqualTo(legacy);
        Path dotConfig = home.resolve(".config/rclone/rclone.conf");
        Files.createDirectories(dotConfig.getParent());
        Files.writeString(dotConfig, "[mine]\ntype = local\n");
        assertThat(S3CredentialFiles.defaultRcloneConf(env, h, false)).as("XDG_CONFIG_HOME's has none").isEqualTo(dotConfig);

        Path appData = home.resolve("AppData");
        assertThat(S3CredentialFiles.defaultRcloneConf(Map.of("APPDATA", appData.toString()), h, true)).isEqualTo(dotConfig);
        Files.delete(dotConfig);
        Files.delete(legacy);
        assertThat(S3CredentialFiles.defaultRcloneConf(Map.of("APPDATA", appData.toString()), h, true))
                .as("Windows, none yet").isEqualTo(appData.resolve("rclone/rclone.conf"));
        assertThat(S3CredentialFiles.defaultRcloneConf(Map.of("RCLONE_CONFIG", legacy.toString()), h, false)).isEqualTo(legacy);
    }

    @Test
    void anRcloneRemoteStartsAFileWhenThereIsNone() throws Exception {
        Path conf = S3CredentialFiles.defaultRcloneConf(Map.of(), home.toString());
        S3CredentialFiles.Saved saved = S3CredentialFiles.saveRcloneRemote(conf, "cw", "CWKEY", "cwo-secret", "US-WEST-04A");
        assertThat(saved.backups()).isEmpty();
        IniDocument d = IniDocument.parse(Files.readString(conf));
        assertThat(d.get("cw", "type")).contains("s3");
        assertThat(d.get("cw", "endpoint")).contains("https://cwobject.com");
        assertThat(d.get("cw", "secret_access_key")).contains("cwo-secret");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(conf))).isEqualTo("rw-------");
        assertThat(conf).isEqualTo(home.resolve(".config/rclone/rclone.conf"));
    }
}
