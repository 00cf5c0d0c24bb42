package io.newswire.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import org.junit.jupiter.api.Test;
import picocli.CommandLine.TypeConversionException;

class DurationConverterTest {
    private final DurationConverter converter = new DurationConverter();

    @Test
    void shouldReadShortDurationsWithAUnit() {
        assertThat(converter.convert("500ms")).isEqualTo(Duration.ofMillis(500));
        assertThat(converter.convert("1s")).isEqualTo(Duration.ofSeconds(1));
        assertThat(converter.convert("2m")).isEqualTo(Duration.ofMinutes(2));
        assertThat(converter.convert("1H")).isEqualTo(Duration.ofHours(1));
    }

    @Test
    void shouldReadIsoDurations() {
        assertThat(converter.convert("PT1.5S")).isEqualTo(Duration.ofMillis(1500));
    }

    @Test
    void shouldRefuseZeroAndWordsThatAreNotDurations() {
        assertThatThrownBy(() -> converter.convert("0s")).hasMessageContaining("must be positive");
        assertThatThrownBy(() -> converter.convert("soon")).hasMessageContaining("'soon' is not a duration");
    }

    @Test
    void shouldRefuseANumberWithoutAUnit() {
        assertThatThrownBy(() -> converter.convert("5")).isInstanceOf(TypeConversionException.class)
                .hasMessageContaining("use e.g. 500ms");
    }
}
