package io.newswire.app.bench;

import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.LockSupport;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.errors.RetriableException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Sends a phase's stories to the raw topic, as fast as possible or at a fixed rate, keyed by
 * story id, each with its record timestamp set to its send time (the latency probes read it back
 * from the outputs).
 */
final class StoryLoad {
    private static final Logger LOG = LoggerFactory.getLogger(StoryLoad.class);

    private final KafkaProducer<String, byte[]> producer;
    private final SendLog sendLog;

    StoryLoad(KafkaProducer<String, byte[]> producer, SendLog sendLog) {
        this.producer = producer;
        this.sendLog = sendLog;
    }

    /** Sends and flushes; returns how many sends failed. {@code ratePerSecond} 0 means no pacing. */
    long send(String topic, Phase phase, List<EncodedStory> stories, int ratePerSecond) {
        AtomicLong failures = new AtomicLong();
        long intervalNanos = ratePerSecond == 0 ? 0 : TimeUnit.SECONDS.toNanos(1) / ratePerSecond;
        long start = System.nanoTime();
        sendLog.phaseStarted(phase, start);
        for (int i = 0; i < stories.size(); i++) {
            if (intervalNanos > 0) {
                waitUntil(start + i * intervalNanos);
            }
            EncodedStory story = stories.get(i);
            long sentAt = System.currentTimeMillis();
            sendLog.sent(story.id(), sentAt);
            producer.send(new ProducerRecord<>(topic, null, sentAt, story.id(), story.value()), (meta, e) -> {
                if (e != null) {
                    failures.incrementAndGet();
                    LOG.warn("story {} not sent ({}): {}", story.id(),
                            e instanceof RetriableException ? "retriable, retries exhausted" : "fatal", e.toString());
                }
            });
        }
        producer.flush();
        return failures.get();
    }

    private static void waitUntil(long dueNanos) {
        long left;
        while ((left = dueNanos - System.nanoTime()) > 0) {
            LockSupport.parkNanos(left);
        }
    }
}
