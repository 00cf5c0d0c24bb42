package io.newswire.app;

import io.newswire.broker.EmbeddedKafkaBroker;
import java.io.PrintStream;

/**
 * The broker a command talks to: the configured one, or an embedded broker started for the
 * life of the command when none is configured.
 */
final class KafkaConnection implements AutoCloseable {
    private final String bootstrapServers;
    private final EmbeddedKafkaBroker embedded;

    static final String EMBEDDED_NOTE = "Note: the embedded broker stops when this command ends; use 'newswire broker' "
            + "and --bootstrap-servers to keep the stories.";

    KafkaConnection(String bootstrapServers, EmbeddedKafkaBroker embedded) {
        this.bootstrapServers = bootstrapServers;
        this.embedded = embedded;
    }

    static KafkaConnection open(String configured, PrintStream status) {
        if (configured != null) {
            return new KafkaConnection(configured, null);
        }
        status.println("No bootstrap servers given: starting an embedded Kafka broker (KRaft, in-process)...");
        EmbeddedKafkaBroker broker = EmbeddedKafkaBroker.builder().build().start();
        status.println("Embedded broker ready at " + broker.bootstrapServers());
        return new KafkaConnection(broker.bootstrapServers(), broker);
    }

    String bootstrapServers() {
        return bootstrapServers;
    }

    boolean isEmbedded() {
        return embedded != null;
    }

    /**
     * For commands that publish: warns on {@code status} that the stories go with an embedded
     * broker when the command ends; says nothing for a configured broker.
     */
    void noteIfStoriesEndWithTheCommand(PrintStream status) {
        if (isEmbedded()) {
            status.println(EMBEDDED_NOTE);
        }
    }

    @Override
    public void close() {
        if (embedded != null) {
            embedded.close();
        }
    }
}
