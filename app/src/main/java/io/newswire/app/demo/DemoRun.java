package io.newswire.app.demo;

import io.newswire.broker.EmbeddedKafkaBroker;
import io.newswire.producer.DeadLetterWriter;
import io.newswire.producer.IngestClients;
import io.newswire.producer.IngestSummary;
import io.newswire.producer.ProducerSettings;
import io.newswire.producer.source.SourceFile;
import io.newswire.schemas.serde.NewswireSerdes;
import io.newswire.streams.NewswireStreamsApp;
import io.newswire.streams.TopicSetup;
import io.newswire.streams.config.NewswireConfig;
import io.newswire.streams.config.TopicNames;
import io.newswire.streams.feeds.FeedRule;
import io.newswire.streams.feeds.FeedRules;
import io.newswire.tagger.Tagger;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArraySerializer;

/** One demo run end to end; see {@code DemoCommand}. */
public final class DemoRun {
    private static final byte[] CORRUPT = "<<not a story: a misconfigured producer wrote this>>"
            .getBytes(StandardCharsets.UTF_8);

    private final NewswireConfig config;
    private final Path reference;
    private final Duration timeout;
    private final PrintStream out;

    public DemoRun(NewswireConfig config, Path reference, Duration timeout, PrintStream out) {
        this.config = config;
        this.reference = reference;
        this.timeout = timeout;
        this.out = out;
    }

    public static Path defaultReference(Path home) {
        return DemoInputs.defaultReference(home);
    }

    /** Runs the demo; true when every expected story came through before the timeout. */
    public boolean run() throws Exception {
        String runId = "demo-" + Instant.now().getEpochSecond();
        EmbeddedKafkaBroker broker = null;
        Path stateDir = Files.createTempDirectory("newswire-demo-state");
        try {
            String servers = config.bootstrapServers();
            TopicNames names = config.topics();
            if (servers == null) {
                out.println("Starting an embedded Kafka broker (KRaft, in-process)...");
                broker = EmbeddedKafkaBroker.builder().build().start();
                servers = broker.bootstrapServers();
            } else {
                names = names.prefixed(runId + ".");
            }
            out.println("Kafka at " + servers + "; topics " + names.raw() + ", " + names.feedPrefix() + "<feed>, ...");
            NewswireConfig run = config.withBootstrapServers(servers).withTopics(names)
                    .withApplicationId("newswire-" + runId).withStateDir(stateDir);
            return runOn(run);
        } finally {
            if (broker != null) {
                broker.close();
            }
            deleteRecursively(stateDir);
        }
    }

    private boolean runOn(NewswireConfig run) throws Exception {
        FeedRules feeds = FeedRules.load(run.feedsFile());
        try (Admin admin = Admin.create(run.clientProperties())) {
            new TopicSetup(1, (short) 1).ensure(admin, run.topics(), feeds);
        }
        out.println("Starting the streams app (exactly-once) with " + feeds.rules().size() + " feeds...");
        try (NewswireStreamsApp app = new NewswireStreamsApp(run, Tagger.loadDefault(), feeds)) {
            app.start();
            if (!app.awaitRunning(Duration.ofSeconds(30))) {
                out.println("The streams app did not reach RUNNING (state " + app.state() + ").");
                return false;
            }
            DemoInputs inputs = DemoInputs.load(reference);
            out.println("Ingesting " + inputs.stories().size() + " stories and one corrupt record...");
            IngestSummary ingest = ingest(run, inputs.stories(), "newswire-demo");
            // a second producer process knows nothing of the first: its re-send reaches the version gate
            IngestSummary resend = ingest(run, inputs.stories().subList(0, 1), "newswire-demo-resend");
            sendCorrupt(run);
            List<String> feedNames = feeds.rules().stream().map(FeedRule::name).toList();
            try (OutputCollector output = new OutputCollector(
                    run.clientProperties(), run.topics(), feedNames, NewswireSerdes.create())) {
                int expected = ingest.published();
                boolean complete = output.collect(expected, 1, Duration.ofMillis(1500), timeout);
                new DemoReport(out).print(ingest, resend, inputs, output, run.topics().feedPrefix());
                List<String> problems = DemoChecks.problems(output, expected, complete, timeout);
                if (ingest.duplicates() != inputs.resent()) {
                    problems.add("expected the producer to recognise " + inputs.resent() + " re-sends as duplicates, got "
                            + ingest.duplicates());
                }
                out.println();
                out.println(problems.isEmpty() ? "All checks passed: every story tagged once, every alert fired once,"
                        + " the corrupt record dead-lettered." : "Checks FAILED:");
                problems.forEach(problem -> out.println("  - " + problem));
                return problems.isEmpty();
            }
        }
    }

    private static IngestSummary ingest(NewswireConfig run, List<SourceFile> stories, String clientId) {
        try (IngestClients clients = IngestClients.open(ProducerSettings.of(run.bootstrapServers())
                .withTopic(run.topics().raw()).withClientId(clientId).withOverrides(Map.copyOf(run.clientOverrides())),
                run.topics().rejected(), DeadLetterWriter.DEFAULT_MAX_VALUE_BYTES)) {
            return clients.ingestor().ingest(stories);
        }
    }

    private static void sendCorrupt(NewswireConfig run) {
        try (KafkaProducer<byte[], byte[]> raw = new KafkaProducer<>(run.clientProperties(Map.of(
                ProducerConfig.CLIENT_ID_CONFIG, "newswire-demo-corrupt")), new ByteArraySerializer(), new ByteArraySerializer())) {
            raw.send(new ProducerRecord<>(run.topics().raw(), "corrupt-1".getBytes(StandardCharsets.UTF_8), CORRUPT));
        }
    }

    private static void deleteRecursively(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> walk = Files.walk(dir)) {
            for (Path path : walk.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(path);
            }
        }
    }
}
