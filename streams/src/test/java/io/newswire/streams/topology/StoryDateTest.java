package io.newswire.streams.topology;

import static org.assertj.core.api.Assertions.assertThat;

import io.newswire.schemas.WireStory;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class StoryDateTest {

    private static WireStory story(String publishedTime, String versionTime) {
        return WireStory.newBuilder(Stories.story("s", "h", "p"))
                .setPublishedTime(publishedTime).setVersionTime(versionTime).build();
    }

    @Test
    void thePublishedDayDatesTheStoryElseTheVersionDay() {
        assertThat(StoryText.storyDate(story("2016-08-05T10:00:00+02:00", "2016-08-06T09:00:00Z")))
                .isEqualTo(LocalDate.of(2016, 8, 5));
        assertThat(StoryText.storyDate(story(null, "2016-08-06T09:00:00Z"))).isEqualTo(LocalDate.of(2016, 8, 6));
        assertThat(StoryText.of(story("2016-08-05", null)).date()).isEqualTo(LocalDate.of(2016, 8, 5));
    }

    @Test
    void aTimeThatIsNotIsoLeavesTheStoryUndated() {
        assertThat(StoryText.storyDate(story("Fri, 5 Aug 2016 10:00:00 GMT", null))).isNull();
        assertThat(StoryText.storyDate(story(null, null))).isNull();
    }
}
