package io.newswire.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

/** What {@code poll} refuses before it connects to anything; polling itself is in FeedPollIT. */
class PollCommandTest {
    private final ByteArrayOutputStream captured = new ByteArrayOutputStream();
    private PrintStream original;

    @BeforeEach
    void captureStderr() {
        original = System.err;
        System.setErr(new PrintStream(captured, true, StandardCharsets.UTF_8));
    }

    @AfterEach
    void restoreStderr() {
        System.setErr(original);
    }

    @Test
    void shouldRefuseToStartWithoutAnyFeed() {
        int status = new CommandLine(new NewswireCli()).execute("poll", "--once");

        assertThat(status).isEqualTo(2);
        assertThat(captured.toString(StandardCharsets.UTF_8)).contains("no feeds: give URLs or --feeds-file FILE");
    }

    @Test
    void shouldRefuseAFeedUrlThatIsNotHttp() {
        int status = new CommandLine(new NewswireCli()).execute("poll", "--once", "file:///etc/passwd");

        assertThat(status).isEqualTo(2);
        assertThat(captured.toString(StandardCharsets.UTF_8)).contains("a feed URL must be http:// or https://");
    }
}
