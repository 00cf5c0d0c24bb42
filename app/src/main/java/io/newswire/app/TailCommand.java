package io.newswire.app;

import io.newswire.schemas.serde.NewswireSerdes;
import io.newswire.streams.config.NewswireConfig;
import io.newswire.streams.config.TopicNames;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.IsolationLevel;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "tail",
        description = {"Print the records of a feed (newswire.feed.<FEED>) as they arrive, like any subscriber would:",
            "a plain Kafka consumer with isolation.level=read_committed.",
            "FEED may also be one of: tagged, statements, alerts, rejected."})
final class TailCommand implements Callable<Integer> {
    @Mixin
    KafkaOptions kafka;

    @Parameters(paramLabel = "FEED", description = "Feed name (e.g. syria) or tagged|statements|alerts|rejected.")
    String feed;

    @Option(names = "--from-beginning", description = "Start at the earliest record instead of new ones only.")
    boolean fromBeginning;

    @Option(names = "--max-records", defaultValue = "0", description = "Stop after this many records (0: never).")
    int maxRecords;

    @Option(names = "--timeout", defaultValue = "0", description = "Stop after this many seconds without a record (0: never).")
    int timeoutSeconds;

    @Override
    public Integer call() throws Exception {
        NewswireConfig config = kafka.config();
        if (config.bootstrapServers() == null) {
            System.err.println("tail needs a running broker: give --bootstrap-servers (or NEWSWIRE_BOOTSTRAP_SERVERS).");
            return 2;
        }
        TopicNames names = config.topics();
        String topic = topicFor(names);
        RecordPrinter printer = new RecordPrinter(names, NewswireSerdes.create());
        Map<String, Object> props = config.clientProperties(Map.of(
                ConsumerConfig.GROUP_ID_CONFIG, "newswire-tail-" + UUID.randomUUID(),
                ConsumerConfig.ISOLATION_LEVEL_CONFIG, IsolationLevel.READ_COMMITTED.toString().toLowerCase(Locale.ROOT),
                ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, fromBeginning ? "earliest" : "latest",
                ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false));
        int seen = 0;
        long idleSince = System.nanoTime();
        try (KafkaConsumer<byte[], byte[]> consumer =
                new KafkaConsumer<>(props, new ByteArrayDeserializer(), new ByteArrayDeserializer())) {
            consumer.subscribe(List.of(topic));
            System.err.println("Tailing " + topic + " (read_committed). Ctrl-C to stop.");
            while (maxRecords == 0 || seen < maxRecords) {
                var records = consumer.poll(Duration.ofMillis(500));
                for (ConsumerRecord<byte[], byte[]> record : records) {
                    System.out.println(printer.format(record));
                    seen++;
                }
                if (!records.isEmpty()) {
                    idleSince = System.nanoTime();
                } else if (timeoutSeconds > 0 && System.nanoTime() - idleSince > Duration.ofSeconds(timeoutSeconds).toNanos()) {
                    break;
                }
            }
        }
        return 0;
    }

    private String topicFor(TopicNames names) {
        return switch (feed) {
            case "tagged" -> names.tagged();
            case "statements" -> names.statements();
            case "alerts" -> names.alerts();
            case "rejected" -> names.rejected();
            case "raw" -> names.raw();
            default -> names.feed(feed);
        };
    }
}
