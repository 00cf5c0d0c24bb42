package io.newswire.app.bench;

import java.util.Locale;

/** The plain-text table {@code bin/newswire bench} prints. */
final class ReportFormatter {
    private static final String ROW = "%-14s %-9s %-7s %8s %10s %8s %8s %8s%n";
    private static final long MIB = 1024L * 1024;

    private ReportFormatter() {}

    static String format(BenchReport report) {
        StringBuilder out = new StringBuilder(2048);
        header(out, report);
        out.append(String.format(Locale.ROOT, ROW, "scenario", "phase", "output", "stories", "stories/s",
                "p50 ms", "p99 ms", "max ms"));
        for (BenchResult result : report.results()) {
            rows(out, result);
        }
        out.append('\n');
        report.throughputRatio().ifPresent(ratio -> out.append(String.format(Locale.ROOT,
                "Throughput full-pipeline / pass-through (%s): %.2f%n",
                report.results().get(0).phase(), ratio)));
        footer(out, report);
        return out.toString();
    }

    private static void header(StringBuilder out, BenchReport report) {
        MachineInfo machine = report.machine();
        BenchSettings settings = report.settings();
        CorpusStats corpus = report.corpus();
        out.append("Newswire end-to-end benchmark\n");
        out.append(String.format(Locale.ROOT, "Machine:  %d cores, max heap %d MiB, Java %s, %s%n",
                machine.cores(), machine.maxHeapBytes() / MIB, machine.java(), machine.os()));
        if (machine.loadAverage() >= 0) {
            out.append(String.format(Locale.ROOT, "Load:     %.2f (1-minute load average at start)%s%n",
                    machine.loadAverage(), machine.loadAverage() > machine.cores()
                            ? "; other processes were competing for the cores, figures are noisy" : ""));
        }
        out.append("Broker:   ").append(machine.broker()).append('\n');
        out.append(String.format(Locale.ROOT,
                "Stories:  %d measured, %d warm-up per scenario after %d through an unmeasured round of both;"
                        + " %d-%d bytes of text (mean %d, %d Avro-encoded), seed %d%n",
                settings.stories(), settings.warmUpStories(), settings.jvmWarmUpStories(), corpus.minBytes(),
                corpus.maxBytes(),
                corpus.meanBytes(), corpus.meanEncodedBytes(), settings.seed()));
        out.append(String.format(Locale.ROOT,
                "Phases:   %s, then %s%n", settings.targetRate() == 0 ? "as fast as possible"
                        : settings.targetRate() + " stories/s",
                settings.hasLatencyPhase() ? settings.latencyStories() + " stories at " + settings.latencyRate()
                        + " stories/s" : "no fixed-rate phase"));
        out.append(String.format(Locale.ROOT,
                "Settings: %d partitions, exactly_once_v2, commit interval %d ms, 1 stream thread; producer"
                        + " idempotent, acks=all, linger %d ms, lz4%n%n",
                settings.partitions(), settings.commitInterval().toMillis(), BenchClients.LINGER_MS));
    }

    private static void rows(StringBuilder out, BenchResult result) {
        boolean first = true;
        for (OutputLatency output : result.outputs()) {
            LatencySummary latency = output.latency();
            String count = first ? result.delivered() + (result.complete() ? "" : "!") : Long.toString(
                    latency.count());
            out.append(String.format(Locale.ROOT, ROW,
                    first ? result.scenario() : "", first ? result.phase() : "", output.output(), count,
                    first ? String.format(Locale.ROOT, "%.1f", result.storiesPerSecond()) : "",
                    latency.isEmpty() ? "-" : Long.toString(latency.p50Millis()),
                    latency.isEmpty() ? "-" : Long.toString(latency.p99Millis()),
                    latency.isEmpty() ? "-" : Long.toString(latency.maxMillis())));
            first = false;
        }
    }

    private static void footer(StringBuilder out, BenchReport report) {
        out.append("stories/s = stories delivered / (first send -> last arrival at the first output listed).\n");
        out.append("Latency = read_committed consumer receive time - record timestamp, which is the producer's"
                + " send time carried through the topology by Kafka Streams.\n");
        out.append("output/tagged: per story; feed: first arrival on any feed topic (stories that matched no feed"
                + " are not counted); alert: per alert.\n");
        if (!report.complete()) {
            out.append("! = not every story arrived within the delivery timeout.\n");
        }
        long mismatches = report.results().stream().mapToLong(BenchResult::timestampMismatches).sum();
        if (mismatches > 0) {
            out.append(String.format(Locale.ROOT, "WARNING: %d output records did not carry their story's send"
                    + " time as timestamp; their latency is not send-to-receive.%n", mismatches));
        }
        out.append(String.format(Locale.ROOT, "Run took %.0f s.%n", report.elapsed().toMillis() / 1000.0));
    }
}
