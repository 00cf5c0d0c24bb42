package io.newswire.app.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

class ReportFormatterTest {
    private static final MachineInfo MACHINE = new MachineInfo(2, 4L << 30, "17.0.15", "Linux 6.1 amd64", "embedded",
            4.5);
    private static final CorpusStats CORPUS = new CorpusStats(3300, 3082, 4185, 5120, 4356);

    @Test
    void shouldPrintOneRowPerOutputWithThroughputRatioAndMachine() {
        BenchReport report = new BenchReport(MACHINE, BenchSettings.defaults(), CORPUS, List.of(
                new BenchResult("pass-through", "max rate", 3000, 3000, 0, 1000.0,
                        List.of(new OutputLatency("output", new LatencySummary(3000, 40, 90, 120), 0))),
                new BenchResult("full-pipeline", "max rate", 3000, 3000, 0, 250.0, List.of(
                        new OutputLatency("tagged", new LatencySummary(3000, 60, 150, 210), 0),
                        new OutputLatency("feed", new LatencySummary(2400, 61, 152, 215), 0),
                        new OutputLatency("alert", LatencySummary.NONE, 0)))),
                Duration.ofSeconds(42));

        String text = report.toText();

        assertThat(text).contains("2 cores, max heap 4096 MiB, Java 17.0.15, Linux 6.1 amd64");
        assertThat(text).contains("Load:     4.50 (1-minute load average at start); other processes were competing");
        assertThat(text).containsPattern("pass-through\\s+max rate\\s+output\\s+3000\\s+1000\\.0\\s+40\\s+90\\s+120");
        assertThat(text).containsPattern("full-pipeline\\s+max rate\\s+tagged\\s+3000\\s+250\\.0\\s+60\\s+150\\s+210");
        assertThat(text).containsPattern("\\n\\s+feed\\s+2400\\s+61\\s+152\\s+215");
        assertThat(text).containsPattern("\\n\\s+alert\\s+0\\s+-\\s+-\\s+-");
        assertThat(text).contains("Throughput full-pipeline / pass-through (max rate): 0.25");
        assertThat(text).doesNotContain("WARNING", "! =");
    }

    @Test
    void shouldFlagIncompleteDeliveryAndForeignTimestamps() {
        BenchReport report = new BenchReport(MACHINE, BenchSettings.defaults(), CORPUS, List.of(
                new BenchResult("pass-through", "max rate", 3000, 2990, 0, 900.0,
                        List.of(new OutputLatency("output", new LatencySummary(2990, 40, 90, 120), 3)))),
                Duration.ofSeconds(42));

        assertThat(report.complete()).isFalse();
        assertThat(report.toText()).contains("2990!", "! = not every story arrived", "WARNING: 3 output records");
    }
}
