package io.newswire.it;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.newswire.producer.DeadLetterWriter;
import io.newswire.producer.IngestClients;
import io.newswire.producer.ProducerSettings;
import io.newswire.producer.source.http.BearerToken;
import io.newswire.producer.source.http.HttpPushServer;
import io.newswire.producer.source.http.HttpPushSettings;
import io.newswire.schemas.WireStory;
import io.newswire.schemas.serde.NewswireSerdes;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpResponse;
import java.net.http.HttpResponse.BodyHandlers;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Stories pushed over HTTP land on a real broker before the push is answered. */
class HttpPushIT {
    @RegisterExtension
    static final KafkaFixture KAFKA = KafkaFixture.create();

    private static final String TOKEN = "it-token";
    private static final int MAX_BYTES = 4096;
    private static final String STORY = """
            World

            Talks resume in Geneva

            Officials said on Monday that talks would resume in Geneva next week.
            """;

    private final HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
    private final ObjectMapper json = new ObjectMapper();
    private String raw;
    private String rejected;
    private IngestClients clients;
    private DeadLetterWriter oversize;
    private HttpPushServer server;

    @BeforeEach
    void start() throws Exception {
        raw = KAFKA.createTopic("raw");
        rejected = KAFKA.createTopic("rejected");
        clients = IngestClients.open(ProducerSettings.of(KAFKA.bootstrapServers()).withTopic(raw).withClientId("it-push"),
                rejected, DeadLetterWriter.DEFAULT_MAX_VALUE_BYTES);
        oversize = new DeadLetterWriter(ProducerSettings.of(KAFKA.bootstrapServers()).withClientId("it-push-oversize"),
                rejected, DeadLetterWriter.DEFAULT_MAX_VALUE_BYTES);
        server = HttpPushServer.start(clients.ingestor(), oversize, HttpPushSettings.of(
                new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), BearerToken.of(TOKEN)).withMaxBytes(MAX_BYTES));
    }

    @AfterEach
    void stop() {
        server.close();
        oversize.close();
        clients.close();
    }

    @Test
    void shouldPutAPushedStoryOnTheRawTopicKeyedByTheIdItAnswers() throws Exception {
        HttpResponse<String> answer = push(STORY.getBytes(StandardCharsets.UTF_8));

        assertThat(answer.statusCode()).isEqualTo(202);
        String id = json.readTree(answer.body()).get("stories").get(0).get("id").asText();
        List<ConsumerRecord<byte[], byte[]>> records = new TopicReader(KAFKA.bootstrapServers())
                .readUntil(List.of(raw), read -> !read.isEmpty(), Duration.ofMillis(500));
        assertThat(records).singleElement().satisfies(record -> {
            assertThat(new String(record.key(), StandardCharsets.UTF_8)).isEqualTo(id);
            WireStory story = NewswireSerdes.create().wireStory().decode(record.value());
            assertThat(story.getHeadline()).isEqualTo("Talks resume in Geneva");
        });
    }

    @Test
    void shouldAnswer422ForJunkAndPutItsOriginalBytesOnTheRejectedTopic() throws Exception {
        byte[] junk = {(byte) 0xFF, (byte) 0xFE, 0, 0, 42};

        HttpResponse<String> answer = push(junk);

        assertThat(answer.statusCode()).isEqualTo(422);
        JsonNode body = json.readTree(answer.body());
        assertThat(body.get("error").asText()).startsWith("not valid UTF-8");
        List<ConsumerRecord<byte[], byte[]>> records = new TopicReader(KAFKA.bootstrapServers())
                .readUntil(List.of(rejected), read -> !read.isEmpty(), Duration.ofMillis(500));
        assertThat(records).singleElement().satisfies(record -> {
            assertThat(record.value()).isEqualTo(junk);
            assertThat(new String(record.headers().lastHeader(DeadLetterWriter.SOURCE).value(), StandardCharsets.UTF_8))
                    .matches("http/127\\.0\\.0\\.1/\\d+");
        });
    }

    @Test
    void shouldAnswer413OverTheLimitAndRecordTheRefusalWithoutItsBytesOnTheRejectedTopic() throws Exception {
        HttpResponse<String> answer = push(new byte[2 * MAX_BYTES]);

        assertThat(answer.statusCode()).isEqualTo(413);
        List<ConsumerRecord<byte[], byte[]>> records = new TopicReader(KAFKA.bootstrapServers())
                .readUntil(List.of(rejected), read -> !read.isEmpty(), Duration.ofMillis(500));
        assertThat(records).singleElement().satisfies(record -> {
            assertThat(record.value()).isEmpty();
            assertThat(header(record, DeadLetterWriter.SOURCE)).matches("http/127\\.0\\.0\\.1/\\d+");
            assertThat(header(record, DeadLetterWriter.REASON)).isEqualTo(
                    "body of " + 2 * MAX_BYTES + " bytes is over the " + MAX_BYTES + "-byte limit");
        });
    }

    private static String header(ConsumerRecord<byte[], byte[]> record, String name) {
        return new String(record.headers().lastHeader(name).value(), StandardCharsets.UTF_8);
    }

    private HttpResponse<String> push(byte[] body) throws Exception {
        return client.send(HttpRequest.newBuilder(server.storiesUri()).timeout(Duration.ofSeconds(60))
                .header("Authorization", "Bearer " + TOKEN).POST(BodyPublishers.ofByteArray(body)).build(),
                BodyHandlers.ofString());
    }
}
