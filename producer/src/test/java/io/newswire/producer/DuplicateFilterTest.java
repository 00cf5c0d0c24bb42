package io.newswire.producer;

import static io.newswire.producer.TestStories.story;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.newswire.schemas.WireStory;
import java.util.List;
import org.junit.jupiter.api.Test;

class DuplicateFilterTest {

    @Test
    void shouldClaimAStoryOnceAndHandItsReSendTheFirstCopysSend() {
        DuplicateFilter filter = new DuplicateFilter();

        DuplicateFilter.Claim first = filter.claim(story("a"));
        DuplicateFilter.Claim resend = filter.claim(story("a"));

        assertThat(first.first()).isTrue();
        assertThat(resend.first()).isFalse();
        assertThat(resend.send()).isNotDone();
        first.settle(null);
        assertThat(resend.send()).isCompleted();
    }

    @Test
    void shouldClaimANewVersionAndACorrectionSentWithoutAVersionBump() {
        DuplicateFilter filter = new DuplicateFilter();
        WireStory first = story("a");
        filter.claim(first);

        assertThat(filter.claim(WireStory.newBuilder(first).setVersion(2).build()).first()).isTrue();
        assertThat(filter.claim(WireStory.newBuilder(first).setVersion(2).setParagraphs(List.of("Corrected body.")).build())
                .first()).isTrue();
    }

    @Test
    void shouldNotCountReceivedTimeOrSectionAsAChange() {
        DuplicateFilter filter = new DuplicateFilter();
        WireStory first = story("a");
        filter.claim(first);

        WireStory resent = WireStory.newBuilder(first).setReceivedAt(first.getReceivedAt().plusSeconds(60))
                .setSection("Other desk").build();

        assertThat(filter.claim(resent).first()).isFalse();
    }

    @Test
    void shouldFreeTheStoryWhenTheFirstCopysSendFailed() {
        DuplicateFilter filter = new DuplicateFilter();
        DuplicateFilter.Claim first = filter.claim(story("a"));
        DuplicateFilter.Claim waiting = filter.claim(story("a"));

        first.settle(new IllegalStateException("broker gone"));

        assertThat(waiting.send()).isCompletedExceptionally();
        assertThat(filter.claim(story("a")).first()).isTrue();
    }

    @Test
    void shouldForgetTheLeastRecentlySeenFamilyBeyondItsCapacity() {
        DuplicateFilter filter = new DuplicateFilter(2);
        filter.claim(story("a"));
        filter.claim(story("b"));
        filter.claim(story("a"));
        filter.claim(story("c"));

        assertThat(filter.claim(story("a")).first()).as("a was seen recently").isFalse();
        assertThat(filter.claim(story("b")).first()).as("b was forgotten").isTrue();
    }

    @Test
    void shouldRefuseACapacityBelowOne() {
        assertThatThrownBy(() -> new DuplicateFilter(0)).isInstanceOf(IllegalArgumentException.class);
    }
}
