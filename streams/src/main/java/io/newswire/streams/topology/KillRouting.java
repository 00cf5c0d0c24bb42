package io.newswire.streams.topology;

import io.newswire.schemas.PubStatus;
import io.newswire.schemas.TaggedStory;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.apache.kafka.streams.processor.api.FixedKeyProcessor;
import org.apache.kafka.streams.processor.api.FixedKeyProcessorContext;
import org.apache.kafka.streams.processor.api.FixedKeyRecord;
import org.apache.kafka.streams.state.KeyValueStore;

/**
 * Remembers which feeds each story family reached, so that a kill ({@code pubStatus=CANCELED})
 * reaches every one of them and subscribers can pull the story. A kill keeps the feeds it is
 * routed to in its {@code feeds} field; later versions add to the remembered set.
 *
 * <p>Store {@value #STORE}: story family id → comma-separated feed names.
 */
final class KillRouting implements FixedKeyProcessor<String, TaggedStory, TaggedStory> {
    static final String STORE = "story-feeds";

    private FixedKeyProcessorContext<String, TaggedStory> context;
    private KeyValueStore<String, String> reached;

    @Override
    public void init(FixedKeyProcessorContext<String, TaggedStory> context) {
        this.context = context;
        this.reached = context.getStateStore(STORE);
    }

    @Override
    public void process(FixedKeyRecord<String, TaggedStory> record) {
        TaggedStory story = record.value();
        List<String> before = feeds(reached.get(record.key()));
        if (story.getStory().getPubStatus() == PubStatus.CANCELED) {
            TaggedStory kill = TaggedStory.newBuilder(story).setFeeds(before).build();
            context.forward(record.withValue(kill));
            return;
        }
        List<String> union = new ArrayList<>(before);
        story.getFeeds().stream().filter(feed -> !union.contains(feed)).forEach(union::add);
        if (!union.equals(before)) {
            reached.put(record.key(), String.join(",", union));
        }
        context.forward(record);
    }

    private static List<String> feeds(String stored) {
        return stored == null || stored.isEmpty() ? List.of() : Arrays.asList(stored.split(","));
    }
}
