package io.newswire.app.bench;

import io.newswire.schemas.Dateline;
import io.newswire.schemas.WireStory;
import io.newswire.schemas.serde.AvroTrust;
import io.newswire.synthetic.SyntheticNews;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The benchmark's stories as WireStory records: the text of {@link SyntheticNews} (shared with the
 * JMH tagger benchmark) with id, byline, dateline, urgency and a received time 37 s apart.
 */
public final class SyntheticStories {
    private static final Instant FIRST_RECEIVED = Instant.parse("2016-08-05T06:00:00Z");

    static {
        AvroTrust.trustNewswireSchemas();
    }

    private final SyntheticNews news;
    private int generated;

    public SyntheticStories(long seed, int minBytes, int maxBytes) {
        this.news = new SyntheticNews(seed, minBytes, maxBytes);
    }

    /** {@code count} stories with ids {@code <idPrefix>000000}, {@code <idPrefix>000001}, ... */
    public List<WireStory> generate(String idPrefix, int count) {
        List<WireStory> stories = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            stories.add(next(String.format(Locale.ROOT, "%s%06d", idPrefix, i)));
        }
        return stories;
    }

    /** The next story of the sequence, with the given id. */
    public WireStory next(String id) {
        Instant received = FIRST_RECEIVED.plusSeconds(37L * generated++);
        SyntheticNews.Draft draft = news.next(received);
        return WireStory.newBuilder()
                .setId(id)
                .setHeadline(draft.headline())
                .setSource("Newswire")
                .setByline("By " + draft.reporter())
                .setDateline(new Dateline(draft.dateline(), draft.city().toUpperCase(Locale.ROOT)))
                .setLanguage("en")
                .setUrgency(draft.urgency())
                .setParagraphs(draft.paragraphs())
                .setReceivedAt(received)
                .build();
    }

    /** UTF-8 size of what the tagger reads of a story: headline and paragraphs. */
    public static int sizeOf(WireStory story) {
        int size = SyntheticNews.bytes(story.getHeadline());
        for (String paragraph : story.getParagraphs()) {
            size += SyntheticNews.bytes(paragraph);
        }
        return size;
    }
}
