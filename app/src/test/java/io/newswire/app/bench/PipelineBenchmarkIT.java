package io.newswire.app.bench;

import static org.assertj.core.api.Assertions.assertThat;

import io.newswire.it.KafkaFixture;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.assertj.core.groups.Tuple;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** A correctness test of the benchmark on a real broker, not a timed test: tiny load, loose assertions. */
class PipelineBenchmarkIT {

    @RegisterExtension
    static final KafkaFixture KAFKA = KafkaFixture.create();

    @Test
    void shouldDeliverEveryStoryThroughBothScenariosReportConsistentFiguresAndCleanUp() throws Exception {
        BenchSettings settings = BenchSettings.defaults()
                .withStories(100)
                .withWarmUpStories(0)
                .withJvmWarmUpStories(0)
                .withLatencyPhase(200, 60)
                .withBootstrapServers(KAFKA.bootstrapServers())
                .withDeliveryTimeout(Duration.ofSeconds(90));
        ByteArrayOutputStream progress = new ByteArrayOutputStream();

        BenchReport report = PipelineBenchmark.run(settings, new PrintStream(progress, true, StandardCharsets.UTF_8));

        assertThat(report.results()).extracting(BenchResult::scenario, BenchResult::phase).containsExactly(
                Tuple.tuple(PipelineBenchmark.PASS_THROUGH, "max rate"),
                Tuple.tuple(PipelineBenchmark.PASS_THROUGH, "200/s"),
                Tuple.tuple(PipelineBenchmark.FULL_PIPELINE, "max rate"),
                Tuple.tuple(PipelineBenchmark.FULL_PIPELINE, "200/s"));
        assertThat(report.results()).allSatisfy(result -> {
            assertThat(result.delivered()).as("%s %s delivered", result.scenario(), result.phase())
                    .isEqualTo(result.stories());
            assertThat(result.complete()).isTrue();
            assertThat(result.storiesPerSecond()).isPositive();
            assertThat(result.latency().count()).isEqualTo(result.stories());
            assertThat(result.latency().p50Millis()).isPositive().isLessThanOrEqualTo(result.latency().p99Millis());
            assertThat(result.latency().p99Millis()).isLessThanOrEqualTo(result.latency().maxMillis());
            assertThat(result.timestampMismatches()).as("output timestamps are the send times").isZero();
        });
        assertThat(report.result(PipelineBenchmark.FULL_PIPELINE, "max rate").orElseThrow().outputs())
                .extracting(OutputLatency::output).containsExactly("tagged", "feed", "alert");
        assertThat(report.throughputRatio()).isPresent();
        assertThat(report.toText())
                .contains("pass-through", "full-pipeline", "stories/s", "p99 ms")
                .contains("Throughput full-pipeline / pass-through");
        assertThat(progress.toString(StandardCharsets.UTF_8)).contains("[full-pipeline] max rate");
        assertThat(topicsOnTheBroker()).as("topics left behind").noneMatch(topic -> topic.contains("bench-"));
    }

    private static Set<String> topicsOnTheBroker() throws Exception {
        try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, KAFKA.bootstrapServers()))) {
            return admin.listTopics().names().get(30, TimeUnit.SECONDS);
        }
    }
}
