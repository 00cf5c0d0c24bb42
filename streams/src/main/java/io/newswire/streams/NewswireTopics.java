package io.newswire.streams;

import io.newswire.schemas.Alert;
import io.newswire.schemas.SignatureBand;
import io.newswire.schemas.Statement;
import io.newswire.schemas.StoryMinHash;
import io.newswire.schemas.TaggedStory;
import io.newswire.schemas.WireStory;
import io.newswire.schemas.serde.NewswireSerdes;
import io.newswire.streams.config.TopicNames;
import org.apache.kafka.common.serialization.Serde;
import org.apache.kafka.common.serialization.Serdes;

/**
 * Every topic of the pipeline with its key and value types.
 *
 * <table>
 *   <tr><th>topic</th><th>key</th><th>value</th></tr>
 *   <tr><td>newswire.stories.raw</td><td>story family id</td><td>WireStory</td></tr>
 *   <tr><td>newswire.stories.tagged</td><td>story family id</td><td>TaggedStory</td></tr>
 *   <tr><td>newswire.feed.&lt;name&gt;</td><td>story family id</td><td>TaggedStory</td></tr>
 *   <tr><td>newswire.statements</td><td>speaker id</td><td>Statement</td></tr>
 *   <tr><td>newswire.alerts</td><td>speaker id</td><td>Alert</td></tr>
 *   <tr><td>newswire.story-minhash</td><td>story family id</td><td>StoryMinHash
 *       (compacted; read back into the global near-duplicate index)</td></tr>
 *   <tr><td>newswire.rejected</td><td>original key bytes</td><td>original value bytes (error in headers)</td></tr>
 * </table>
 *
 * <p>{@code bandSerde} is the serde of the band lists the near-duplicate index keeps in its local
 * store; they are on no topic, the index rebuilds them from {@code newswire.story-minhash}.
 */
public record NewswireTopics(
        TopicNames names,
        Topic<String, WireStory> raw,
        Topic<String, TaggedStory> tagged,
        Topic<String, Statement> statements,
        Topic<String, Alert> alerts,
        Topic<String, StoryMinHash> minHashes,
        Serde<SignatureBand> bandSerde) {

    public static NewswireTopics create(TopicNames names, NewswireSerdes serdes) {
        return new NewswireTopics(
                names,
                new Topic<>(names.raw(), Serdes.String(), serdes.wireStory()),
                new Topic<>(names.tagged(), Serdes.String(), serdes.taggedStory()),
                new Topic<>(names.statements(), Serdes.String(), serdes.statement()),
                new Topic<>(names.alerts(), Serdes.String(), serdes.alert()),
                new Topic<>(names.minHashes(), Serdes.String(), serdes.storyMinHash()),
                serdes.signatureBand());
    }

    /** A feed topic: same key and value types as the tagged firehose. */
    public Topic<String, TaggedStory> feed(String feedName) {
        return new Topic<>(names.feed(feedName), tagged.keySerde(), tagged.valueSerde());
    }
}
