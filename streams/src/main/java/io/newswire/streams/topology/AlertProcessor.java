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
 * <p>"New" means the speaker has not said these words within the alert window, comparing the
 * normalised quote ({@link StatementIds#normalise}: case, punctuation, curly quotes and spacing do
 * not count); a longer version of a quote already heard (a partial quote that grew) is an update
 * and does not alert again.
 *
 * <p>Store {@value #STORE}: speaker id → {@link SpokenQuotes} (normalised quotes with the record
 * time each was first seen). The store is changelogged, so "seen" survives restarts; a
 * punctuator forgets quotes older than the window.
 */
final class AlertProcessor implements Processor<String, Statement, String, Alert> {
    static final String STORE = "statements-seen";
    private static final Logger LOG = LoggerFactory.getLogger(AlertProcessor.class);
    private static final Duration PURGE_EVERY = Duration.ofMinutes(10);

    private final Duration window;
    private final Clock clock;
    private ProcessorContext<String, Alert> context;
    private KeyValueStore<String, String> seen;

    AlertProcessor(Duration window, Clock clock) {
        this.window = window;
        this.clock = clock;
    }

    @Override
    public void init(ProcessorContext<String, Alert> context) {
        this.context = context;
        this.seen = context.getStateStore(STORE);
        context.schedule(PURGE_EVERY, PunctuationType.STREAM_TIME, now -> purgeOlderThan(now - window.toMillis()));
    }

    @Override
    public void process(Record<String, Statement> record) {
        Statement statement = record.value();
        if (statement == null || !statement.getOfficial()) {
            return;
        }
        String speaker = statement.getSpeakerId();
        SpokenQuotes quotes = SpokenQuotes.decode(seen.get(speaker));
        quotes.forgetBefore(record.timestamp() - window.toMillis());
        SpokenQuotes.Verdict verdict = quotes.hear(StatementIds.normalise(statement.getQuote()), record.timestamp());
        seen.put(speaker, quotes.encode());
        if (verdict == SpokenQuotes.Verdict.NEW) {
            context.forward(record.withValue(toAlert(statement)));
        } else {
            LOG.debug("statement {} of {} is {}: no alert", statement.getId(), speaker, verdict);
        }
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
        List<KeyValue<String, String>> changed = new ArrayList<>();
        try (KeyValueIterator<String, String> all = seen.all()) {
            while (all.hasNext()) {
                KeyValue<String, String> entry = all.next();
                SpokenQuotes quotes = SpokenQuotes.decode(entry.value);
                if (quotes.forgetBefore(cutoff)) {
                    changed.add(KeyValue.pair(entry.key, quotes.isEmpty() ? null : quotes.encode()));
                }
            }
        }
        changed.forEach(entry -> seen.put(entry.key, entry.value));
    }
}
