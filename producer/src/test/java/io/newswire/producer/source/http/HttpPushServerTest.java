package io.newswire.producer.source.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.newswire.producer.DuplicateFilter;
import io.newswire.producer.Ingestor;
import io.newswire.producer.RejectedInput;
import io.newswire.producer.StorySink;
import io.newswire.schemas.WireStory;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpRequest.BodyPublisher;
import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpResponse;
import java.net.http.HttpResponse.BodyHandlers;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.TopicPartition;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class HttpPushServerTest {
    private static final String TOKEN = "s3cret-token-for-tests";
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2024-03-01T12:00:00Z"), ZoneOffset.UTC);
    private static final byte[] JUNK = {(byte) 0xFF, (byte) 0xFE, 0, 0};
    private static final ObjectMapper JSON = new ObjectMapper();

    private final HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5)).build();
    private final List<WireStory> sent = new CopyOnWriteArrayList<>();
    private final List<RejectedInput> rejected = new CopyOnWriteArrayList<>();
    private HttpPushServer server;

    @AfterEach
    void stop() {
        if (server != null) {
            server.close();
        }
    }

    @Test
    void shouldAnswer202WithTheStoryIdOnlyAfterTheBrokerAcknowledgedIt() throws Exception {
        LinkedBlockingQueue<CompletableFuture<RecordMetadata>> sends = new LinkedBlockingQueue<>();
        start(story -> {
            sent.add(story);
            CompletableFuture<RecordMetadata> ack = new CompletableFuture<>();
            sends.add(ack);
            return ack;
        });

        CompletableFuture<HttpResponse<String>> response = client.sendAsync(post(story("Talks resume")),
                BodyHandlers.ofString());
        CompletableFuture<RecordMetadata> ack = sends.poll(10, TimeUnit.SECONDS);

        assertThat(ack).as("the story reached the sink").isNotNull();
        assertThatThrownBy(() -> response.get(300, TimeUnit.MILLISECONDS)).isInstanceOf(TimeoutException.class);
        ack.complete(metadata());
        HttpResponse<String> answer = response.get(10, TimeUnit.SECONDS);
        assertThat(answer.statusCode()).isEqualTo(202);
        assertThat(answer.headers().firstValue("Content-Type")).hasValue("application/json; charset=utf-8");
        JsonNode stories = JSON.readTree(answer.body()).get("stories");
        assertThat(stories).hasSize(1);
        assertThat(stories.get(0).get("id").asText()).isEqualTo(sent.get(0).getId());
        assertThat(stories.get(0).get("version").asInt()).isEqualTo(sent.get(0).getVersion());
        assertThat(stories.get(0).get("status").asText()).isEqualTo("published");
        assertThat(JSON.readTree(answer.body()).has("rejected")).isFalse();
    }

    @Test
    void shouldRefuseAPushWithoutATokenWith401AndSendNothing() throws Exception {
        start(this::accept);

        HttpResponse<String> answer = send(HttpRequest.newBuilder(stories()).POST(story("Talks resume")).build());

        assertThat(answer.statusCode()).isEqualTo(401);
        assertThat(answer.headers().firstValue("WWW-Authenticate")).hasValue("Bearer realm=\"newswire\"");
        assertThat(sent).isEmpty();
        assertThat(rejected).isEmpty();
    }

    @Test
    void shouldRefuseAWrongTokenWith401() throws Exception {
        start(this::accept);

        HttpResponse<String> answer = send(HttpRequest.newBuilder(stories())
                .header("Authorization", "Bearer " + TOKEN + "x").POST(story("Talks resume")).build());

        assertThat(answer.statusCode()).isEqualTo(401);
        assertThat(answer.headers().firstValue("WWW-Authenticate")).hasValueSatisfying(
                value -> assertThat(value).startsWith("Bearer ").contains("error=\"invalid_token\""));
        assertThat(sent).isEmpty();
    }

    @Test
    void shouldRefuseABodyOverTheLimitWith413AndDeadLetterItWithoutContentWhenItsLengthIsDeclared()
            throws Exception {
        start(this::accept);

        HttpResponse<String> answer = send(post(BodyPublishers.ofByteArray(new byte[2048])));

        assertThat(answer.statusCode()).isEqualTo(413);
        assertThat(JSON.readTree(answer.body()).get("error").asText()).isEqualTo(
                "body of 2048 bytes is over the 1024-byte limit");
        assertThat(sent).isEmpty();
        assertThat(rejected).singleElement().satisfies(rejection -> {
            assertThat(rejection.input().content()).isEmpty();
            assertThat(rejection.input().path().toString()).matches("http/127\\.0\\.0\\.1/\\d+");
            assertThat(rejection.reason()).isEqualTo("body of 2048 bytes is over the 1024-byte limit");
            assertThat(rejection.storyId()).isNull();
        });
    }

    @Test
    void shouldStillAnswer413WhenTheOversizeBodyCouldNotBeRecorded() throws Exception {
        server = HttpPushServer.start(ingestor(this::accept),
                rejection -> CompletableFuture.failedFuture(new IllegalStateException("dead-letter topic unreachable")),
                settings());

        HttpResponse<String> answer = send(post(BodyPublishers.ofByteArray(new byte[2048])));

        assertThat(answer.statusCode()).isEqualTo(413);
    }

    @Test
    void shouldRefuseAChunkedBodyOverTheLimitWith413() throws Exception {
        start(this::accept);
        BodyPublisher chunked = BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(new byte[4096]));

        HttpResponse<String> answer = send(post(chunked));

        assertThat(answer.statusCode()).isEqualTo(413);
        assertThat(JSON.readTree(answer.body()).get("error").asText()).isEqualTo(
                "body of more than 1024 bytes is over the 1024-byte limit");
        assertThat(sent).isEmpty();
        assertThat(rejected).singleElement().satisfies(rejection -> {
            assertThat(rejection.input().content()).isEmpty();
            assertThat(rejection.reason()).isEqualTo("body of more than 1024 bytes is over the 1024-byte limit");
        });
    }

    @Test
    void shouldAcceptAChunkedBodyWithinTheLimit() throws Exception {
        start(this::accept);
        byte[] text = storyText("Vote counted").getBytes(StandardCharsets.UTF_8);

        HttpResponse<String> answer = send(post(BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(text))));

        assertThat(answer.statusCode()).isEqualTo(202);
        assertThat(sent).extracting(WireStory::getHeadline).containsExactly("Vote counted");
    }

    @Test
    void shouldAnswer422WithTheReasonForJunkAndDeadLetterItsBytesUnderAnHttpSource() throws Exception {
        start(this::accept);

        HttpResponse<String> answer = send(post(BodyPublishers.ofByteArray(JUNK)));

        assertThat(answer.statusCode()).isEqualTo(422);
        assertThat(JSON.readTree(answer.body()).get("error").asText()).startsWith("not valid UTF-8");
        assertThat(rejected).singleElement().satisfies(rejection -> {
            assertThat(rejection.input().content()).isEqualTo(JUNK);
            assertThat(rejection.input().path().toString()).matches("http/127\\.0\\.0\\.1/\\d+");
        });
    }

    @Test
    void shouldAnswer503WithRetryAfterWhenTheSendFails() throws Exception {
        start(story -> CompletableFuture.failedFuture(new org.apache.kafka.common.errors.TimeoutException("broker gone")));

        HttpResponse<String> answer = send(post(story("Talks resume")));

        assertThat(answer.statusCode()).isEqualTo(503);
        assertThat(answer.headers().firstValue("Retry-After")).isPresent();
        assertThat(JSON.readTree(answer.body()).get("error").asText()).contains("broker gone");
    }

    @Test
    void shouldAnswer503WhenTheRejectionOfJunkCouldNotBeRecorded() throws Exception {
        server = HttpPushServer.start(new Ingestor(this::accept, CLOCK,
                rejection -> CompletableFuture.failedFuture(new IllegalStateException("dead-letter topic unreachable")),
                new DuplicateFilter()), this::record, settings());

        HttpResponse<String> answer = send(post(BodyPublishers.ofByteArray(JUNK)));

        assertThat(answer.statusCode()).isEqualTo(503);
        assertThat(JSON.readTree(answer.body()).get("error").asText()).contains("not valid UTF-8")
                .contains("dead-letter topic unreachable");
    }

    @Test
    void shouldAnswer503WhenTheBrokerDoesNotAcknowledgeInTime() throws Exception {
        server = HttpPushServer.start(ingestor(story -> new CompletableFuture<>()), this::record,
                settings().withAckTimeout(Duration.ofMillis(200)));

        HttpResponse<String> answer = send(post(story("Talks resume")));

        assertThat(answer.statusCode()).isEqualTo(503);
        assertThat(answer.headers().firstValue("Retry-After")).isPresent();
        assertThat(JSON.readTree(answer.body()).get("error").asText()).contains("did not acknowledge within 200 ms");
    }

    @Test
    void shouldListEveryStoryOfAFeedAndTheItemsItRejected() throws Exception {
        start(this::accept);
        String feed = """
                <?xml version="1.0" encoding="UTF-8"?>
                <rss version="2.0"><channel><title>Wire</title><link>https://example.org/</link><description>d</description>
                <item><title>Talks resume in Geneva</title><guid>https://example.org/1</guid>
                <description>Officials said on Monday that talks would resume in Geneva next week.</description></item>
                <item><title>No body here</title><guid>https://example.org/2</guid></item>
                <item><title>Vote counted in Lyon</title><guid>https://example.org/3</guid>
                <description>Officials said on Monday that the vote had been counted in Lyon.</description></item>
                </channel></rss>
                """;

        HttpResponse<String> answer = send(post(BodyPublishers.ofString(feed)));

        assertThat(answer.statusCode()).isEqualTo(202);
        JsonNode body = JSON.readTree(answer.body());
        assertThat(body.get("stories")).extracting(story -> story.get("id").asText())
                .containsExactlyElementsOf(sent.stream().map(WireStory::getId).toList());
        assertThat(body.get("stories")).hasSize(2);
        assertThat(body.get("rejected")).singleElement().satisfies(item -> {
            assertThat(item.get("item").asInt()).isEqualTo(2);
            assertThat(item.get("reason").asText()).startsWith("item 2 of 3: ");
        });
    }

    @Test
    void shouldAnswerAnExactReSendAsADuplicate() throws Exception {
        start(this::accept);

        send(post(story("Talks resume")));
        HttpResponse<String> again = send(post(story("Talks resume")));

        assertThat(again.statusCode()).isEqualTo(202);
        assertThat(JSON.readTree(again.body()).get("stories").get(0).get("status").asText()).isEqualTo("duplicate");
        assertThat(sent).hasSize(1);
    }

    @Test
    void shouldAnswer405WithAllowPostForOtherMethods() throws Exception {
        start(this::accept);

        HttpResponse<String> answer = send(authorized(stories()).GET().build());

        assertThat(answer.statusCode()).isEqualTo(405);
        assertThat(answer.headers().firstValue("Allow")).hasValue("POST");
    }

    @Test
    void shouldAnswer404ForOtherPaths() throws Exception {
        start(this::accept);

        HttpResponse<String> answer = send(authorized(server.storiesUri().resolve("/stories/1")).POST(story("Talks"))
                .build());

        assertThat(answer.statusCode()).isEqualTo(404);
        assertThat(sent).isEmpty();
    }

    @Test
    void shouldCloseWithinTheDrainTimeoutAndAnswer503WhileTheBrokerHasNotAcknowledged() throws Exception {
        LinkedBlockingQueue<WireStory> waiting = new LinkedBlockingQueue<>();
        Duration drain = Duration.ofMillis(500);
        server = HttpPushServer.start(ingestor(story -> {
            waiting.add(story);
            return new CompletableFuture<>();
        }), this::record, settings().withDrainTimeout(drain));
        CompletableFuture<HttpResponse<String>> response = client.sendAsync(post(story("Talks resume")),
                BodyHandlers.ofString());
        assertThat(waiting.poll(10, TimeUnit.SECONDS)).as("the story reached the sink").isNotNull();

        long started = System.nanoTime();
        server.close();
        long tookMillis = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - started);
        server = null;

        assertThat(tookMillis).isBetween(drain.toMillis(), drain.toMillis() + HttpPushServer.CLOSE_MARGIN_MILLIS);
        HttpResponse<String> answer = response.get(5, TimeUnit.SECONDS);
        assertThat(answer.statusCode()).isEqualTo(503);
        assertThat(JSON.readTree(answer.body()).get("error").asText()).contains("shutting down");
    }

    @Test
    void shouldAnswerHealthChecksWithoutAToken() throws Exception {
        start(this::accept);

        HttpResponse<String> answer = send(HttpRequest.newBuilder(server.storiesUri().resolve("/health")).GET().build());

        assertThat(answer.statusCode()).isEqualTo(200);
        assertThat(answer.body()).isEqualTo("{\"status\":\"ok\"}");
    }

    private void start(StorySink sink) throws IOException {
        server = HttpPushServer.start(ingestor(sink), this::record, settings());
    }

    private static HttpPushSettings settings() {
        return HttpPushSettings.of(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), BearerToken.of(TOKEN))
                .withMaxBytes(1024).withThreads(2);
    }

    private Ingestor ingestor(StorySink sink) {
        return new Ingestor(sink, CLOCK, this::record, new DuplicateFilter());
    }

    private CompletableFuture<Void> record(RejectedInput rejection) {
        rejected.add(rejection);
        return CompletableFuture.completedFuture(null);
    }

    private CompletableFuture<RecordMetadata> accept(WireStory story) {
        sent.add(story);
        return CompletableFuture.completedFuture(metadata());
    }

    private URI stories() {
        return server.storiesUri();
    }

    private HttpRequest.Builder authorized(URI uri) {
        return HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(10)).header("Authorization", "Bearer " + TOKEN);
    }

    private HttpRequest post(BodyPublisher body) {
        return authorized(stories()).POST(body).build();
    }

    private HttpResponse<String> send(HttpRequest request) throws IOException, InterruptedException {
        return client.send(request, BodyHandlers.ofString());
    }

    private static BodyPublisher story(String headline) {
        return BodyPublishers.ofString(storyText(headline));
    }

    private static String storyText(String headline) {
        return "World\n\n" + headline + "\n\nOfficials said on Monday that " + headline.toLowerCase(Locale.ROOT)
                + ".\n";
    }

    private static RecordMetadata metadata() {
        return new RecordMetadata(new TopicPartition("test.raw", 0), 0, 0, 0, 0, 0);
    }
}
