package io.newswire.streams.neardup;

/** The story a new one nearly duplicates, and the estimated Jaccard similarity of their texts. */
public record Match(String storyId, double similarity) {}
