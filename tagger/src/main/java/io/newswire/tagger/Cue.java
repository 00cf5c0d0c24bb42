package io.newswire.tagger;

/**
 * An attribution cue in the text.
 *
 * @param verb the cue word(s) alone ("told", "according to")
 * @param full the cue with its object when it has one ("told reporters")
 * @param kind where the cue's source sits
 */
record Cue(Span verb, Span full, Kind kind) {

    enum Kind {
        /** A finite verb: the source is its subject, before it or inverted after it. */
        VERB,
        /** A participle ("adding"): the source is the subject of the clause it hangs on. */
        PARTICIPLE,
        /** "according to": the source follows. */
        SOURCE_AFTER
    }

    String text(String story) {
        return story.substring(full.start(), full.end());
    }
}
