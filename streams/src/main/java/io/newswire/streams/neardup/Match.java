package io.newswire.streams.neardup;

/** The story a new one nearly duplicates, and the Hamming distance between their signatures. */
public record Match(String storyId, int distance) {}
