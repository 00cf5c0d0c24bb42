package io.newswire.app.bench;

import java.time.Duration;
import java.util.Collection;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import java.util.regex.Pattern;
import org.apache.kafka.clients.consumer.CloseOptions;
import org.apache.kafka.clients.consumer.ConsumerRebalanceListener;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.WakeupException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A read_committed consumer on its own thread that measures, per phase, the latency from a
 * story's send to its arrival at an output: receive wall time minus the output record's timestamp,
 * which Kafka Streams carries over from the input record (the producer sets it to the send time).
 * It also counts output records whose timestamp is not their story's send time.
 */
final class LatencyProbe implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(LatencyProbe.class);
    private static final Duration POLL = Duration.ofMillis(50);

    private final String output;
    private final KafkaConsumer<byte[], byte[]> consumer;
    private final Function<ConsumerRecord<byte[], byte[]>, String> storyIdOf;
    private final boolean firstArrivalOnly;
    private final SendLog sendLog;
    private final int expectedPartitions;
    private final Map<Phase, PhaseStats> stats = new EnumMap<>(Phase.class);
    private final Set<String> seen = new HashSet<>();
    private final CountDownLatch assigned = new CountDownLatch(1);
    private final Thread thread;
    private volatile boolean running = true;

    private LatencyProbe(Builder builder) {
        this.output = builder.output;
        this.consumer = new KafkaConsumer<>(builder.consumerProperties);
        this.storyIdOf = builder.storyIdOf;
        this.firstArrivalOnly = builder.firstArrivalOnly;
        this.sendLog = builder.sendLog;
        this.expectedPartitions = builder.expectedPartitions;
        for (Phase phase : Phase.values()) {
            stats.put(phase, new PhaseStats());
        }
        Listener listener = new Listener();
        if (builder.pattern != null) {
            consumer.subscribe(builder.pattern, listener);
        } else {
            consumer.subscribe(builder.topics, listener);
        }
        this.thread = new Thread(this::pollLoop, "bench-probe-" + output);
        thread.setDaemon(true);
        thread.start();
    }

    static Builder builder(String output, Properties consumerProperties, SendLog sendLog) {
        return new Builder(output, consumerProperties, sendLog);
    }

    String output() {
        return output;
    }

    /** Waits until the consumer owns all the partitions it reads; false on timeout. */
    boolean awaitAssignment(Duration timeout) throws InterruptedException {
        return assigned.await(timeout.toMillis(), TimeUnit.MILLISECONDS);
    }

    PhaseStats stats(Phase phase) {
        return stats.get(phase);
    }

    private void pollLoop() {
        try {
            while (running) {
                for (ConsumerRecord<byte[], byte[]> record : consumer.poll(POLL)) {
                    onRecord(record, System.currentTimeMillis(), System.nanoTime());
                }
            }
        } catch (WakeupException e) {
            if (running) {
                throw e;
            }
        } catch (RuntimeException e) {
            LOG.error("latency probe on {} failed", output, e);
        } finally {
            consumer.close(CloseOptions.timeout(Duration.ofSeconds(5)));
        }
    }

    private void onRecord(ConsumerRecord<byte[], byte[]> record, long nowMillis, long nowNanos) {
        String storyId = storyIdOf.apply(record);
        Phase phase = Phase.ofStoryId(storyId);
        if (phase == null || (firstArrivalOnly && !seen.add(storyId))) {
            return;
        }
        Long sentAt = sendLog.sentAt(storyId);
        stats.get(phase).record(nowMillis - record.timestamp(), nowNanos,
                sentAt != null && sentAt == record.timestamp());
    }

    @Override
    public void close() {
        running = false;
        consumer.wakeup();
        try {
            thread.join(TimeUnit.SECONDS.toMillis(10));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private final class Listener implements ConsumerRebalanceListener {
        @Override
        public void onPartitionsRevoked(Collection<TopicPartition> partitions) {
            // the probe's group has one member: nothing to hand over
        }

        @Override
        public void onPartitionsAssigned(Collection<TopicPartition> partitions) {
            if (consumer.assignment().size() >= expectedPartitions) {
                assigned.countDown();
            }
        }
    }

    /** How a probe finds its records and the story each belongs to. */
    static final class Builder {
        private final String output;
        private final Properties consumerProperties;
        private final SendLog sendLog;
        private Collection<String> topics;
        private Pattern pattern;
        private int expectedPartitions;
        private Function<ConsumerRecord<byte[], byte[]>, String> storyIdOf = BenchClients::keyAsString;
        private boolean firstArrivalOnly = true;

        private Builder(String output, Properties consumerProperties, SendLog sendLog) {
            this.output = output;
            this.consumerProperties = consumerProperties;
            this.sendLog = sendLog;
        }

        Builder topics(Collection<String> names, int partitions) {
            this.topics = Set.copyOf(names);
            this.expectedPartitions = partitions;
            return this;
        }

        Builder pattern(Pattern topicPattern, int partitions) {
            this.pattern = topicPattern;
            this.expectedPartitions = partitions;
            return this;
        }

        /** Where the story id is when it is not the record key. */
        Builder storyIdOf(Function<ConsumerRecord<byte[], byte[]>, String> reader) {
            this.storyIdOf = reader;
            return this;
        }

        /** Count every record, not only a story's first arrival (an alert per statement). */
        Builder everyRecord() {
            this.firstArrivalOnly = false;
            return this;
        }

        LatencyProbe start() {
            if ((topics == null) == (pattern == null)) {
                throw new IllegalStateException("a probe reads either topics or a pattern");
            }
            return new LatencyProbe(this);
        }
    }
}
