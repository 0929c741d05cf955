package dev.weft.domain;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Counts and sizes as the summaries say them: grouped digits, and a noun that agrees with its count. */
class SizesTest {
    @Test
    void aCountIsGroupedAndItsNounAgreesWithIt() {
        assertThat(Sizes.count(1, "bucket", "buckets")).isEqualTo("1 bucket");
        assertThat(Sizes.count(0, "bucket", "buckets")).isEqualTo("0 buckets");
        assertThat(Sizes.count(10_008, "bucket", "buckets")).as("a scaled organization's summary said \"10008 buckets\"")
                .isEqualTo("10,008 buckets");
        assertThat(Sizes.count(1, "policy", "policies")).as("\"1 policies\" before").isEqualTo("1 policy");
    }

    @Test
    void bytesAreSaidInBinaryUnits() {
        assertThat(Sizes.bytes(1023)).isEqualTo("1023 B");
        assertThat(Sizes.bytes(1536)).isEqualTo("1.5 KiB");
        assertThat(Sizes.bytes(184L << 40)).isEqualTo("184 TiB");
    }
}
