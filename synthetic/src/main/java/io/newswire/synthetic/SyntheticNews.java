package io.newswire.synthetic;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * A deterministic stream of English wire-style story texts for benchmarks: a dated lead, direct
 * quotes from named officials ("said", "told reporters"), anonymous sources, a reaction from a
 * second country, figures and background, set in places across regions. Written for Newswire; the
 * same seed gives the same stories, each weighing between the minimum and maximum UTF-8 bytes
 * (headline and paragraphs together). Shared by the pipeline benchmark and the JMH tagger
 * benchmark so both measure the same text.
 */
public final class SyntheticNews {
    private static final int MAX_PARAGRAPHS = 60;
    private static final int MAX_ATTEMPTS_PER_PARAGRAPH = 20;

    /**
     * One generated story, before any wire format.
     *
     * @param dateline as an agency writes it, e.g. {@code ALEPPO, Aug 5 (Newswire) -}
     * @param city the dateline city
     * @param urgency 3 to 5
     */
    public record Draft(String headline, List<String> paragraphs, String dateline, String city, String reporter,
            int urgency) {
        public Draft {
            paragraphs = List.copyOf(paragraphs);
        }
    }

    private final Random random;
    private final int minBytes;
    private final int maxBytes;

    public SyntheticNews(long seed, int minBytes, int maxBytes) {
        if (minBytes < 1000 || maxBytes < minBytes) {
            throw new IllegalArgumentException("story size range must be at least 1000 bytes and min <= max, got "
                    + minBytes + ".." + maxBytes);
        }
        this.random = new Random(seed);
        this.minBytes = minBytes;
        this.maxBytes = maxBytes;
    }

    /** The next story of the sequence, dated as received at {@code received}. */
    public Draft next(Instant received) {
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
        String reporter = scene.reporter();
        return new Draft(headline, paragraphs, scene.dateline(received), scene.city(), reporter, 3 + random.nextInt(3));
    }

    /** UTF-8 size of a text as the tagger reads it. */
    public static int bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8).length;
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
}
