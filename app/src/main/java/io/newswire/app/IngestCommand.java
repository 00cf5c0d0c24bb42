package io.newswire.app;

import io.newswire.producer.IngestSummary;
import io.newswire.producer.Ingestor;
import io.newswire.producer.ProducerSettings;
import io.newswire.producer.StoryProducer;
import io.newswire.producer.source.FileSource;
import io.newswire.streams.config.NewswireConfig;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;

@Command(name = "ingest",
        description = {"Parse story files (or every file under directories) and publish them to newswire.stories.raw",
            "with an idempotent producer (acks=all), keyed by story family id. Prints read/published/rejected."})
final class IngestCommand implements Callable<Integer> {
    @Mixin
    KafkaOptions kafka;

    @Parameters(paramLabel = "PATH", arity = "1..*", description = "Story files or directories.")
    List<Path> paths;

    @Override
    public Integer call() {
        NewswireConfig config = kafka.config();
        try (KafkaConnection connection = KafkaConnection.open(config.bootstrapServers(), System.err);
                StoryProducer producer = new StoryProducer(
                        ProducerSettings.of(connection.bootstrapServers()).withTopic(config.topics().raw())
                                .withOverrides(Map.copyOf(config.clientOverrides())))) {
            if (connection.isEmbedded()) {
                System.err.println("Note: the embedded broker stops when this command ends; use 'newswire broker' "
                        + "and --bootstrap-servers to keep the stories.");
            }
            IngestSummary summary = new Ingestor(producer).ingest(FileSource.of(paths));
            print(summary);
            return summary.rejected() == 0 ? 0 : 1;
        }
    }

    static void print(IngestSummary summary) {
        System.out.printf("read %d = published %d + rejected %d%n", summary.read(), summary.published(),
                summary.rejected());
        for (IngestSummary.Rejection rejection : summary.rejections()) {
            System.out.printf("  rejected %s (%s): %s%n", rejection.path(), rejection.stage(), rejection.reason());
        }
    }
}
