package io.newswire.streams.topology;

import io.newswire.schemas.WireStory;

/** How a WireStory becomes the text the tagger reads: paragraphs joined by a blank line. */
public final class StoryText {
    public static final String PARAGRAPH_SEPARATOR = "\n\n";

    private StoryText() {}

    public static String bodyOf(WireStory story) {
        return String.join(PARAGRAPH_SEPARATOR, story.getParagraphs());
    }

    public static io.newswire.tagger.StoryText of(WireStory story) {
        String place = story.getDateline() == null ? null : story.getDateline().getPlace();
        return new io.newswire.tagger.StoryText(story.getHeadline(), bodyOf(story), place);
    }
}
