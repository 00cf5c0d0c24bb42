package io.newswire.benchmarks;

import io.newswire.tagger.StoryText;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;

/**
 * The pipeline benchmark's synthetic stories as the tagger sees them: the same templates as
 * {@code io.newswire.app.bench.SyntheticStories} (headline, paragraphs joined by a blank line,
 * dateline city), without the Avro wrapping. The same seed gives the same stories.
 */
final class SyntheticCorpus {
    private static final int MAX_PARAGRAPHS = 60;
    private static final int MAX_ATTEMPTS_PER_PARAGRAPH = 20;

    private final Random random;
    private final int minBytes;
    private final int maxBytes;

    SyntheticCorpus(long seed, int minBytes, int maxBytes) {
        this.random = new Random(seed);
        this.minBytes = minBytes;
        this.maxBytes = maxBytes;
    }

    List<StoryText> generate(int count) {
        List<StoryText> stories = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            stories.add(next());
        }
        return stories;
    }

    StoryText next() {
        StoryScene scene = StoryScene.pick(random);
        int target = minBytes + random.nextInt(maxBytes - minBytes + 1);
        String headline = scene.fill(scene.pickFrom(scene.topic().headlines()));
        List<String> paragraphs = new ArrayList<>();
        paragraphs.add(scene.fill(scene.pickFrom(scene.topic().leads())));
        int size = bytes(headline) + bytes(paragraphs.get(0));
        while (size < minBytes || (size < target && paragraphs.size() < MAX_PARAGRAPHS)) {
            String paragraph = fittingParagraph(scene, maxBytes - size);
            if (paragraph == null) {
                break;
            }
            paragraphs.add(paragraph);
            size += bytes(paragraph);
        }
        return new StoryText(headline, String.join("\n\n", paragraphs), scene.city().toUpperCase(Locale.ROOT));
    }

    /** UTF-8 size of what the tagger reads of a story: headline and body. */
    static int sizeOf(StoryText story) {
        return bytes(story.headline()) + bytes(story.text());
    }

    private String fittingParagraph(StoryScene scene, int room) {
        for (int attempt = 0; attempt < MAX_ATTEMPTS_PER_PARAGRAPH; attempt++) {
            String paragraph = paragraph(scene);
            if (bytes(paragraph) <= room) {
                return paragraph;
            }
        }
        return null;
    }

    private String paragraph(StoryScene scene) {
        StoryVocabulary.Topic topic = scene.topic();
        return switch (random.nextInt(7)) {
            case 0, 1 -> StoryParagraphs.namedQuote(scene, scene.fill(scene.pickFrom(topic.quotes())));
            case 2 -> StoryParagraphs.anonymousQuote(scene, scene.fill(scene.pickFrom(topic.quotes())));
            case 3 -> StoryParagraphs.reaction(scene, scene.fill(scene.pickFrom(topic.quotes())));
            case 4 -> StoryParagraphs.figures(scene);
            default -> scene.fill(scene.pickFrom(topic.background())) + " "
                    + scene.fill(scene.pickFrom(StoryParagraphs.GENERIC_BACKGROUND));
        };
    }

    private static int bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8).length;
    }
}
