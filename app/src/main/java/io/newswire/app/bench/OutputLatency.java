package io.newswire.app.bench;

/**
 * End-to-end latency to one output topic (or topic family) of a scenario.
 *
 * @param output {@code output}, {@code tagged}, {@code feed} or {@code alert}
 * @param latency producer send → read_committed consumer receive
 * @param timestampMismatches output records whose timestamp was not their story's send time
 */
public record OutputLatency(String output, LatencySummary latency, long timestampMismatches) {}
