package io.newswire.tagger;

/**
 * A cue and the speaker it names for one quote.
 *
 * @param cue the cue as written ("said", "told reporters"), or {@code null} for a continuation
 * @param speaker the resolved speaker
 */
record Attribution(String cue, Speaker speaker) {}
