package io.newswire.app.bench;

import static org.assertj.core.api.Assertions.assertThat;

import io.newswire.schemas.WireStory;
import io.newswire.schemas.serde.NewswireSerdes;
import io.newswire.streams.NewswireTopics;
import io.newswire.streams.config.TopicNames;
import io.newswire.streams.feeds.FeedRule;
import io.newswire.streams.feeds.FeedRules;
import io.newswire.streams.topology.NewswireTopology;
import io.newswire.tagger.Tagger;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.apache.kafka.streams.StreamsConfig;
import org.apache.kafka.streams.TestInputTopic;
import org.apache.kafka.streams.TopologyTestDriver;
import org.apache.kafka.streams.test.TestRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The benchmark measures latency as receive time minus the output record's timestamp; that is the
 * send time only if the topology hands the input timestamp on to every output, through the feed
 * router, the statement flatMap and the alert sub-topology that reads the statements topic back.
 * With the placeholder tagger only the firehose has records; feeds, statements and alerts are
 * checked as soon as the tagger finds something.
 */
class SendTimestampPropagationTest {
    private static final long SENT_AT = 1_470_391_200_123L;

    @TempDir
    Path stateDir;

    @Test
    void shouldGiveEveryOutputRecordTheTimestampOfTheStoryItCameFrom() {
        NewswireSerdes serdes = NewswireSerdes.create();
        NewswireTopics topics = NewswireTopics.create(TopicNames.DEFAULT, serdes);
        FeedRules feeds = FeedRules.loadDefault();
        Properties props = new Properties();
        props.put(StreamsConfig.APPLICATION_ID_CONFIG, "timestamp-propagation-test");
        props.put(StreamsConfig.BOOTSTRAP_SERVERS_CONFIG, "unused:9092");
        props.put(StreamsConfig.STATE_DIR_CONFIG, stateDir.toString());
        List<WireStory> stories = new SyntheticStories(11, 3 * 1024, 5 * 1024).generate("bench-max-", 20);

        try (TopologyTestDriver driver = new TopologyTestDriver(NewswireTopology.build(topics, Tagger.loadDefault(),
                feeds, NewswireTopology.Settings.defaults()), props)) {
            TestInputTopic<String, WireStory> raw = driver.createInputTopic(topics.raw().name(),
                    new StringSerializer(), serdes.wireStory().serializer());
            for (int i = 0; i < stories.size(); i++) {
                raw.pipeInput(new TestRecord<>(stories.get(i).getId(), stories.get(i), null, SENT_AT + i));
            }

            Map<String, Long> sentAt = new HashMap<>();
            stories.forEach(story -> sentAt.put(story.getId(), SENT_AT + stories.indexOf(story)));

            assertThat(keyedTimestamps(driver, topics.tagged().name())).hasSize(stories.size())
                    .allSatisfy(record -> assertThat(record.timestamp()).isEqualTo(sentAt.get(record.key())));
            for (FeedRule feed : feeds.rules()) {
                assertThat(keyedTimestamps(driver, topics.names().feed(feed.name()))).as("feed %s", feed.name())
                        .allSatisfy(record -> assertThat(record.timestamp()).isEqualTo(sentAt.get(record.key())));
            }
            for (String topic : List.of(topics.statements().name(), topics.alerts().name())) {
                assertThat(keyedTimestamps(driver, topic)).as("timestamps on %s", topic).allSatisfy(record ->
                        assertThat(record.timestamp()).isBetween(SENT_AT, SENT_AT + stories.size() - 1));
            }
        }
    }

    private static List<TestRecord<String, byte[]>> keyedTimestamps(TopologyTestDriver driver, String topic) {
        return driver.createOutputTopic(topic, new StringDeserializer(), new ByteArrayDeserializer())
                .readRecordsToList();
    }
}
