package io.newswire.app;

import io.newswire.streams.NewswireStreamsApp;
import io.newswire.streams.TopicSetup;
import io.newswire.streams.config.NewswireConfig;
import io.newswire.streams.feeds.FeedRules;
import io.newswire.tagger.Tagger;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.Callable;
import org.apache.kafka.clients.admin.Admin;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

@Command(name = "stream",
        description = {"Run the Newswire Kafka Streams app until Ctrl-C: tag every story on newswire.stories.raw,",
            "write the tagged firehose, the feed topics, statements and alerts. Missing topics are created first."})
final class StreamCommand implements Callable<Integer> {
    @Mixin
    KafkaOptions kafka;

    @Option(names = "--partitions", defaultValue = "3", description = "Partitions of topics this command creates. Default: ${DEFAULT-VALUE}.")
    int partitions;

    @Option(names = "--replication-factor", defaultValue = "1", description = "Replication factor of topics this command creates. Default: ${DEFAULT-VALUE}.")
    short replicationFactor;

    @Override
    public Integer call() throws Exception {
        NewswireConfig base = kafka.config();
        // the signal is opened first so it is released last: the broker closes before the JVM halts
        try (ShutdownSignal signal = new ShutdownSignal("newswire-stream");
                KafkaConnection connection = KafkaConnection.open(base.bootstrapServers(), System.out)) {
            NewswireConfig config = base.withBootstrapServers(connection.bootstrapServers());
            FeedRules feeds = FeedRules.load(config.feedsFile());
            createTopics(config, feeds);
            try (NewswireStreamsApp app = new NewswireStreamsApp(config, Tagger.loadDefault(), feeds)) {
                app.start();
                System.out.println("Newswire streams app '" + config.applicationId() + "' started against "
                        + connection.bootstrapServers() + " with " + feeds.rules().size() + " feeds. Ctrl-C to stop.");
                while (!signal.await(Duration.ofSeconds(1))) {
                    if (app.awaitStopped(Duration.ZERO)) {
                        System.err.println("The streams app stopped on its own (state " + app.state()
                                + "); see the log above.");
                        return 1;
                    }
                }
            }
        }
        return 0;
    }

    private void createTopics(NewswireConfig config, FeedRules feeds) throws Exception {
        try (Admin admin = Admin.create(config.clientProperties())) {
            List<String> created = new TopicSetup(partitions, replicationFactor).ensure(admin, config.topics(), feeds);
            if (!created.isEmpty()) {
                System.out.println("Created topics: " + String.join(", ", created));
            }
        }
    }
}
