package io.newswire.app.bench;

import java.io.PrintStream;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Runs the phases of one scenario: warm-up (awaited, not reported), the measured phase, then the
 * fixed-rate latency phase. A phase ends when every story reached the main output and the other
 * outputs have been quiet for a while (their counts are not known in advance: a story may match no
 * feed, a statement may not alert).
 */
final class ScenarioRunner {
    private static final Duration MIN_QUIET = Duration.ofSeconds(1);

    private final BenchSettings settings;
    private final Corpus corpus;
    private final StoryLoad load;
    private final SendLog sendLog;
    private final PrintStream progress;

    ScenarioRunner(BenchSettings settings, Corpus corpus, StoryLoad load, SendLog sendLog, PrintStream progress) {
        this.settings = settings;
        this.corpus = corpus;
        this.load = load;
        this.sendLog = sendLog;
        this.progress = progress;
    }

    /** Only the JVM warm-up phase: gets the broker, client and Streams code compiled, measures nothing. */
    void warmUpJvm(Scenario scenario) throws InterruptedException {
        awaitProbes(scenario);
        runPhase(scenario, Phase.JVM_WARM_UP, 0);
    }

    List<BenchResult> run(Scenario scenario) throws InterruptedException {
        awaitProbes(scenario);
        List<BenchResult> results = new ArrayList<>();
        if (settings.warmUpStories() > 0) {
            runPhase(scenario, Phase.WARM_UP, 0);
        }
        results.add(runPhase(scenario, Phase.MAX_RATE, settings.targetRate()));
        if (settings.hasLatencyPhase()) {
            results.add(runPhase(scenario, Phase.FIXED_RATE, settings.latencyRate()));
        }
        return results;
    }

    private static void awaitProbes(Scenario scenario) throws InterruptedException {
        for (LatencyProbe probe : scenario.probes()) {
            if (!probe.awaitAssignment(Duration.ofSeconds(60))) {
                throw new IllegalStateException(scenario.name() + ": probe on " + probe.output()
                        + " got no partitions");
            }
        }
    }

    private BenchResult runPhase(Scenario scenario, Phase phase, int rate) throws InterruptedException {
        List<EncodedStory> stories = corpus.of(phase);
        long failures = load.send(scenario.inputTopic(), phase, stories, rate);
        long deadline = System.nanoTime() + settings.deliveryTimeout().toNanos();
        PhaseStats main = scenario.probes().get(0).stats(phase);
        main.awaitArrivals(stories.size() - failures, deadline);
        awaitQuiet(scenario, phase, deadline);

        long delivered = main.arrivals();
        long elapsedNanos = main.lastArrivalNanos() - sendLog.firstSendNanos(phase);
        double perSecond = delivered == 0 || elapsedNanos <= 0 ? 0 : delivered * 1e9 / elapsedNanos;
        List<OutputLatency> outputs = scenario.probes().stream()
                .map(probe -> probe.stats(phase).summary(probe.output()))
                .toList();
        BenchResult result = new BenchResult(scenario.name(), phase.label(settings), stories.size(), delivered,
                failures, perSecond, outputs);
        progress.printf(Locale.ROOT, "[%s] %-8s %d stories sent, %d delivered in %.1f s (%.0f stories/s)%s%n",
                scenario.name(), phase.label(settings), stories.size(), delivered,
                elapsedNanos / 1e9, perSecond, result.complete() ? "" : "  INCOMPLETE");
        return result;
    }

    /** Waits until no probe has seen a record of the phase for the quiet period, or the deadline. */
    private void awaitQuiet(Scenario scenario, Phase phase, long deadline) throws InterruptedException {
        long quietNanos = Math.max(MIN_QUIET.toNanos(), 4 * settings.commitInterval().toNanos());
        boolean moved = true;
        while (moved && System.nanoTime() < deadline) {
            moved = false;
            for (LatencyProbe probe : scenario.probes()) {
                PhaseStats stats = probe.stats(phase);
                long seen = stats.arrivals();
                long until = Math.min(deadline, System.nanoTime() + quietNanos / scenario.probes().size());
                moved |= stats.awaitArrivals(seen + 1, until);
            }
        }
    }
}
