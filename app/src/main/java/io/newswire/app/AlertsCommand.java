package io.newswire.app;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

@Command(name = "alerts",
        description = {"Print alerts live as they are emitted: the first sighting of each official's statement.",
            "The same as 'tail alerts'."})
final class AlertsCommand implements Callable<Integer> {
    @Mixin
    KafkaOptions kafka;

    @Option(names = "--from-beginning", description = "Also print the alerts already on the topic.")
    boolean fromBeginning;

    @Override
    public Integer call() throws Exception {
        TailCommand tail = new TailCommand();
        tail.kafka = kafka;
        tail.feed = "alerts";
        tail.fromBeginning = fromBeginning;
        return tail.call();
    }
}
