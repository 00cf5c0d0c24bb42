package io.newswire.broker;

import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;

import kafka.server.KafkaConfig;
import org.apache.kafka.common.Uuid;
import org.apache.kafka.metadata.storage.Formatter;
import org.apache.kafka.server.common.MetadataVersion;

/** Formats a KRaft log directory, the in-process equivalent of {@code kafka-storage.sh format}. */
final class KraftStorage {

    private KraftStorage() {
    }

    /**
     * Writes {@code meta.properties} and the bootstrap metadata for a new cluster into
     * {@code logDir}, which holds both data and metadata logs. A directory that is already
     * formatted is left as it is, so a broker can restart on its old data.
     */
    static void format(final KafkaConfig config, final Path logDir) {
        final String dir = logDir.toAbsolutePath().toString();
        // the formatter reports progress on a PrintStream (System.out by default)
        try (PrintStream silent = new PrintStream(OutputStream.nullOutputStream(), false, StandardCharsets.UTF_8)) {
            new Formatter()
                    .setPrintStream(silent)
                    .setNodeId(config.nodeId())
                    .setClusterId(Uuid.randomUuid().toString())
                    .setDirectories(List.of(dir))
                    .setMetadataLogDirectory(dir)
                    .setControllerListenerName(BrokerProperties.CONTROLLER_LISTENER)
                    .setReleaseVersion(MetadataVersion.latestProduction())
                    .setIgnoreFormatted(true)
                    .run();
        } catch (Exception e) {
            throw new IllegalStateException("Could not format KRaft storage in " + dir, e);
        }
    }
}
