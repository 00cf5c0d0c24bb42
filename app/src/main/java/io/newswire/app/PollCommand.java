package io.newswire.app;

import io.newswire.producer.IngestClients;
import io.newswire.producer.IngestSummary;
import io.newswire.producer.source.poll.FeedPoller;
import io.newswire.producer.source.poll.FeedUrls;
import io.newswire.producer.source.poll.PollResult;
import io.newswire.producer.source.poll.PollSettings;
import io.newswire.streams.config.NewswireConfig;
import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "poll",
        description = {"Poll RSS/Atom feeds and publish their items to newswire.stories.raw, keyed by guid (else link),",
            "until Ctrl-C, or once with --once. Conditional GETs (ETag, Last-Modified); items this process already",
            "published unchanged count as duplicates; failing feeds back off. Rejected items go to newswire.rejected.",
            "With --once: exit status 1 when a feed failed or an item was rejected."})
final class PollCommand implements Callable<Integer> {
    @Mixin
    KafkaOptions kafka;

    @Parameters(paramLabel = "URL", arity = "0..*", description = "Feed URLs (http or https).")
    List<String> urls = List.of();

    @Option(names = "--feeds-file", paramLabel = "FILE",
            description = "File with one feed URL per line (blank lines and # comments skipped).")
    Path feedsFile;

    @Option(names = "--interval", defaultValue = "60s", paramLabel = "DURATION", converter = DurationConverter.class,
            description = "Wait between polls of one feed, e.g. 90s, 5m, 1h (jittered by 10%%). Default: ${DEFAULT-VALUE}.")
    Duration interval;

    @Option(names = "--once", description = "Poll each feed once, print the summary and exit (for cron and tests).")
    boolean once;

    @Override
    public Integer call() throws Exception {
        List<URI> feeds;
        try {
            feeds = feeds();
        } catch (IllegalArgumentException e) {
            System.err.println("newswire poll: " + e.getMessage());
            return 2;
        }
        NewswireConfig config = kafka.config();
        PollSettings settings = PollSettings.defaults().withInterval(interval);
        try (ShutdownSignal signal = new ShutdownSignal("newswire-poll");
                KafkaConnection connection = KafkaConnection.open(config.bootstrapServers(), System.err);
                IngestClients clients = Publishing.open(config, connection, "newswire-poll");
                FeedPoller poller = new FeedPoller(clients.ingestor(), settings)) {
            connection.noteIfStoriesEndWithTheCommand(System.err);
            if (once) {
                return pollOnce(poller, feeds);
            }
            poller.start(feeds, result -> System.out.println(result.line() + "; next poll in "
                    + seconds(result.nextPollIn()) + " s"));
            System.err.println("Polling " + feeds.size() + " feed(s) every " + seconds(interval) + " s into "
                    + config.topics().raw() + (connection.isEmbedded() ? " on the embedded broker" : "")
                    + ". Ctrl-C to stop.");
            signal.await();
            return 0;
        } catch (Publishing.MissingTopicsException e) {
            System.err.println("newswire poll: " + e.getMessage());
            return 2;
        }
    }

    private static int pollOnce(FeedPoller poller, List<URI> feeds) throws InterruptedException {
        List<PollResult> results = poller.pollEach(feeds);
        results.forEach(result -> System.out.println(result.line()));
        IngestSummary summary = IngestSummary.of(results.stream().flatMap(result -> result.outcomes().stream()).toList());
        long failed = results.stream().filter(result -> result.status() == PollResult.Status.FAILED).count();
        System.out.println("feeds " + results.size() + ", failed " + failed);
        IngestCommand.print(summary, System.out);
        return failed == 0 && summary.rejected() == 0 ? 0 : 1;
    }

    /** Rounded, so a jittered 1.8 s reads 2 s. */
    private static long seconds(Duration duration) {
        return (duration.toMillis() + 500) / 1000;
    }

    private List<URI> feeds() {
        List<URI> feeds = new ArrayList<>();
        urls.forEach(url -> feeds.add(FeedUrls.parse(url)));
        if (feedsFile != null) {
            feeds.addAll(FeedUrls.read(feedsFile));
        }
        if (feeds.isEmpty()) {
            throw new IllegalArgumentException("no feeds: give URLs or --feeds-file FILE");
        }
        return List.copyOf(new LinkedHashSet<>(feeds));
    }
}
