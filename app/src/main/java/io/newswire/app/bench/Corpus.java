package io.newswire.app.bench;

import io.newswire.schemas.WireStory;
import io.newswire.schemas.serde.NewswireSerdes;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.IntSummaryStatistics;
import java.util.List;
import java.util.Map;
import org.apache.kafka.common.serialization.Serializer;

/** The stories of every phase, generated and Avro-encoded before anything is measured. */
record Corpus(Map<Phase, List<EncodedStory>> stories, CorpusStats stats) {

    static Corpus generate(BenchSettings settings, NewswireSerdes serdes, String rawTopic) {
        SyntheticStories generator = new SyntheticStories(settings.seed(), settings.minStoryBytes(),
                settings.maxStoryBytes());
        Serializer<WireStory> serializer = serdes.wireStory().serializer();
        Map<Phase, Integer> counts = new EnumMap<>(Phase.class);
        counts.put(Phase.JVM_WARM_UP, settings.jvmWarmUpStories());
        counts.put(Phase.WARM_UP, settings.warmUpStories());
        counts.put(Phase.MAX_RATE, settings.stories());
        counts.put(Phase.FIXED_RATE, settings.hasLatencyPhase() ? settings.latencyStories() : 0);
        Map<Phase, List<EncodedStory>> stories = new EnumMap<>(Phase.class);
        IntSummaryStatistics text = new IntSummaryStatistics();
        IntSummaryStatistics encoded = new IntSummaryStatistics();
        counts.forEach((phase, count) -> {
            List<EncodedStory> encodedStories = new ArrayList<>(count);
            for (WireStory story : generator.generate(phase.idPrefix(), count)) {
                byte[] value = serializer.serialize(rawTopic, story);
                text.accept(SyntheticStories.sizeOf(story));
                encoded.accept(value.length);
                encodedStories.add(new EncodedStory(story.getId(), value));
            }
            stories.put(phase, List.copyOf(encodedStories));
        });
        return new Corpus(stories, new CorpusStats((int) text.getCount(), text.getMin(), (int) text.getAverage(),
                text.getMax(), (int) encoded.getAverage()));
    }

    List<EncodedStory> of(Phase phase) {
        return stories.get(phase);
    }
}
