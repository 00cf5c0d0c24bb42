package io.newswire.producer;

import static io.newswire.producer.TestStories.story;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.newswire.schemas.WireStory;
import java.util.List;
import org.junit.jupiter.api.Test;

class DuplicateFilterTest {

    @Test
    void shouldClaimAStoryOnceAndRefuseItsExactReSend() {
        DuplicateFilter filter = new DuplicateFilter();

        assertThat(filter.claim(story("a"))).isTrue();
        assertThat(filter.claim(story("a"))).isFalse();
    }

    @Test
    void shouldClaimANewVersionAndACorrectionSentWithoutAVersionBump() {
        DuplicateFilter filter = new DuplicateFilter();
        WireStory first = story("a");
        filter.claim(first);

        assertThat(filter.claim(WireStory.newBuilder(first).setVersion(2).build())).isTrue();
        assertThat(filter.claim(WireStory.newBuilder(first).setVersion(2).setParagraphs(List.of("Corrected body.")).build()))
                .isTrue();
    }

    @Test
    void shouldNotCountReceivedTimeOrSectionAsAChange() {
        DuplicateFilter filter = new DuplicateFilter();
        WireStory first = story("a");
        filter.claim(first);

        WireStory resent = WireStory.newBuilder(first).setReceivedAt(first.getReceivedAt().plusSeconds(60))
                .setSection("Other desk").build();

        assertThat(filter.claim(resent)).isFalse();
    }

    @Test
    void shouldClaimAgainAfterTheFailedSendIsReleased() {
        DuplicateFilter filter = new DuplicateFilter();
        filter.claim(story("a"));

        filter.release(story("a"));

        assertThat(filter.claim(story("a"))).isTrue();
    }

    @Test
    void shouldForgetTheLeastRecentlySeenFamilyBeyondItsCapacity() {
        DuplicateFilter filter = new DuplicateFilter(2);
        filter.claim(story("a"));
        filter.claim(story("b"));
        filter.claim(story("a"));
        filter.claim(story("c"));

        assertThat(filter.claim(story("a"))).as("a was seen recently").isFalse();
        assertThat(filter.claim(story("b"))).as("b was forgotten").isTrue();
    }

    @Test
    void shouldRefuseACapacityBelowOne() {
        assertThatThrownBy(() -> new DuplicateFilter(0)).isInstanceOf(IllegalArgumentException.class);
    }
}
