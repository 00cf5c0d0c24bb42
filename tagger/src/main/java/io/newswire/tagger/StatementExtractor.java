package io.newswire.tagger;

import java.util.List;

/** Extracts direct quotes and attributes each to a speaker. */
public final class StatementExtractor {

    public static StatementExtractor loadDefault() {
        return new StatementExtractor();
    }

    public List<StatementTag> extract(String text, List<ActorTag> actors) {
        return List.of();
    }
}
