package io.newswire.streams;

import io.newswire.streams.config.TopicNames;
import io.newswire.streams.feeds.FeedRule;
import io.newswire.streams.feeds.FeedRules;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.admin.TopicDescription;
import org.apache.kafka.common.config.TopicConfig;
import org.apache.kafka.common.errors.TopicExistsException;
import org.apache.kafka.common.errors.UnknownTopicOrPartitionException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Creates the topics the pipeline needs, feed topics included, before the topology starts: a
 * {@code TopicNameExtractor} sink does not create topics, so a missing feed topic would fail.
 * Topics that exist already are left as they are.
 */
public final class TopicSetup {
    /**
     * How long a story's signature is kept on {@code newswire.story-minhash} after its last
     * version; longer than any near-duplicate window, so an index rebuilt from the topic holds
     * every story a new one may be compared with.
     */
    public static final Duration SIGNATURE_RETENTION = Duration.ofDays(7);

    private static final Duration READY_POLL = Duration.ofMillis(100);
    private static final Logger LOG = LoggerFactory.getLogger(TopicSetup.class);

    private final int partitions;
    private final short replicationFactor;

    public TopicSetup(int partitions, short replicationFactor) {
        this.partitions = partitions;
        this.replicationFactor = replicationFactor;
    }

    /** Every topic name the pipeline reads or writes, for these names and feeds. */
    public static List<String> topicNames(TopicNames names, FeedRules feeds) {
        List<String> all = new ArrayList<>(names.fixed());
        for (FeedRule feed : feeds.rules()) {
            all.add(names.feed(feed.name()));
        }
        return all;
    }

    /** Creates the missing topics and returns their names. */
    public List<String> ensure(Admin admin, TopicNames names, FeedRules feeds)
            throws InterruptedException, ExecutionException {
        Set<String> existing = admin.listTopics().names().get();
        List<NewTopic> missing = new ArrayList<>();
        for (String topic : topicNames(names, feeds)) {
            if (!existing.contains(topic)) {
                missing.add(new NewTopic(topic, partitions, replicationFactor).configs(configFor(topic, names)));
            }
        }
        List<String> created = new ArrayList<>();
        for (var result : admin.createTopics(missing).values().entrySet()) {
            try {
                result.getValue().get();
                created.add(result.getKey());
            } catch (ExecutionException e) {
                // another instance starting at the same time created it first: that is fine
                if (!(e.getCause() instanceof TopicExistsException)) {
                    throw e;
                }
            }
        }
        if (!created.isEmpty()) {
            LOG.info("created {} topics: {}", created.size(), created);
        }
        return created;
    }

    /**
     * Waits until every topic is known to the cluster with a leader for each partition. A topic
     * just created may not be in every broker's metadata yet; a Streams app started before then
     * fails with {@code MissingSourceTopicException} and a pattern consumer waits for its next
     * metadata refresh.
     *
     * @return true when all are ready within the timeout
     */
    public static boolean awaitReady(Admin admin, Collection<String> topics, Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (true) {
            try {
                Map<String, TopicDescription> described = admin.describeTopics(topics).allTopicNames().get();
                boolean ready = described.size() == topics.size() && described.values().stream()
                        .allMatch(d -> !d.partitions().isEmpty() && d.partitions().stream().allMatch(p -> p.leader() != null));
                if (ready) {
                    return true;
                }
            } catch (ExecutionException e) {
                if (!(e.getCause() instanceof UnknownTopicOrPartitionException)) {
                    throw new IllegalStateException("cannot describe topics " + topics, e.getCause());
                }
            }
            if (System.nanoTime() > deadline) {
                return false;
            }
            Thread.sleep(READY_POLL.toMillis());
        }
    }

    private static Map<String, String> configFor(String topic, TopicNames names) {
        if (topic.equals(names.rejected())) {
            // dead letters carry the original bytes of stories: keep them long enough to replay
            return Map.of(TopicConfig.RETENTION_MS_CONFIG, String.valueOf(30L * 24 * 3600 * 1000));
        }
        if (topic.equals(names.minHashes())) {
            // compaction keeps the newest signature per story; deletion forgets stories with no
            // new version for a week
            return Map.of(
                    TopicConfig.CLEANUP_POLICY_CONFIG,
                    TopicConfig.CLEANUP_POLICY_COMPACT + "," + TopicConfig.CLEANUP_POLICY_DELETE,
                    TopicConfig.RETENTION_MS_CONFIG,
                    String.valueOf(SIGNATURE_RETENTION.toMillis()));
        }
        return Map.of();
    }
}
