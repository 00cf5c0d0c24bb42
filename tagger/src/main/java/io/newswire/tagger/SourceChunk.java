package io.newswire.tagger;

/**
 * The words a cue points at as its source, before any resolution.
 *
 * @param span the noun phrase ("State Department spokesman John Kirby", "he", "the official")
 * @param appositive a description set off by commas ("the White House press secretary"), or {@code null}
 */
record SourceChunk(Span span, Span appositive) {}
