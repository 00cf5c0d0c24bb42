package io.newswire.app.bench;

/** Size of the generated stories (headline and paragraphs, UTF-8) and of their Avro encoding. */
public record CorpusStats(int stories, int minBytes, int meanBytes, int maxBytes, int meanEncodedBytes) {}
