package io.newswire.tagger;

import java.time.LocalDate;

/**
 * What the tagger reads of a story.
 *
 * @param headline the headline, or {@code null}; used as evidence for focus, never for offsets
 * @param text the body text; every offset the tagger returns indexes into it
 * @param datelinePlace the place named in the dateline ("BEIRUT"), or {@code null}
 * @param date the day the story was written, or {@code null}; picks the role an actor held then
 *     ("US Senator" rather than a later "US Secretary of State")
 */
public record StoryText(String headline, String text, String datelinePlace, LocalDate date) {
    public StoryText {
        text = text == null ? "" : text;
    }

    /** A story without a known date: actors get their latest role. */
    public StoryText(String headline, String text, String datelinePlace) {
        this(headline, text, datelinePlace, null);
    }

    public static StoryText of(String headline, String text) {
        return new StoryText(headline, text, null);
    }
}
