package io.newswire.benchmarks;

import io.newswire.tagger.StoryText;
import io.newswire.tagger.Tagger;
import java.io.PrintStream;

/**
 * Heap retained by a loaded tagger, and the time of that first load, in a fresh JVM:
 * {@code java -cp benchmarks/target/benchmarks.jar io.newswire.benchmarks.TaggerFootprint}.
 * Heap is measured as used memory after repeated full GCs, before and after loading.
 */
public final class TaggerFootprint {
    private static final int GC_ROUNDS = 5;

    private TaggerFootprint() {}

    public static void main(String[] args) throws InterruptedException {
        PrintStream out = System.out;
        long before = usedAfterGc();
        long start = System.nanoTime();
        Tagger tagger = Tagger.loadDefault();
        long loadNanos = System.nanoTime() - start;
        // one story so that lazily built state, if any, is counted too
        tagger.tag(StoryText.of("Kerry meets Lavrov", "\"We made progress,\" Kerry told reporters in Geneva."));
        long after = usedAfterGc();
        out.printf("first Tagger.loadDefault(): %d ms%n", loadNanos / 1_000_000);
        out.printf("heap retained by the loaded tagger: %.1f MB%n", (after - before) / (1024.0 * 1024.0));
        out.println(tagger.getClass().getSimpleName() + " kept reachable until here");
    }

    private static long usedAfterGc() throws InterruptedException {
        Runtime runtime = Runtime.getRuntime();
        for (int i = 0; i < GC_ROUNDS; i++) {
            System.gc();
            Thread.sleep(50);
        }
        return runtime.totalMemory() - runtime.freeMemory();
    }
}
