package io.newswire.benchmarks;

import io.newswire.tagger.Tagger;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Cold start: the time {@code Tagger.loadDefault()} takes in a fresh JVM, which is what a
 * streams instance pays at start-up. The default gazetteer is cached per class loader, so only
 * the first call of a fork is a real load: every fork measures exactly one call.
 */
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(value = 10, jvmArgsAppend = {"-Xms1g", "-Xmx1g"})
@Warmup(iterations = 0)
@Measurement(iterations = 1)
public class GazetteerLoadBenchmark {
    @Benchmark
    public Tagger loadDefault() {
        return Tagger.loadDefault();
    }
}
