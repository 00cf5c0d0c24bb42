package io.newswire.app.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Properties;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.streams.StreamsConfig;
import org.apache.kafka.streams.TestInputTopic;
import org.apache.kafka.streams.TestOutputTopic;
import org.apache.kafka.streams.Topology;
import org.apache.kafka.streams.TopologyTestDriver;
import org.apache.kafka.streams.test.TestRecord;
import org.junit.jupiter.api.Test;

class PassThroughTopologyTest {

    @Test
    void shouldCopyBytesKeyAndTimestampUnchangedThroughNamedProcessors() {
        Topology topology = PassThroughScenario.topology("in", "out");
        Properties props = new Properties();
        props.put(StreamsConfig.APPLICATION_ID_CONFIG, "pass-through-test");
        props.put(StreamsConfig.BOOTSTRAP_SERVERS_CONFIG, "unused:9092");

        try (TopologyTestDriver driver = new TopologyTestDriver(topology, props)) {
            TestInputTopic<byte[], byte[]> in = driver.createInputTopic("in", new ByteArraySerializer(),
                    new ByteArraySerializer());
            TestOutputTopic<byte[], byte[]> out = driver.createOutputTopic("out", new ByteArrayDeserializer(),
                    new ByteArrayDeserializer());
            in.pipeInput(new TestRecord<>(new byte[] {1}, new byte[] {2, 3}, null, 1_470_391_200_000L));

            TestRecord<byte[], byte[]> copied = out.readRecord();
            assertThat(copied.key()).containsExactly(1);
            assertThat(copied.value()).containsExactly(2, 3);
            assertThat(copied.timestamp()).isEqualTo(1_470_391_200_000L);
            assertThat(out.isEmpty()).isTrue();
        }
        assertThat(topology.describe().toString()).contains("read-raw-bytes", "write-bytes");
    }
}
