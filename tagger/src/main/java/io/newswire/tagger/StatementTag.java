package io.newswire.tagger;

/**
 * A direct quote and its speaker.
 *
 * @param quote the quoted words without the quotation marks
 * @param span where the quoted words sit in the text
 * @param cue the attribution cue ("said", "told reporters"), or {@code null} for a continuation quote
 * @param speaker canonical speaker name, or the anonymous description as written ("a senior US official")
 * @param speakerId canonical actor id, or a slug of the anonymous description
 * @param speakerSpan the speaker mention the cue governs ("Kirby", "he", "the official"), or {@code null}
 * @param speakerRole role of the speaker, or {@code null}
 * @param speakerCountry ISO 3166-1 alpha-2 country of the speaker, or {@code null}
 * @param anonymous true when the speaker is not named
 * @param official true when the speaker holds an official role
 */
public record StatementTag(
        String quote,
        Span span,
        String cue,
        String speaker,
        String speakerId,
        Span speakerSpan,
        String speakerRole,
        String speakerCountry,
        boolean anonymous,
        boolean official) {}
