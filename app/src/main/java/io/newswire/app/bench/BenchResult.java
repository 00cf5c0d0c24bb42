package io.newswire.app.bench;

import java.util.List;
import java.util.Optional;

/**
 * One measured phase of one scenario.
 *
 * @param scenario {@code pass-through} or {@code full-pipeline}
 * @param phase {@code max rate} or the fixed rate, e.g. {@code 500/s}
 * @param stories stories sent in the phase
 * @param delivered stories that reached the scenario's main output (the firehose for the full pipeline)
 * @param sendFailures sends the producer gave up on
 * @param storiesPerSecond delivered / (first send → last arrival at the main output)
 * @param outputs latency per output, the main output first
 */
public record BenchResult(
        String scenario,
        String phase,
        int stories,
        long delivered,
        long sendFailures,
        double storiesPerSecond,
        List<OutputLatency> outputs) {

    public BenchResult {
        outputs = List.copyOf(outputs);
    }

    /** Whether every story sent reached the main output. */
    public boolean complete() {
        return delivered == stories && sendFailures == 0;
    }

    /** Latency to the main output. */
    public LatencySummary latency() {
        return outputs.get(0).latency();
    }

    public Optional<OutputLatency> output(String name) {
        return outputs.stream().filter(o -> o.output().equals(name)).findFirst();
    }

    /** Output records, over all outputs, whose timestamp was not their story's send time. */
    public long timestampMismatches() {
        return outputs.stream().mapToLong(OutputLatency::timestampMismatches).sum();
    }
}
