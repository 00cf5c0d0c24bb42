package io.newswire.app.bench;

import io.newswire.broker.EmbeddedKafkaBroker;
import io.newswire.schemas.serde.NewswireSerdes;
import io.newswire.streams.config.TopicNames;
import io.newswire.streams.feeds.FeedRules;
import io.newswire.tagger.Tagger;
import java.io.PrintStream;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ExecutionException;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.producer.KafkaProducer;

/**
 * The end-to-end benchmark behind {@code bin/newswire bench}. On one broker (embedded in this JVM
 * unless {@link BenchSettings#bootstrapServers()} names one) it runs, one after the other and with
 * the same producer, Streams settings and stories:
 *
 * <ol>
 *   <li>{@value #PASS_THROUGH}: a Streams app that copies raw bytes to an output topic;</li>
 *   <li>{@value #FULL_PIPELINE}: {@code NewswireStreamsApp} with the default tagger and feeds.</li>
 * </ol>
 *
 * <p>Each scenario gets its own topics ({@code bench-pass-<run>-*}, {@code bench-full-<run>-*}),
 * application id and temporary state directory, deleted afterwards. See {@code BENCHMARKS.md}.
 */
public final class PipelineBenchmark {
    public static final String PASS_THROUGH = PassThroughScenario.NAME;
    public static final String FULL_PIPELINE = FullPipelineScenario.NAME;

    private PipelineBenchmark() {}

    /**
     * Runs both scenarios and returns their figures; progress lines go to {@code progress}.
     *
     * @throws IllegalStateException when a scenario cannot start (broker, topics, streams app)
     */
    public static BenchReport run(BenchSettings settings, PrintStream progress) {
        long started = System.nanoTime();
        double loadAverage = MachineInfo.loadAverageNow();
        NewswireSerdes serdes = NewswireSerdes.create();
        progress.printf("Generating %d stories...%n", settings.jvmWarmUpStories() + settings.warmUpStories()
                + settings.stories() + (settings.hasLatencyPhase() ? settings.latencyStories() : 0));
        Corpus corpus = Corpus.generate(settings, serdes, TopicNames.DEFAULT.raw());
        Tagger tagger = Tagger.loadDefault();
        FeedRules feeds = FeedRules.loadDefault();

        EmbeddedKafkaBroker broker = null;
        try {
            String bootstrap = settings.bootstrapServers();
            String brokerDescription = "given broker at " + bootstrap;
            if (bootstrap == null) {
                progress.println("Starting an embedded Kafka broker...");
                broker = EmbeddedKafkaBroker.builder().build().start();
                bootstrap = broker.bootstrapServers();
                brokerDescription = "embedded single-node KRaft broker in the benchmark's JVM (" + bootstrap + ")";
            }
            List<BenchResult> results = runScenarios(settings, bootstrap, corpus, serdes, tagger, feeds, progress);
            return new BenchReport(MachineInfo.current(brokerDescription, loadAverage), settings, corpus.stats(),
                    results, Duration.ofNanos(System.nanoTime() - started));
        } finally {
            if (broker != null) {
                broker.close();
            }
        }
    }

    private static List<BenchResult> runScenarios(BenchSettings settings, String bootstrap, Corpus corpus,
            NewswireSerdes serdes, Tagger tagger, FeedRules feeds, PrintStream progress) {
        String runId = UUID.randomUUID().toString().substring(0, 8);
        List<BenchResult> results = new ArrayList<>();
        try (Admin admin = Admin.create(BenchClients.admin(bootstrap));
                KafkaProducer<String, byte[]> producer =
                        new KafkaProducer<>(BenchClients.producer(bootstrap, "newswire-bench-" + runId))) {
            ScenarioContext shared = new ScenarioContext(bootstrap, runId, settings, admin, new SendLog(), serdes);
            if (settings.jvmWarmUpStories() > 0) {
                warmUpJvm(shared, corpus, producer, tagger, feeds, progress);
            }
            progress.printf("Scenario %s...%n", PASS_THROUGH);
            ScenarioContext pass = shared.withFreshSendLog();
            try (Scenario scenario = PassThroughScenario.start(pass)) {
                results.addAll(runner(pass, corpus, producer, progress).run(scenario));
            }
            progress.printf("Scenario %s...%n", FULL_PIPELINE);
            ScenarioContext full = shared.withFreshSendLog();
            try (Scenario scenario = FullPipelineScenario.start(full, tagger, feeds)) {
                results.addAll(runner(full, corpus, producer, progress).run(scenario));
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("benchmark interrupted", e);
        } catch (ExecutionException e) {
            throw new IllegalStateException("benchmark could not set up its topics: " + e.getCause(), e);
        }
        return results;
    }

    /**
     * An unmeasured round of both scenarios before the measured ones. With only a few hundred
     * warm-up stories per scenario, whichever ran first did so on a JVM still compiling the
     * broker's, clients' and Streams' hot paths and measured at a third of its warm throughput;
     * the order of the scenarios decided the ratio.
     */
    private static void warmUpJvm(ScenarioContext shared, Corpus corpus, KafkaProducer<String, byte[]> producer,
            Tagger tagger, FeedRules feeds, PrintStream progress) throws InterruptedException, ExecutionException {
        progress.println("Warming up the JVM and broker with both scenarios (not measured)...");
        ScenarioContext pass = shared.withFreshSendLog();
        try (Scenario scenario = PassThroughScenario.start(pass, "jvm-warm-up-pass")) {
            runner(pass, corpus, producer, progress).warmUpJvm(scenario);
        }
        ScenarioContext full = shared.withFreshSendLog();
        try (Scenario scenario = FullPipelineScenario.start(full, "jvm-warm-up-full", tagger, feeds)) {
            runner(full, corpus, producer, progress).warmUpJvm(scenario);
        }
    }

    private static ScenarioRunner runner(ScenarioContext context, Corpus corpus,
            KafkaProducer<String, byte[]> producer, PrintStream progress) {
        return new ScenarioRunner(context.settings(), corpus, new StoryLoad(producer, context.sendLog()),
                context.sendLog(), progress);
    }
}
