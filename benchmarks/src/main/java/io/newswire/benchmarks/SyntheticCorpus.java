package io.newswire.benchmarks;

import io.newswire.synthetic.SyntheticNews;
import io.newswire.tagger.StoryText;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The pipeline benchmark's synthetic stories ({@link SyntheticNews}) as the tagger sees them:
 * headline, paragraphs joined by a blank line, dateline city. The same seed gives the same stories.
 */
final class SyntheticCorpus {
    private final SyntheticNews news;

    SyntheticCorpus(long seed, int minBytes, int maxBytes) {
        this.news = new SyntheticNews(seed, minBytes, maxBytes);
    }

    List<StoryText> generate(int count) {
        List<StoryText> stories = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            stories.add(next());
        }
        return stories;
    }

    StoryText next() {
        SyntheticNews.Draft draft = news.next(Instant.EPOCH);
        return new StoryText(draft.headline(), String.join("\n\n", draft.paragraphs()),
                draft.city().toUpperCase(Locale.ROOT));
    }

    /** UTF-8 size of what the tagger reads of a story: headline and body. */
    static int sizeOf(StoryText story) {
        return SyntheticNews.bytes(story.headline()) + SyntheticNews.bytes(story.text());
    }
}
