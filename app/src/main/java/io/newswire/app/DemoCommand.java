package io.newswire.app;

import io.newswire.app.demo.DemoRun;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

@Command(name = "demo",
        description = {"Run the whole pipeline once and print what happened: start an embedded Kafka broker (unless",
            "--bootstrap-servers is given), create the topics, start the streams app, ingest the reference story",
            "and the bundled sample stories (plus deliberate re-sends and one corrupt record), then print each feed",
            "with its headlines, the statements, the alerts fired and what was dead-lettered. Exits on its own."})
final class DemoCommand implements Callable<Integer> {
    @Mixin
    KafkaOptions kafka;

    @Option(names = "--reference", paramLabel = "FILE",
            description = "The reference story (default: ../shared/corpus/seed/000_a46aa8765330f8b0.txt beside the checkout).")
    Path reference;

    @Option(names = "--timeout", defaultValue = "60", description = "Give up waiting for results after this many seconds. Default: ${DEFAULT-VALUE}.")
    int timeoutSeconds;

    @Override
    public Integer call() throws Exception {
        String home = System.getProperty("newswire.home");
        Path story = reference != null ? reference
                : DemoRun.defaultReference(home == null ? Path.of(".") : Path.of(home));
        boolean complete = new DemoRun(kafka.config(), story, Duration.ofSeconds(timeoutSeconds), System.out).run();
        return complete ? 0 : 1;
    }
}
