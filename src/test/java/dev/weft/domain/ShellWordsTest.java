package dev.weft.domain;

import dev.weft.testing.ShellReads;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The words Weft writes for a shell (or the AWS CLI, which splits as one) are read back by a real shell unchanged. */
class ShellWordsTest {
    private static final List<String> WORDS = List.of("s3-credentials", "--profile", "Bob's \"prod\" $HOME `id` \\ *",
            "--profile-id", "3f2a9c1e-0000-4000-8000-000000000000", "");

    @Test
    void theUsualWordsStayAsTypedAndTheOthersAreQuoted() {
        assertThat(ShellWords.join(List.of("s3-credentials", "--profile", "Sandbox", "--profile-id", "sandbox-coreweave")))
                .isEqualTo("s3-credentials --profile Sandbox --profile-id sandbox-coreweave");
        assertThat(ShellWords.join(List.of("--profile", "My prod"))).isEqualTo("--profile 'My prod'");
    }

    @Test
    void aShellReadsBackEveryWordAsItWas() throws Exception {
        assertThat(ShellReads.words(ShellWords.join(WORDS))).isEqualTo(WORDS);
        // Quoted once more as one word, as the AWS CLI line holds the whole command: the shell gives it back whole.
        assertThat(ShellReads.words(ShellWords.quote("weft " + ShellWords.join(WORDS))))
                .containsExactly("weft " + ShellWords.join(WORDS));
    }
}
