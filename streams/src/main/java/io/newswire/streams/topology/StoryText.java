package io.newswire.streams.topology;

import io.newswire.schemas.Dateline;
import io.newswire.schemas.WireStory;
import io.newswire.tagger.DatelineLocation;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;

/** How a WireStory becomes the text the tagger reads: paragraphs joined by a blank line. */
public final class StoryText {
    public static final String PARAGRAPH_SEPARATOR = "\n\n";
    private static final int DATE_LENGTH = "2016-08-05".length();

    private StoryText() {}

    public static String bodyOf(WireStory story) {
        return String.join(PARAGRAPH_SEPARATOR, story.getParagraphs());
    }

    public static io.newswire.tagger.StoryText of(WireStory story) {
        return new io.newswire.tagger.StoryText(story.getHeadline(), bodyOf(story), datelinePlace(story.getDateline()),
                storyDate(story));
    }

    /**
     * The day the story was written: its published time, else its version time (ISO-8601, the
     * date part as the source wrote it). {@code null} when neither reads as a date; the receive
     * time is not used, since a replayed archive would then date old copy today.
     */
    static LocalDate storyDate(WireStory story) {
        LocalDate published = dateOf(story.getPublishedTime());
        return published != null ? published : dateOf(story.getVersionTime());
    }

    private static LocalDate dateOf(String isoTime) {
        if (isoTime == null || isoTime.length() < DATE_LENGTH) {
            return null;
        }
        try {
            return LocalDate.parse(isoTime.substring(0, DATE_LENGTH));
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    /**
     * The dateline's location as written ("FORT WASHINGTON, Pa."), which names the state or
     * country that a structured place ("Fort Washington") leaves out; the structured place when
     * the text names a different place or none.
     */
    static String datelinePlace(Dateline dateline) {
        if (dateline == null) {
            return null;
        }
        String place = dateline.getPlace();
        String written = DatelineLocation.of(dateline.getText());
        if (written == null) {
            return place;
        }
        boolean samePlace = place == null || written.regionMatches(true, 0, place, 0, place.length());
        return samePlace && written.length() >= (place == null ? 0 : place.length()) ? written : place;
    }
}
