package io.newswire.streams.topology;

import io.newswire.schemas.Alert;
import io.newswire.schemas.Statement;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.apache.kafka.streams.KeyValue;
import org.apache.kafka.streams.processor.PunctuationType;
import org.apache.kafka.streams.processor.api.Processor;
import org.apache.kafka.streams.processor.api.ProcessorContext;
import org.apache.kafka.streams.processor.api.Record;
import org.apache.kafka.streams.state.KeyValueIterator;
import org.apache.kafka.streams.state.KeyValueStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Emits an alert the first time an official's statement is seen within the alert window. Reads
 * {@code newswire.statements} (key: speaker id), writes {@code newswire.alerts} (key: speaker id).
 *
 * <p>Store {@value #STORE}: statement id (speaker id + normalised quote) → record time it was
 * first seen. The store is changelogged, so "seen" survives restarts; a punctuator drops entries
 * older than the window.
 */
final class AlertProcessor implements Processor<String, Statement, String, Alert> {
    static final String STORE = "statements-seen";
    private static final Logger LOG = LoggerFactory.getLogger(AlertProcessor.class);
    private static final Duration PURGE_EVERY = Duration.ofMinutes(10);

    private final Duration window;
    private final Clock clock;
    private ProcessorContext<String, Alert> context;
    private KeyValueStore<String, Long> seen;

    AlertProcessor(Duration window, Clock clock) {
        this.window = window;
        this.clock = clock;
    }

    @Override
    public void init(ProcessorContext<String, Alert> context) {
        this.context = context;
        this.seen = context.getStateStore(STORE);
        context.schedule(PURGE_EVERY, PunctuationType.WALL_CLOCK_TIME, now -> purgeOlderThan(now - window.toMillis()));
    }

    @Override
    public void process(Record<String, Statement> record) {
        Statement statement = record.value();
        if (statement == null || !statement.getOfficial()) {
            return;
        }
        Long firstSeen = seen.get(statement.getId());
        if (firstSeen != null && record.timestamp() - firstSeen < window.toMillis()) {
            LOG.debug("statement {} of {} already alerted", statement.getId(), statement.getSpeakerId());
            return;
        }
        seen.put(statement.getId(), record.timestamp());
        context.forward(record.withValue(toAlert(statement)));
    }

    private Alert toAlert(Statement statement) {
        return Alert.newBuilder()
                .setStatementId(statement.getId())
                .setSpeaker(statement.getSpeaker())
                .setSpeakerId(statement.getSpeakerId())
                .setRole(statement.getSpeakerRole())
                .setSpeakerCountry(statement.getSpeakerCountry())
                .setQuote(statement.getQuote())
                .setStoryId(statement.getStoryId())
                .setStoryVersion(statement.getStoryVersion())
                .setHeadline(statement.getHeadline() == null ? "" : statement.getHeadline())
                .setStoryReceivedAt(statement.getStoryReceivedAt() == null
                        ? clock.instant() : statement.getStoryReceivedAt())
                .setEmittedAt(clock.instant())
                .build();
    }

    private void purgeOlderThan(long cutoff) {
        List<String> expired = new ArrayList<>();
        try (KeyValueIterator<String, Long> all = seen.all()) {
            while (all.hasNext()) {
                KeyValue<String, Long> entry = all.next();
                if (entry.value < cutoff) {
                    expired.add(entry.key);
                }
            }
        }
        expired.forEach(seen::delete);
    }
}
