package io.newswire.tagger;

import java.util.List;

/**
 * Tags a story by region, actor and statement. Plain Java with no Kafka types: the streams
 * topology, {@code bin/newswire tag} and the benchmarks all use this one class.
 *
 * <p>Instances are immutable and thread-safe once loaded; load once and share.
 */
public final class Tagger {
    private final EntityTagger entities;
    private final StatementExtractor statements;

    public Tagger(EntityTagger entities, StatementExtractor statements) {
        this.entities = entities;
        this.statements = statements;
    }

    /** Loads the gazetteers and dictionaries shipped on the classpath. */
    public static Tagger loadDefault() {
        return new Tagger(EntityTagger.loadDefault(), StatementExtractor.loadDefault());
    }

    public StoryTags tag(StoryText story) {
        if (story.headline() == null || story.headline().isBlank()) {
            String leading = LeadingHeadline.find(story.text());
            if (leading != null) {
                story = new StoryText(leading, story.text(), story.datelinePlace(), story.date());
            }
        }
        EntityTags found = entities.tag(story);
        List<StatementTag> quotes = statements.extract(story.text(), found.actors());
        return new StoryTags(
                found.countries(),
                found.focusCountries(),
                found.regions(),
                found.places(),
                found.actors(),
                quotes);
    }
}
