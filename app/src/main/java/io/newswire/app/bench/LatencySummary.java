package io.newswire.app.bench;

import org.HdrHistogram.Histogram;

/** Latency figures of one output in one phase, in milliseconds; {@code count} 0 when nothing arrived. */
public record LatencySummary(long count, long p50Millis, long p99Millis, long maxMillis) {

    static final LatencySummary NONE = new LatencySummary(0, 0, 0, 0);

    static LatencySummary of(Histogram histogram) {
        if (histogram.getTotalCount() == 0) {
            return NONE;
        }
        return new LatencySummary(histogram.getTotalCount(), histogram.getValueAtPercentile(50),
                histogram.getValueAtPercentile(99), histogram.getMaxValue());
    }

    public boolean isEmpty() {
        return count == 0;
    }
}
