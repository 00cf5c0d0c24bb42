package io.newswire.producer.source.poll;

import static io.newswire.producer.source.poll.FeedServer.Response.ok;
import static io.newswire.producer.source.poll.FeedServer.Response.status;
import static org.assertj.core.api.Assertions.assertThat;

import io.newswire.producer.DuplicateFilter;
import io.newswire.producer.IngestOutcome;
import io.newswire.producer.IngestOutcome.Kind;
import io.newswire.producer.Ingestor;
import io.newswire.producer.RejectionHandler;
import io.newswire.producer.StorySink;
import io.newswire.producer.source.poll.PollResult.Status;
import io.newswire.schemas.WireStory;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.common.errors.TimeoutException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class FeedPollerTest {
    private static final Duration INTERVAL = Duration.ofSeconds(60);
    private static final String ETAG = "W/\"feed-v1\"";
    private static final String LAST_MODIFIED = "Wed, 25 Nov 2026 10:00:00 GMT";

    private final List<WireStory> sent = new CopyOnWriteArrayList<>();
    private final StorySink sink = story -> {
        sent.add(story);
        return CompletableFuture.completedFuture(null);
    };
    private FeedServer server;
    private FeedPoller poller;

    @BeforeEach
    void start() throws Exception {
        server = new FeedServer();
        poller = poller(sink, PollSettings.defaults().withJitter(0));
    }

    @AfterEach
    void stop() {
        poller.close();
        server.close();
    }

    @Test
    void shouldPublishEveryItemAndSendTheValidatorsBackExactlyOnTheNextPoll() throws Exception {
        server.then(ok(Rss.feed(Rss.item("urn:a", "Talks resume", "Envoys met.")), "ETag", ETAG,
                "Last-Modified", LAST_MODIFIED), status(304));

        PollResult first = poller.poll(server.url());
        PollResult second = poller.poll(server.url());

        assertThat(first.status()).isEqualTo(Status.CHANGED);
        assertThat(first.outcomes()).extracting(IngestOutcome::kind).containsExactly(Kind.PUBLISHED);
        assertThat(second.status()).isEqualTo(Status.NOT_MODIFIED);
        assertThat(second.outcomes()).isEmpty();
        assertThat(sent).extracting(WireStory::getId).containsExactly("urn:a");
        assertThat(server.requests().get(0).header("If-None-Match")).isNull();
        assertThat(server.requests().get(1).header("If-None-Match")).isEqualTo(ETAG);
        assertThat(server.requests().get(1).header("If-Modified-Since")).isEqualTo(LAST_MODIFIED);
    }

    @Test
    void shouldCountTheItemsOfAnUnchangedFeedAsDuplicatesWhenTheServerIgnoresTheValidators() throws Exception {
        String items = Rss.item("urn:a", "Talks resume", "Envoys met.") + Rss.item("urn:b", "Rain", "It rained.");
        server.then(ok(Rss.feed("Mon, 01 Jan 2024 10:00:00 GMT", items), "ETag", ETAG),
                ok(Rss.feed("Mon, 01 Jan 2024 10:01:00 GMT", items), "ETag", "\"regenerated\""));

        poller.poll(server.url());
        PollResult again = poller.poll(server.url());

        assertThat(again.status()).isEqualTo(Status.CHANGED);
        assertThat(again.outcomes()).extracting(IngestOutcome::kind).containsExactly(Kind.DUPLICATE, Kind.DUPLICATE);
        assertThat(sent).extracting(WireStory::getId).containsExactly("urn:a", "urn:b");
    }

    @Test
    void shouldNotParseTheVeryBytesOfTheLastPollAgain() throws Exception {
        server.then(ok(Rss.feed(Rss.item("urn:a", "Talks resume", "Envoys met."))));

        poller.poll(server.url());
        PollResult again = poller.poll(server.url());

        assertThat(again.status()).isEqualTo(Status.SAME_CONTENT);
        assertThat(again.outcomes()).isEmpty();
        assertThat(sent).hasSize(1);
    }

    @Test
    void shouldPublishOnlyTheNewItemOfAFeed() throws Exception {
        String old = Rss.item("urn:a", "Talks resume", "Envoys met.");
        server.then(ok(Rss.feed(old)), ok(Rss.feed(Rss.item("urn:c", "Ceasefire holds", "Guns fell silent.") + old)));

        poller.poll(server.url());
        PollResult second = poller.poll(server.url());

        assertThat(second.outcomes()).extracting(IngestOutcome::storyId, IngestOutcome::kind)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("urn:c", Kind.PUBLISHED),
                        org.assertj.core.groups.Tuple.tuple("urn:a", Kind.DUPLICATE));
        assertThat(sent).extracting(WireStory::getId).containsExactly("urn:a", "urn:c");
    }

    @Test
    void shouldPublishAnItemWhoseTextChangedUnderTheSameGuidAsACorrection() throws Exception {
        server.then(ok(Rss.feed(Rss.item("urn:a", "Talks resume", "Envoys met."))),
                ok(Rss.feed(Rss.item("urn:a", "Talks resume", "Envoys met in Geneva."))));

        poller.poll(server.url());
        PollResult second = poller.poll(server.url());

        assertThat(second.outcomes()).extracting(IngestOutcome::kind).containsExactly(Kind.PUBLISHED);
        assertThat(sent).extracting(story -> story.getParagraphs().get(0))
                .containsExactly("Envoys met.", "Envoys met in Geneva.");
    }

    @Test
    void shouldBackOffAfterAServerErrorAndPollAtTheIntervalOnceItRecovers() throws Exception {
        server.then(status(500), status(503), ok(Rss.feed(Rss.item("urn:a", "Talks resume", "Envoys met."))));

        PollResult first = poller.poll(server.url());
        PollResult second = poller.poll(server.url());
        PollResult third = poller.poll(server.url());

        assertThat(first.status()).isEqualTo(Status.FAILED);
        assertThat(first.reason()).isEqualTo("HTTP 500");
        assertThat(first.nextPollIn()).isEqualTo(INTERVAL.multipliedBy(2));
        assertThat(second.nextPollIn()).isEqualTo(INTERVAL.multipliedBy(4));
        assertThat(third.status()).isEqualTo(Status.CHANGED);
        assertThat(third.nextPollIn()).isEqualTo(INTERVAL);
        assertThat(sent).hasSize(1);
    }

    @Test
    void shouldWaitAtLeastAsLongAsRetryAfterSaysWhenRateLimited() throws Exception {
        server.then(status(429, "Retry-After", "900"));

        PollResult result = poller.poll(server.url());

        assertThat(result.status()).isEqualTo(Status.FAILED);
        assertThat(result.httpStatus()).isEqualTo(429);
        assertThat(result.nextPollIn()).isEqualTo(Duration.ofSeconds(900));
    }

    @Test
    void shouldReportARefusedConnectionAsAFailedPoll() throws Exception {
        URI gone = server.url();
        server.close();

        PollResult result = poller.poll(gone);

        assertThat(result.status()).isEqualTo(Status.FAILED);
        assertThat(result.httpStatus()).isZero();
        assertThat(result.reason()).contains("ConnectException");
    }

    @Test
    void shouldRefuseABodyOverTheSizeLimit() throws Exception {
        poller.close();
        poller = poller(sink, PollSettings.defaults().withJitter(0).withMaxBodyBytes(100));
        server.then(ok(Rss.feed(Rss.item("urn:a", "Talks resume", "Envoys met."))));

        PollResult result = poller.poll(server.url());

        assertThat(result.status()).isEqualTo(Status.FAILED);
        assertThat(result.reason()).isEqualTo("response body larger than 100 bytes");
        assertThat(sent).isEmpty();
    }

    @Test
    void shouldFollowARedirectToTheFeed() throws Exception {
        server.then(status(301, "Location", "/moved.xml"), ok(Rss.feed(Rss.item("urn:a", "Talks resume", "Envoys met."))));

        PollResult result = poller.poll(server.url("/old.xml"));

        assertThat(result.status()).isEqualTo(Status.CHANGED);
        assertThat(server.requests()).extracting(FeedServer.Request::path).containsExactly("/old.xml", "/moved.xml");
    }

    @Test
    void shouldFetchTheWholeFeedAgainWhenItsItemsCouldNotBeSent() throws Exception {
        poller.close();
        poller = poller(story -> CompletableFuture.failedFuture(new TimeoutException("broker gone")),
                PollSettings.defaults().withJitter(0));
        server.then(ok(Rss.feed(Rss.item("urn:a", "Talks resume", "Envoys met.")), "ETag", ETAG));

        PollResult first = poller.poll(server.url());
        PollResult second = poller.poll(server.url());

        assertThat(first.summary().failed()).isEqualTo(1);
        assertThat(second.status()).isEqualTo(Status.CHANGED);
        assertThat(server.requests().get(1).header("If-None-Match")).isNull();
    }

    @Test
    void shouldKeepPollingEachFeedOnItsScheduleAfterAFailure() throws Exception {
        poller.close();
        poller = poller(sink, PollSettings.defaults().withJitter(0.2).withInterval(Duration.ofMillis(50))
                .withMaxBackoff(Duration.ofMillis(100)));
        server.then(status(500), ok(Rss.feed(Rss.item("urn:a", "Talks resume", "Envoys met."))));
        BlockingQueue<PollResult> results = new LinkedBlockingQueue<>();

        poller.start(List.of(server.url()), results::add);

        assertThat(results.poll(10, TimeUnit.SECONDS).status()).isEqualTo(Status.FAILED);
        assertThat(results.poll(10, TimeUnit.SECONDS).status()).isEqualTo(Status.CHANGED);
        assertThat(results.poll(10, TimeUnit.SECONDS).status()).isEqualTo(Status.SAME_CONTENT);
        assertThat(sent).extracting(WireStory::getId).containsExactly("urn:a");
    }

    private static FeedPoller poller(StorySink sink, PollSettings settings) {
        Ingestor ingestor = new Ingestor(sink, Clock.systemUTC(), RejectionHandler.logging(), new DuplicateFilter());
        return new FeedPoller(ingestor, settings, () -> 0.5);
    }
}
