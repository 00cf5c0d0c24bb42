package io.newswire.streams;

import io.newswire.streams.config.NewswireConfig;
import java.util.Properties;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.streams.StreamsConfig;
import org.apache.kafka.streams.errors.LogAndContinueExceptionHandler;
import org.apache.kafka.streams.errors.LogAndContinueProcessingExceptionHandler;

/**
 * The Kafka Streams properties of the Newswire app. Exactly-once v2; records that cannot be
 * deserialised or processed go to the dead-letter topic through Kafka Streams' own handlers
 * (KIP-1033, KIP-1034) with the original bytes and the error in {@code __streams.errors.*}
 * headers, and processing continues. Explicit overrides win: {@code newswire.streams.*} over
 * {@code newswire.client.*} over these defaults.
 */
public final class StreamsSettings {
    private StreamsSettings() {}

    public static Properties from(NewswireConfig config) {
        Properties props = new Properties();
        props.putAll(config.clientOverrides());
        props.putAll(config.streamsOverrides());
        props.putIfAbsent(StreamsConfig.APPLICATION_ID_CONFIG, config.applicationId());
        if (config.bootstrapServers() != null) {
            props.putIfAbsent(StreamsConfig.BOOTSTRAP_SERVERS_CONFIG, config.bootstrapServers());
        }
        props.putIfAbsent(StreamsConfig.PROCESSING_GUARANTEE_CONFIG, StreamsConfig.EXACTLY_ONCE_V2);
        props.putIfAbsent(StreamsConfig.COMMIT_INTERVAL_MS_CONFIG, config.commitInterval().toMillis());
        props.putIfAbsent(StreamsConfig.ERRORS_DEAD_LETTER_QUEUE_TOPIC_NAME_CONFIG, config.topics().rejected());
        props.putIfAbsent(StreamsConfig.DESERIALIZATION_EXCEPTION_HANDLER_CLASS_CONFIG,
                LogAndContinueExceptionHandler.class.getName());
        props.putIfAbsent(StreamsConfig.PROCESSING_EXCEPTION_HANDLER_CLASS_CONFIG,
                LogAndContinueProcessingExceptionHandler.class.getName());
        props.putIfAbsent(StreamsConfig.ENSURE_EXPLICIT_INTERNAL_RESOURCE_NAMING_CONFIG, true);
        props.putIfAbsent(StreamsConfig.consumerPrefix(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG), "earliest");
        props.putIfAbsent(StreamsConfig.producerPrefix(ProducerConfig.COMPRESSION_TYPE_CONFIG), "lz4");
        props.putIfAbsent(StreamsConfig.producerPrefix(ProducerConfig.LINGER_MS_CONFIG), 5);
        if (config.stateDir() != null) {
            props.putIfAbsent(StreamsConfig.STATE_DIR_CONFIG, config.stateDir().toString());
        }
        return props;
    }
}
