package io.newswire.app;

import io.newswire.producer.IngestClients;
import io.newswire.producer.IngestListener;
import io.newswire.producer.IngestOutcome;
import io.newswire.producer.IngestSummary;
import io.newswire.producer.source.FileSource;
import io.newswire.streams.config.NewswireConfig;
import java.io.Console;
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
            description = "Show a progress bar on stderr (default: on when standard input and output are a terminal,"
                    + " as Java's System.console() tells; --no-progress to turn it off).")
    boolean progress;

    @Parameters(paramLabel = "PATH", arity = "1..*", description = "Story files or directories.")
    List<Path> paths;

    @Override
    public Integer call() {
        NewswireConfig config = kafka.config();
        FileSource files = FileSource.of(paths);
        try (KafkaConnection connection = KafkaConnection.open(config.bootstrapServers(), System.err);
                IngestClients clients = Publishing.open(config, connection, "newswire-ingest")) {
            connection.noteIfStoriesEndWithTheCommand(System.err);
            IngestSummary summary;
            if (progress && interactiveConsole()) {
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

    /**
     * Whether standard input and output are a terminal. Up to Java 21 {@code System.console()} is
     * null otherwise; from Java 22 it always returns a console and {@code Console.isTerminal()}
     * (looked up reflectively, this code targets Java 17) tells.
     */
    static boolean interactiveConsole() {
        Console console = System.console();
        if (console == null) {
            return false;
        }
        try {
            return (Boolean) Console.class.getMethod("isTerminal").invoke(console);
        } catch (NoSuchMethodException beforeJava22) {
            return true;
        } catch (ReflectiveOperationException | ClassCastException e) {
            return false;
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
