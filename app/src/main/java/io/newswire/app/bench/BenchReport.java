package io.newswire.app.bench;

import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;

/**
 * Everything one {@link PipelineBenchmark} run measured, with the machine and settings needed to
 * read it. {@link #toText()} is what {@code bin/newswire bench} prints.
 */
public record BenchReport(
        MachineInfo machine, BenchSettings settings, CorpusStats corpus, List<BenchResult> results, Duration elapsed) {

    public BenchReport {
        results = List.copyOf(results);
    }

    /** The result of a scenario's phase: {@code result("full-pipeline", "max rate")}. */
    public Optional<BenchResult> result(String scenario, String phase) {
        return results.stream()
                .filter(r -> r.scenario().equals(scenario) && r.phase().equals(phase))
                .findFirst();
    }

    /** Results of one scenario, measured phase first. */
    public List<BenchResult> results(String scenario) {
        return results.stream().filter(r -> r.scenario().equals(scenario)).toList();
    }

    /** Full-pipeline throughput over pass-through throughput in the measured (first) phase. */
    public OptionalDouble throughputRatio() {
        List<BenchResult> full = results(PipelineBenchmark.FULL_PIPELINE);
        List<BenchResult> pass = results(PipelineBenchmark.PASS_THROUGH);
        if (full.isEmpty() || pass.isEmpty() || pass.get(0).storiesPerSecond() == 0) {
            return OptionalDouble.empty();
        }
        return OptionalDouble.of(full.get(0).storiesPerSecond() / pass.get(0).storiesPerSecond());
    }

    /** Whether every phase of every scenario delivered all its stories. */
    public boolean complete() {
        return results.stream().allMatch(BenchResult::complete);
    }

    public String toText() {
        return ReportFormatter.format(this);
    }
}
