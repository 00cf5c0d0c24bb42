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
 * <p>Store {@value #STORE}: statement id (speaker id + normalised quote) → record time first seen,
 * one small entry per statement, for exact repeats over the whole window. Store
 * {@value #RECENT_STORE}: speaker id → the speaker's {@link SpokenQuotes#RECENT} most recent
 * normalised quotes, for partial quotes that grow or shrink. Both are changelogged, so "seen"
 * survives restarts; a stream-time punctuator forgets what is older than the window.
 */
final class AlertProcessor implements Processor<String, Statement, String, Alert> {
    static final String STORE = "statements-seen";
    static final String RECENT_STORE = "speaker-recent-quotes";
    private static final Logger LOG = LoggerFactory.getLogger(AlertProcessor.class);
    private static final Duration PURGE_EVERY = Duration.ofMinutes(10);

    private final Duration window;
    private final Clock clock;
    private ProcessorContext<String, Alert> context;
    private KeyValueStore<String, String> seen;
    private KeyValueStore<String, String> recent;

    AlertProcessor(Duration window, Clock clock) {
        this.window = window;
        this.clock = clock;
    }

    @Override
    public void init(ProcessorContext<String, Alert> context) {
        this.context = context;
        this.seen = context.getStateStore(STORE);
        this.recent = context.getStateStore(RECENT_STORE);
        context.schedule(PURGE_EVERY, PunctuationType.STREAM_TIME, now -> purgeOlderThan(now - window.toMillis()));
    }

    @Override
    public void process(Record<String, Statement> record) {
        Statement statement = record.value();
        if (statement == null || !statement.getOfficial()) {
            return;
        }
        long now = record.timestamp();
        String firstSeen = seen.get(statement.getId());
        if (firstSeen != null && now - Long.parseLong(firstSeen) < window.toMillis()) {
            LOG.debug("statement {} of {} already alerted", statement.getId(), statement.getSpeakerId());
            return;
        }
        String speaker = statement.getSpeakerId();
        SpokenQuotes quotes = SpokenQuotes.decode(recent.get(speaker));
        quotes.forgetBefore(now - window.toMillis());
        SpokenQuotes.Verdict verdict = quotes.hear(StatementIds.normalise(statement.getQuote()), now);
        recent.put(speaker, quotes.encode());
        seen.put(statement.getId(), String.valueOf(now));
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
        List<String> expired = new ArrayList<>();
        try (KeyValueIterator<String, String> all = seen.all()) {
            while (all.hasNext()) {
                KeyValue<String, String> entry = all.next();
                if (Long.parseLong(entry.value) < cutoff) {
                    expired.add(entry.key);
                }
            }
        }
        expired.forEach(seen::delete);
        List<KeyValue<String, String>> changed = new ArrayList<>();
        try (KeyValueIterator<String, String> all = recent.all()) {
            while (all.hasNext()) {
                KeyValue<String, String> entry = all.next();
                SpokenQuotes quotes = SpokenQuotes.decode(entry.value);
                if (quotes.forgetBefore(cutoff)) {
                    changed.add(KeyValue.pair(entry.key, quotes.isEmpty() ? null : quotes.encode()));
                }
            }
        }
        changed.forEach(entry -> recent.put(entry.key, entry.value));
    }
}
