package io.newswire.app;

import io.newswire.schemas.serde.NewswireSerdes;
import io.newswire.streams.config.TopicNames;
import org.apache.kafka.clients.consumer.ConsumerRecord;

/** Renders a raw record from any Newswire topic with the value type that topic carries. */
final class RecordPrinter {
    private final TopicNames names;
    private final NewswireSerdes serdes;

    RecordPrinter(TopicNames names, NewswireSerdes serdes) {
        this.names = names;
        this.serdes = serdes;
    }

    String format(ConsumerRecord<byte[], byte[]> record) {
        String topic = record.topic();
        if (record.value() == null) {
            return topic + " tombstone";
        }
        if (topic.equals(names.rejected())) {
            return RecordFormat.rejected(record.key(), record.value(), record.headers());
        }
        if (topic.equals(names.statements())) {
            return RecordFormat.statement(serdes.statement().decode(record.value()));
        }
        if (topic.equals(names.alerts())) {
            return RecordFormat.alert(serdes.alert().decode(record.value()));
        }
        if (topic.equals(names.raw())) {
            return serdes.wireStory().decode(record.value()).getHeadline();
        }
        return RecordFormat.story(serdes.taggedStory().decode(record.value()));
    }
}
