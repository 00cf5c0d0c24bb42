package io.newswire.broker;

import java.nio.file.Path;
import java.util.Map;
import java.util.Properties;

import org.apache.kafka.coordinator.group.GroupCoordinatorConfig;
import org.apache.kafka.coordinator.share.ShareCoordinatorConfig;
import org.apache.kafka.coordinator.transaction.TransactionLogConfig;
import org.apache.kafka.network.SocketServerConfigs;
import org.apache.kafka.raft.KRaftConfigs;
import org.apache.kafka.raft.QuorumConfig;
import org.apache.kafka.server.config.ReplicationConfigs;
import org.apache.kafka.server.config.ServerLogConfigs;
import org.apache.kafka.storage.internals.log.CleanerConfig;

/** The server properties of a single-node combined broker and controller. */
final class BrokerProperties {

    static final int NODE_ID = 1;
    static final String CLIENT_LISTENER = "PLAINTEXT";
    static final String CONTROLLER_LISTENER = "CONTROLLER";

    /** The 128 MiB default is allocated up front and exhausts small test heaps. */
    private static final String DEDUPE_BUFFER_BYTES = Integer.toString(2 * 1024 * 1024);
    /** One node holds every replica; one partition keeps group and transaction start-up fast. */
    private static final String ONE = "1";

    private BrokerProperties() {
    }

    static Properties of(final String host, final int port, final int controllerPort, final Path logDir,
                         final Map<String, String> overrides) {
        final Properties props = new Properties();
        props.put(KRaftConfigs.PROCESS_ROLES_CONFIG, "broker,controller");
        props.put(KRaftConfigs.NODE_ID_CONFIG, Integer.toString(NODE_ID));
        props.put(KRaftConfigs.CONTROLLER_LISTENER_NAMES_CONFIG, CONTROLLER_LISTENER);
        props.put(QuorumConfig.QUORUM_VOTERS_CONFIG, NODE_ID + "@" + host + ":" + controllerPort);
        props.put(SocketServerConfigs.LISTENERS_CONFIG,
                listener(CLIENT_LISTENER, host, port) + "," + listener(CONTROLLER_LISTENER, host, controllerPort));
        props.put(SocketServerConfigs.ADVERTISED_LISTENERS_CONFIG, listener(CLIENT_LISTENER, host, port));
        props.put(SocketServerConfigs.LISTENER_SECURITY_PROTOCOL_MAP_CONFIG,
                CLIENT_LISTENER + ":PLAINTEXT," + CONTROLLER_LISTENER + ":PLAINTEXT");
        props.put(ReplicationConfigs.INTER_BROKER_LISTENER_NAME_CONFIG, CLIENT_LISTENER);
        props.put(ServerLogConfigs.LOG_DIRS_CONFIG, logDir.toAbsolutePath().toString());
        props.put(ServerLogConfigs.NUM_PARTITIONS_CONFIG, ONE);
        props.put(ServerLogConfigs.AUTO_CREATE_TOPICS_ENABLE_CONFIG, "false");
        props.put(CleanerConfig.LOG_CLEANER_DEDUPE_BUFFER_SIZE_PROP, DEDUPE_BUFFER_BYTES);
        props.put(GroupCoordinatorConfig.OFFSETS_TOPIC_REPLICATION_FACTOR_CONFIG, ONE);
        props.put(GroupCoordinatorConfig.OFFSETS_TOPIC_PARTITIONS_CONFIG, ONE);
        // the 3 s default delays every first join; exactly-once tests then wait for nothing
        props.put(GroupCoordinatorConfig.GROUP_INITIAL_REBALANCE_DELAY_MS_CONFIG, "0");
        props.put(TransactionLogConfig.TRANSACTIONS_TOPIC_REPLICATION_FACTOR_CONFIG, ONE);
        props.put(TransactionLogConfig.TRANSACTIONS_TOPIC_MIN_ISR_CONFIG, ONE);
        props.put(TransactionLogConfig.TRANSACTIONS_TOPIC_PARTITIONS_CONFIG, ONE);
        props.put(ShareCoordinatorConfig.STATE_TOPIC_REPLICATION_FACTOR_CONFIG, ONE);
        props.put(ShareCoordinatorConfig.STATE_TOPIC_MIN_ISR_CONFIG, ONE);
        props.put(ShareCoordinatorConfig.STATE_TOPIC_NUM_PARTITIONS_CONFIG, ONE);
        props.putAll(overrides);
        return props;
    }

    private static String listener(final String name, final String host, final int port) {
        return name + "://" + host + ":" + port;
    }
}
