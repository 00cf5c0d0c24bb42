package io.newswire.tagger;

/**
 * What the tagger reads of a story.
 *
 * @param headline the headline, or {@code null}; used as evidence for focus, never for offsets
 * @param text the body text; every offset the tagger returns indexes into it
 * @param datelinePlace the place named in the dateline ("BEIRUT"), or {@code null}
 */
public record StoryText(String headline, String text, String datelinePlace) {
    public StoryText {
        text = text == null ? "" : text;
    }

    public static StoryText of(String headline, String text) {
        return new StoryText(headline, text, null);
    }
}
