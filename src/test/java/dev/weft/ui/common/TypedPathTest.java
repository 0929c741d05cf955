package dev.weft.ui.common;

import org.junit.jupiter.api.Test;

import java.nio.file.InvalidPathException;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class TypedPathTest {

    @Test
    void aTildeIsTheHomeAndAPathNotFromTheRootIsReadFromThereToo() {
        assertThat(TypedPath.of("~/.kube/staging", "/home/ada")).isEqualTo(Path.of("/home/ada/.kube/staging"));
        assertThat(TypedPath.of(" ~ ", "/home/ada")).isEqualTo(Path.of("/home/ada"));
        assertThat(TypedPath.of("kube/staging.yaml", "/home/ada")).as("not wherever Weft was started from")
                .isEqualTo(Path.of("/home/ada/kube/staging.yaml"));
        assertThat(TypedPath.of("/etc/kube/config", "/home/ada")).isEqualTo(Path.of("/etc/kube/config"));
        assertThat(TypedPath.of("~other/config", "/home/ada")).as("another user's home is not guessed")
                .isEqualTo(Path.of("/home/ada/~other/config"));
    }

    @Test
    void aPathIsShownFromTheHomeAsItWouldBeTyped() {
        assertThat(TypedPath.shown(Path.of("/home/ada/.aws/credentials"), "/home/ada")).isEqualTo("~/.aws/credentials");
        assertThat(TypedPath.of(TypedPath.shown(Path.of("/home/ada/.aws/credentials"), "/home/ada"), "/home/ada"))
                .isEqualTo(Path.of("/home/ada/.aws/credentials"));
        assertThat(TypedPath.shown(Path.of("/home/adam/x"), "/home/ada")).as("another home that begins alike").isEqualTo("/home/adam/x");
        assertThat(TypedPath.shown(Path.of("/etc/rclone.conf"), "/home/ada")).isEqualTo("/etc/rclone.conf");
    }

    @Test
    void whatNamesNoFileIsRefusedWithAReason() {
        assertThatThrownBy(() -> TypedPath.of("   ", "/home/ada")).isInstanceOf(InvalidPathException.class);
        assertThatThrownBy(() -> TypedPath.of("bad\0name", "/home/ada")).isInstanceOf(InvalidPathException.class);
    }
}
