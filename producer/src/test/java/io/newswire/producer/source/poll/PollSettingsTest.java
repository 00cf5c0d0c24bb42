package io.newswire.producer.source.poll;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class PollSettingsTest {
    private final PollSettings settings = PollSettings.defaults().withInterval(Duration.ofSeconds(60))
            .withMaxBackoff(Duration.ofMinutes(10));

    @Test
    void shouldDoubleTheWaitPerConsecutiveFailureUpToTheCap() {
        assertThat(settings.delayAfter(0)).isEqualTo(Duration.ofSeconds(60));
        assertThat(settings.delayAfter(1)).isEqualTo(Duration.ofSeconds(120));
        assertThat(settings.delayAfter(3)).isEqualTo(Duration.ofSeconds(480));
        assertThat(settings.delayAfter(4)).isEqualTo(Duration.ofMinutes(10));
        assertThat(settings.delayAfter(1000)).isEqualTo(Duration.ofMinutes(10));
    }

    @Test
    void shouldStretchOrShrinkAWaitByAtMostTheJitter() {
        PollSettings jittered = settings.withJitter(0.1);

        assertThat(jittered.jittered(Duration.ofSeconds(100), 0.0)).isEqualTo(Duration.ofSeconds(90));
        assertThat(jittered.jittered(Duration.ofSeconds(100), 0.5)).isEqualTo(Duration.ofSeconds(100));
        assertThat(jittered.jittered(Duration.ofSeconds(100), 0.999)).isLessThan(Duration.ofSeconds(110));
    }

    @Test
    void shouldRefuseAJitterThatCouldMakeAWaitVanish() {
        assertThatThrownBy(() -> settings.withJitter(0.9)).hasMessageContaining("jitter must be between 0 and 0.5");
    }
}
