package io.newswire.tagger;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class LeadingHeadlineTest {

    @Test
    void shouldTakeTheLastShortLineBeforeTheFirstParagraphAsHeadline() {
        String text = "Middle East\n\nTalks on Syria resume in Geneva\n\nDiplomats met on Monday. They talked.\n";

        assertThat(LeadingHeadline.find(text)).isEqualTo("Talks on Syria resume in Geneva");
    }

    @Test
    void shouldFindNoHeadlineWhenTheTextOpensWithAParagraph() {
        assertThat(LeadingHeadline.find("Diplomats met in Geneva on Monday.\n\nThey talked.")).isNull();
        assertThat(LeadingHeadline.find("Diplomats met in Geneva on Monday")).isNull();
    }

    @Test
    void shouldGiveTheReferenceStoryTheSameFocusWithOrWithoutASeparateHeadline() {
        StoryText story = ReferenceStory.load();
        String raw = "Middle East\n\n" + story.headline() + "\n\n" + story.text();

        StoryTags tags = Tagger.loadDefault().tag(StoryText.of(null, raw));

        assertThat(tags.focusCountries()).containsExactly("SY");
    }
}
