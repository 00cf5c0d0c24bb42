package io.newswire.app;

import io.newswire.producer.IngestClients;
import io.newswire.producer.IngestListener;
import io.newswire.producer.IngestOutcome;
import io.newswire.producer.IngestSummary;
import io.newswire.producer.source.FileSource;
import io.newswire.streams.config.NewswireConfig;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import me.tongfei.progressbar.ConsoleProgressBarConsumer;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "ingest",
        description = {"Parse story files (or every file under directories) and publish them to newswire.stories.raw",
            "with an idempotent producer (acks=all), keyed by story family id. Rejected inputs go to",
            "newswire.rejected with their original bytes and the reason. Prints read = published +",
            "duplicates + rejected; exit status 1 when anything was rejected."})
final class IngestCommand implements Callable<Integer> {
    @Mixin
    KafkaOptions kafka;

    @Option(names = "--progress", negatable = true, defaultValue = "true", fallbackValue = "true",
            description = "Show a progress bar on the terminal (default: on when stderr is a terminal).")
    boolean progress;

    @Parameters(paramLabel = "PATH", arity = "1..*", description = "Story files or directories.")
    List<Path> paths;

    @Override
    public Integer call() {
        NewswireConfig config = kafka.config();
        FileSource files = FileSource.of(paths);
        try (KafkaConnection connection = KafkaConnection.open(config.bootstrapServers(), System.err);
                IngestClients clients = Publishing.open(config, connection, "newswire-ingest")) {
            if (connection.isEmbedded()) {
                System.err.println("Note: the embedded broker stops when this command ends; use 'newswire broker' "
                        + "and --bootstrap-servers to keep the stories.");
            }
            IngestSummary summary;
            if (progress && System.console() != null) {
                try (ProgressBar bar = progressBar(files.countFiles())) {
                    summary = clients.ingestor().ingest(files, input -> bar.step());
                }
            } else {
                summary = clients.ingestor().ingest(files, IngestListener.NONE);
            }
            print(summary, System.out);
            return summary.rejected() == 0 ? 0 : 1;
        } catch (Publishing.MissingTopicsException e) {
            System.err.println("newswire ingest: " + e.getMessage());
            return 2;
        }
    }

    private static ProgressBar progressBar(long files) {
        return new ProgressBarBuilder().setTaskName("ingest").setInitialMax(files).setUnit(" files", 1)
                .setStyle(ProgressBarStyle.ASCII).setConsumer(new ConsoleProgressBarConsumer(System.err))
                .showSpeed().build();
    }

    static void print(IngestSummary summary, PrintStream out) {
        out.println(summary.line());
        for (IngestOutcome rejection : summary.rejections()) {
            out.printf("  rejected %s (%s): %s%s%n", rejection.source(), rejection.stage().name().toLowerCase(Locale.ROOT),
                    rejection.reason(), rejection.deadLetterFailure() == null ? ""
                            : " [NOT written to the dead-letter topic: " + rejection.deadLetterFailure() + "]");
        }
    }
}
