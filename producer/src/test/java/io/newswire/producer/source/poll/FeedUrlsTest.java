package io.newswire.producer.source.poll;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FeedUrlsTest {
    @TempDir
    Path dir;

    @Test
    void shouldReadOneUrlPerLineSkippingBlankLinesAndComments() throws IOException {
        Path file = Files.writeString(dir.resolve("feeds.txt"),
                "# wires\nhttps://example.com/world.xml\n\n  http://example.org:8080/rss?section=top  \n");

        assertThat(FeedUrls.read(file)).containsExactly(URI.create("https://example.com/world.xml"),
                URI.create("http://example.org:8080/rss?section=top"));
    }

    @Test
    void shouldNameTheLineOfABadUrlInAFeedsFile() throws IOException {
        Path file = Files.writeString(dir.resolve("feeds.txt"), "https://example.com/a.xml\nftp://example.com/b.xml\n");

        assertThatThrownBy(() -> FeedUrls.read(file)).hasMessageContaining("feeds.txt line 2: a feed URL must be http");
    }

    @Test
    void shouldRefuseAUrlWithoutAHost() {
        assertThatThrownBy(() -> FeedUrls.parse("http:///feed.xml")).hasMessageContaining("with a host");
        assertThatThrownBy(() -> FeedUrls.parse("feed.xml")).hasMessageContaining("http:// or https://");
    }

    @Test
    void shouldRecordStoriesUnderHostPortPathAndQueryButNeverTheCredentials() {
        assertThat(FeedUrls.logicalPath(URI.create("https://user:secret@example.com:8443/world/rss.xml?page=1")))
                .hasToString("example.com:8443/world/rss.xml?page=1");
        assertThat(FeedUrls.logicalPath(URI.create("https://example.com"))).hasToString("example.com");
    }

    @Test
    void shouldReadRetryAfterAsSecondsOrAnHttpDateWithinADay() {
        Instant now = Instant.parse("2026-11-25T10:00:00Z");

        assertThat(FeedFetcher.retryAfter("120", now)).isEqualTo(Duration.ofSeconds(120));
        assertThat(FeedFetcher.retryAfter("Wed, 25 Nov 2026 10:05:00 GMT", now)).isEqualTo(Duration.ofMinutes(5));
        assertThat(FeedFetcher.retryAfter("Wed, 25 Nov 2026 09:00:00 GMT", now)).isEqualTo(Duration.ZERO);
        assertThat(FeedFetcher.retryAfter("99999999", now)).isEqualTo(FeedFetcher.MAX_RETRY_AFTER);
        assertThat(FeedFetcher.retryAfter("soon", now)).isNull();
    }
}
