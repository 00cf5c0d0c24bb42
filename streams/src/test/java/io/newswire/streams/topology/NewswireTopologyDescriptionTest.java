package io.newswire.streams.topology;

import static org.assertj.core.api.Assertions.assertThat;

import io.newswire.schemas.serde.NewswireSerdes;
import io.newswire.streams.NewswireTopics;
import io.newswire.streams.config.TopicNames;
import io.newswire.streams.feeds.FeedRules;
import io.newswire.tagger.Tagger;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * Golden test of {@code topology.describe()}: a renamed processor, store or topic fails here, not
 * in production where it would orphan state. After an intended change, regenerate with
 * {@code mvn -pl streams test -Dtest=NewswireTopologyDescriptionTest -Dnewswire.golden.update=true}
 * and review the diff.
 */
class NewswireTopologyDescriptionTest {
    private static final Path GOLDEN = Path.of("src/test/resources/io/newswire/streams/topology/topology.txt");

    @Test
    void shouldKeepProcessorStoreAndTopicNamesStable() throws IOException {
        String described = NewswireTopology.build(
                        NewswireTopics.create(TopicNames.DEFAULT, NewswireSerdes.create()),
                        Tagger.loadDefault(),
                        FeedRules.loadDefault(),
                        NewswireTopology.Settings.defaults())
                .describe()
                .toString();
        if (Boolean.getBoolean("newswire.golden.update")) {
            Files.writeString(GOLDEN, described, StandardCharsets.UTF_8);
        }
        assertThat(described).isEqualTo(Files.readString(GOLDEN, StandardCharsets.UTF_8));
    }
}
