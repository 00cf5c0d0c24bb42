package io.newswire.app;

import io.newswire.broker.EmbeddedKafkaBroker;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(name = "broker",
        description = {"Run a single-node Apache Kafka broker (KRaft mode) in this process until Ctrl-C.",
            "Any Kafka client can connect to it; other newswire commands use it with --bootstrap-servers."})
final class BrokerCommand implements Callable<Integer> {
    @Option(names = "--port", defaultValue = "9092", description = "Client port (0 picks a free one). Default: ${DEFAULT-VALUE}.")
    int port;

    @Option(names = "--log-dir", paramLabel = "DIR",
            description = "Keep the broker's data here across restarts (default: a temporary directory deleted on exit).")
    Path logDir;

    @Option(names = "--partitions", defaultValue = "3", description = "Default partitions of new topics. Default: ${DEFAULT-VALUE}.")
    int partitions;

    @Override
    public Integer call() throws InterruptedException {
        EmbeddedKafkaBroker.Builder builder = EmbeddedKafkaBroker.builder().port(port).defaultPartitions(partitions);
        if (logDir != null) {
            builder.logDir(logDir);
        }
        try (ShutdownSignal signal = new ShutdownSignal("newswire-broker");
                EmbeddedKafkaBroker broker = builder.build().start()) {
            System.out.println("Kafka broker running at " + broker.bootstrapServers() + " (data in " + broker.logDir()
                    + "). Ctrl-C to stop.");
            signal.await();
        }
        return 0;
    }
}
