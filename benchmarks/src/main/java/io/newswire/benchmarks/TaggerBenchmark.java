package io.newswire.benchmarks;

import io.newswire.tagger.EntityTagger;
import io.newswire.tagger.EntityTags;
import io.newswire.tagger.StatementExtractor;
import io.newswire.tagger.StatementTag;
import io.newswire.tagger.StoryTags;
import io.newswire.tagger.StoryText;
import io.newswire.tagger.Tagger;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Stories per second through the tagger on one thread: the whole {@link Tagger}, and its two
 * halves apart. Each call tags the next story of a rotating set of synthetic ~4 KB wire
 * stories (the pipeline benchmark's templates, see {@link SyntheticCorpus}), so ops/s is
 * stories/s. {@code statements} is fed the actors found beforehand, as {@code Tagger} does.
 *
 * <p>{@code -p corpus=polnear} tags real political news instead: the 84 PolNeAR development
 * articles (median about 4 KB, many quotes), read from {@code ../shared/corpus} or the folder
 * that the system property {@code newswire.corpus} names. The synthetic stories are denser in
 * titled officials and quotes than real copy, so they are the harder of the two.
 */
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Threads(1)
@Fork(value = 1, jvmArgsAppend = {"-Xms1g", "-Xmx1g"})
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 3)
@State(Scope.Thread)
public class TaggerBenchmark {
    /** Enough distinct stories that branch and cache behaviour is not that of a single text. */
    @Param("512")
    public int stories;

    /** Story size range in UTF-8 bytes, "min-max"; the pipeline benchmark uses 3072-5120. */
    @Param("3584-4608")
    public String bytes;

    @Param("20160805")
    public long seed;

    /** {@code synthetic} (the target's 4 KB stories) or {@code polnear} (real articles). */
    @Param("synthetic")
    public String corpus;

    private Tagger tagger;
    private EntityTagger entities;
    private StatementExtractor statements;
    private StoryText[] texts;
    private EntityTags[] found;
    private int next;

    @Setup(Level.Trial)
    public void setUp() {
        List<StoryText> corpus = switch (this.corpus) {
            case "synthetic" -> {
                String[] range = bytes.split("-");
                yield new SyntheticCorpus(seed, Integer.parseInt(range[0]), Integer.parseInt(range[1])).generate(stories);
            }
            case "polnear" -> RealCorpus.polnear();
            default -> throw new IllegalArgumentException("corpus must be synthetic or polnear, not " + this.corpus);
        };
        entities = EntityTagger.loadDefault();
        statements = StatementExtractor.loadDefault();
        tagger = new Tagger(entities, statements);
        texts = corpus.toArray(new StoryText[0]);
        List<EntityTags> tags = new ArrayList<>(texts.length);
        for (StoryText text : texts) {
            tags.add(entities.tag(text));
        }
        found = tags.toArray(new EntityTags[0]);
    }

    private int nextIndex() {
        int i = next;
        next = i + 1 == texts.length ? 0 : i + 1;
        return i;
    }

    @Benchmark
    public StoryTags tagStory() {
        return tagger.tag(texts[nextIndex()]);
    }

    @Benchmark
    public EntityTags entities() {
        return entities.tag(texts[nextIndex()]);
    }

    @Benchmark
    public List<StatementTag> statements() {
        int i = nextIndex();
        return statements.extract(texts[i].text(), found[i].actors());
    }
}
