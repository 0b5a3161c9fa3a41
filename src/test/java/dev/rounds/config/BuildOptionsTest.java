package dev.rounds.config;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.junit.jupiter.api.Test;

class BuildOptionsTest {
    @Test
    void sourceDateEpochFixesNow() {
        assertThat(BuildOptions.nowOrSourceDateEpoch("1767225600")).isEqualTo(Instant.parse("2026-01-01T00:00:00Z"));
        assertThat(BuildOptions.nowOrSourceDateEpoch(" 0 ")).isEqualTo(Instant.EPOCH);
    }
}
