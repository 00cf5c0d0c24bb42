package io.newswire.app.bench;

import io.newswire.app.bench.StoryVocabulary.Topic;
import io.newswire.schemas.Dateline;
import io.newswire.schemas.WireStory;
import io.newswire.schemas.serde.AvroTrust;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;

/**
 * A deterministic corpus of English wire-style stories for the benchmark: a dated lead, direct
 * quotes from named officials ("said", "told reporters"), anonymous sources, a reaction from a
 * second country, figures and background, set in places across regions. The same seed gives the
 * same stories; each story's headline and paragraphs together weigh between the configured
 * minimum and maximum number of UTF-8 bytes.
 */
public final class SyntheticStories {
    private static final Instant FIRST_RECEIVED = Instant.parse("2016-08-05T06:00:00Z");
    private static final int MAX_ATTEMPTS_PER_PARAGRAPH = 20;

    static {
        AvroTrust.trustNewswireSchemas();
    }

    private final Random random;
    private final int minBytes;
    private final int maxBytes;
    private int generated;

    public SyntheticStories(long seed, int minBytes, int maxBytes) {
        if (minBytes < 1000 || maxBytes < minBytes) {
            throw new IllegalArgumentException("story size range must be at least 1000 bytes and min <= max, got "
                    + minBytes + ".." + maxBytes);
        }
        this.random = new Random(seed);
        this.minBytes = minBytes;
        this.maxBytes = maxBytes;
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
        StoryScene scene = StoryScene.pick(random);
        int target = minBytes + random.nextInt(maxBytes - minBytes + 1);
        String headline = scene.fill(scene.pickFrom(scene.topic().headlines()));
        List<String> paragraphs = new ArrayList<>();
        paragraphs.add(scene.fill(scene.pickFrom(scene.topic().leads())));
        int size = bytes(headline) + bytes(paragraphs.get(0));
        while (size < minBytes || (size < target && paragraphs.size() < 60)) {
            String paragraph = fittingParagraph(scene, maxBytes - size);
            if (paragraph == null) {
                break;
            }
            paragraphs.add(paragraph);
            size += bytes(paragraph);
        }
        Instant received = FIRST_RECEIVED.plusSeconds(37L * generated++);
        return WireStory.newBuilder()
                .setId(id)
                .setHeadline(headline)
                .setSource("Newswire")
                .setByline("By " + scene.reporter())
                .setDateline(new Dateline(scene.dateline(received), scene.city().toUpperCase(Locale.ROOT)))
                .setLanguage("en")
                .setUrgency(3 + random.nextInt(3))
                .setParagraphs(paragraphs)
                .setReceivedAt(received)
                .build();
    }

    /** UTF-8 size of what the tagger reads of a story: headline and paragraphs. */
    public static int sizeOf(WireStory story) {
        int size = bytes(story.getHeadline());
        for (String paragraph : story.getParagraphs()) {
            size += bytes(paragraph);
        }
        return size;
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
        Topic topic = scene.topic();
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
