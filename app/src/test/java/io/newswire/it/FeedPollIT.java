package io.newswire.it;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import io.newswire.app.NewswireCli;
import io.newswire.producer.DeadLetterWriter;
import io.newswire.producer.IngestClients;
import io.newswire.producer.IngestOutcome;
import io.newswire.producer.IngestOutcome.Kind;
import io.newswire.producer.ProducerSettings;
import io.newswire.producer.source.poll.FeedPoller;
import io.newswire.producer.source.poll.PollResult;
import io.newswire.producer.source.poll.PollSettings;
import io.newswire.schemas.WireStory;
import io.newswire.schemas.serde.AvroSerde;
import io.newswire.schemas.serde.NewswireSerdes;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** RSS polling into a real raw-stories topic: each feed item lands exactly once, keyed by its guid. */
class FeedPollIT {
    @RegisterExtension
    static final KafkaFixture KAFKA = KafkaFixture.create();

    private final AvroSerde<WireStory> serde = NewswireSerdes.create().wireStory();
    private final AtomicReference<String> feed = new AtomicReference<>();
    private HttpServer server;

    @TempDir
    Path dir;

    /** A feed endpoint that ignores conditional headers and always answers 200 with the current feed. */
    @BeforeEach
    void serveFeed() throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/feed.xml", exchange -> {
            byte[] body = feed.get().getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().add("Content-Type", "application/rss+xml");
            exchange.sendResponseHeaders(200, body.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(body);
            }
        });
        server.start();
    }

    @AfterEach
    void stopServer() {
        server.stop(0);
    }

    @Test
    void shouldPublishEachItemExactlyOnceKeyedByGuidWhenAFeedIsPolledTwice() throws Exception {
        String raw = KAFKA.createTopic("raw");
        String rejected = KAFKA.createTopic("rejected");
        String talks = item("urn:wire:talks", "Talks resume", "Envoys met in Geneva.");
        String rain = item("urn:wire:rain", "Floods recede", "The river fell overnight.");
        ProducerSettings settings = ProducerSettings.of(KAFKA.bootstrapServers()).withTopic(raw).withClientId("it-poll");
        try (IngestClients clients = IngestClients.open(settings, rejected, DeadLetterWriter.DEFAULT_MAX_VALUE_BYTES);
                FeedPoller poller = new FeedPoller(clients.ingestor(), PollSettings.defaults())) {
            feed.set(rss("Mon, 01 Jan 2024 10:00:00 GMT", talks + rain));
            PollResult first = poller.poll(url());
            feed.set(rss("Mon, 01 Jan 2024 10:01:00 GMT", item("urn:wire:truce", "Truce holds", "Guns fell silent.")
                    + talks + rain));
            PollResult second = poller.poll(url());

            assertThat(first.outcomes()).extracting(IngestOutcome::kind).containsOnly(Kind.PUBLISHED).hasSize(2);
            assertThat(second.outcomes()).extracting(IngestOutcome::kind)
                    .containsExactly(Kind.PUBLISHED, Kind.DUPLICATE, Kind.DUPLICATE);
        }

        List<ConsumerRecord<byte[], byte[]>> records = new TopicReader(KAFKA.bootstrapServers())
                .readUntil(List.of(raw), read -> read.size() >= 3, Duration.ofSeconds(2));

        assertThat(records).extracting(record -> new String(record.key(), StandardCharsets.UTF_8))
                .containsExactlyInAnyOrder("urn:wire:talks", "urn:wire:rain", "urn:wire:truce");
        assertThat(records).allSatisfy(record -> assertThat(serde.decode(record.value()).getId())
                .isEqualTo(new String(record.key(), StandardCharsets.UTF_8)));
    }

    @Test
    void shouldPollEachFeedOnceFromTheCommandLineAndPrintTheSummary() throws Exception {
        String raw = KAFKA.createTopic("raw");
        String rejected = KAFKA.createTopic("rejected");
        Path config = Files.writeString(dir.resolve("newswire.properties"),
                "newswire.topic.raw=" + raw + "\nnewswire.topic.rejected=" + rejected + "\n");
        Path feeds = Files.writeString(dir.resolve("feeds.txt"), "# test wire\n" + url() + "\n");
        feed.set(rss("Mon, 01 Jan 2024 10:00:00 GMT", item("urn:wire:talks", "Talks resume", "Envoys met in Geneva.")));

        ByteArrayOutputStream captured = new ByteArrayOutputStream();
        PrintStream original = System.out;
        int status;
        System.setOut(new PrintStream(captured, true, StandardCharsets.UTF_8));
        try {
            status = new CommandLine(new NewswireCli()).execute("poll", "--once", "-b", KAFKA.bootstrapServers(),
                    "-c", config.toString(), "--feeds-file", feeds.toString());
        } finally {
            System.setOut(original);
        }

        assertThat(status).isZero();
        assertThat(captured.toString(StandardCharsets.UTF_8))
                .contains(url() + ": HTTP 200, read 1 = published 1 + duplicates 0 + rejected 0")
                .contains("read 1 = published 1 + duplicates 0 + rejected 0");
        List<ConsumerRecord<byte[], byte[]>> records = new TopicReader(KAFKA.bootstrapServers())
                .readUntil(List.of(raw), read -> !read.isEmpty(), Duration.ofSeconds(1));
        assertThat(records).extracting(record -> new String(record.key(), StandardCharsets.UTF_8))
                .containsExactly("urn:wire:talks");
    }

    private URI url() {
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort() + "/feed.xml");
    }

    private static String rss(String lastBuildDate, String items) {
        return "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<rss version=\"2.0\"><channel><title>IT wire</title>"
                + "<link>http://example.com/</link><description>IT</description><lastBuildDate>" + lastBuildDate
                + "</lastBuildDate>" + items + "</channel></rss>\n";
    }

    private static String item(String guid, String title, String text) {
        return "<item><guid isPermaLink=\"false\">" + guid + "</guid><title>" + title + "</title><description>" + text
                + "</description><pubDate>Mon, 01 Jan 2024 09:00:00 GMT</pubDate></item>";
    }
}
