package io.newswire.app;

import io.newswire.producer.IngestClients;
import io.newswire.producer.source.hotfolder.HotFolder;
import io.newswire.producer.source.hotfolder.HotFolderEvent;
import io.newswire.producer.source.hotfolder.HotFolderSettings;
import io.newswire.streams.config.NewswireConfig;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "watch",
        description = {"Watch a hot folder until Ctrl-C: each file dropped into DIR is published once its size and",
            "modified time have settled, then moved to DIR/done/; a file holding anything that is not a story goes",
            "to DIR/error/ with <name>.reason beside it. Files the broker could not take stay and are retried.",
            "Hidden files and *.part, *.tmp, *.crdownload, ~* are ignored: write under such a name, then rename."})
final class WatchCommand implements Callable<Integer> {
    @Mixin
    KafkaOptions kafka;

    @Option(names = "--settle", defaultValue = "1s", converter = DurationConverter.class, paramLabel = "DURATION",
            description = "How long a file must stay unchanged before it is taken. Default: ${DEFAULT-VALUE}.")
    Duration settle;

    @Option(names = "--scan-interval", defaultValue = "500ms", converter = DurationConverter.class, paramLabel = "DURATION",
            description = "Time between two looks at the folder. Default: ${DEFAULT-VALUE}.")
    Duration scanInterval;

    @Parameters(paramLabel = "DIR", description = "The hot folder.")
    Path dir;

    @Override
    public Integer call() throws Exception {
        NewswireConfig config = kafka.config();
        HotFolderSettings settings = HotFolderSettings.defaults().withSettle(settle);
        // the signal is opened first so it is released last: everything else closes before the JVM halts
        try (ShutdownSignal signal = new ShutdownSignal("newswire-watch");
                KafkaConnection connection = KafkaConnection.open(config.bootstrapServers(), System.err);
                IngestClients clients = Publishing.open(config, connection, "newswire-watch");
                HotFolder folder = HotFolder.open(dir, clients.ingestor(), settings, Clock.systemUTC())) {
            connection.noteIfStoriesEndWithTheCommand(System.err);
            System.out.println("Watching " + dir + " (settle " + settle.toMillis() + " ms, scan every "
                    + scanInterval.toMillis() + " ms). Ctrl-C to stop.");
            do {
                scanOnce(folder, System.out);
            } while (!signal.await(scanInterval));
            System.out.println("Stopped: " + folder.tally().line());
            return 0;
        } catch (Publishing.MissingTopicsException | IOException e) {
            System.err.println("newswire watch: " + e.getMessage());
            return 2;
        }
    }

    /** One scan: a line per file taken, then the running tally when anything happened. */
    static void scanOnce(HotFolder folder, PrintStream out) {
        List<HotFolderEvent> events;
        try {
            events = folder.scan();
        } catch (UncheckedIOException e) {
            // a network share that went away for a moment: say so and look again next time
            System.err.println("newswire watch: " + e.getMessage() + ": " + e.getCause());
            return;
        }
        for (HotFolderEvent event : events) {
            out.println(event.line(folder.folder()));
        }
        if (!events.isEmpty()) {
            out.println("  " + folder.tally().line());
        }
    }
}
