package io.newswire.producer.source.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class BearerTokenTest {
    private final BearerToken token = BearerToken.of("abc123\n");

    @Test
    void shouldAcceptTheTokenWithTheBearerSchemeInAnyCase() {
        assertThat(token.isPresentedBy("Bearer abc123")).isTrue();
        assertThat(token.isPresentedBy("bearer abc123")).isTrue();
    }

    @Test
    void shouldRefuseAMissingWrongOrPartialToken() {
        assertThat(token.isPresentedBy(null)).isFalse();
        assertThat(token.isPresentedBy("Bearer ")).isFalse();
        assertThat(token.isPresentedBy("Bearer abc12")).isFalse();
        assertThat(token.isPresentedBy("Bearer abc1234")).isFalse();
        assertThat(token.isPresentedBy("Basic abc123")).isFalse();
        assertThat(token.isPresentedBy("abc123")).isFalse();
    }

    @Test
    void shouldRefuseAnEmptyToken() {
        assertThatThrownBy(() -> BearerToken.of(" \n")).hasMessageContaining("must not be empty");
    }

    @Test
    void shouldNeverShowTheTokenInItsText() {
        assertThat(token.toString()).doesNotContain("abc123");
    }
}
