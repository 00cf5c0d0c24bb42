package io.newswire.app.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class BenchSettingsTest {

    @Test
    void shouldDefaultToThreeThousandStoriesOfThreeToFiveKilobytesOnItsOwnBroker() {
        BenchSettings settings = BenchSettings.defaults();

        assertThat(settings.stories()).isEqualTo(3000);
        assertThat(settings.minStoryBytes()).isEqualTo(3 * 1024);
        assertThat(settings.maxStoryBytes()).isEqualTo(5 * 1024);
        assertThat(settings.warmUpStories()).isEqualTo(1000);
        assertThat(settings.jvmWarmUpStories()).isEqualTo(20_000);
        assertThat(settings.targetRate()).isZero();
        assertThat(settings.latencyRate()).isEqualTo(500);
        assertThat(settings.commitInterval()).isEqualTo(Duration.ofMillis(100));
        assertThat(settings.bootstrapServers()).isNull();
    }

    @Test
    void shouldTreatABlankBrokerAsStartingItsOwn() {
        assertThat(BenchSettings.defaults().withBootstrapServers("  ").bootstrapServers()).isNull();
        assertThat(BenchSettings.defaults().withBootstrapServers(" kafka:9092 ").bootstrapServers())
                .isEqualTo("kafka:9092");
    }

    @Test
    void shouldSkipTheFixedRatePhaseWhenItsRateIsZero() {
        assertThat(BenchSettings.defaults().withLatencyPhase(0, 1000).hasLatencyPhase()).isFalse();
        assertThat(BenchSettings.defaults().withLatencyPhase(200, 1000).hasLatencyPhase()).isTrue();
    }

    @Test
    void shouldRefuseNonsensicalSettings() {
        assertThatThrownBy(() -> BenchSettings.defaults().withStories(0)).hasMessageContaining("stories");
        assertThatThrownBy(() -> BenchSettings.defaults().withTargetRate(-1)).hasMessageContaining("target rate");
        assertThatThrownBy(() -> BenchSettings.defaults().withPartitions(0)).hasMessageContaining("partitions");
        assertThatThrownBy(() -> BenchSettings.defaults().withDeliveryTimeout(Duration.ZERO))
                .hasMessageContaining("delivery timeout");
    }
}
