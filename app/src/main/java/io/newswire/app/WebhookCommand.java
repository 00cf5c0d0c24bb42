package io.newswire.app;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.newswire.app.webhook.AlertJson;
import io.newswire.app.webhook.WebhookDelivery;
import io.newswire.app.webhook.WebhookSettings;
import io.newswire.app.webhook.WebhookSink;
import io.newswire.schemas.serde.NewswireSerdes;
import io.newswire.streams.config.NewswireConfig;
import java.net.URI;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.common.IsolationLevel;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

@Command(name = "webhook",
        description = {"Post every alert as JSON to one or more URLs, with retries and exponential backoff, until",
            "Ctrl-C. Alerts that cannot be delivered go to <alerts topic>.undelivered with the reason in headers.",
            "At-least-once: endpoints should de-duplicate on statement_id."})
final class WebhookCommand implements Callable<Integer> {
    @Mixin
    KafkaOptions kafka;

    @Option(names = "--url", required = true, paramLabel = "URL", description = "Webhook URL (repeatable).")
    List<URI> urls;

    @Option(names = "--max-attempts", defaultValue = "5", description = "Attempts per URL. Default: ${DEFAULT-VALUE}.")
    int maxAttempts;

    @Option(names = "--group", defaultValue = "newswire-webhook", description = "Consumer group (offsets). Default: ${DEFAULT-VALUE}.")
    String group;

    @Override
    public Integer call() throws Exception {
        NewswireConfig config = kafka.config();
        if (config.bootstrapServers() == null) {
            System.err.println("webhook needs a running broker: give --bootstrap-servers (or NEWSWIRE_BOOTSTRAP_SERVERS).");
            return 2;
        }
        WebhookSettings defaults = WebhookSettings.of(urls);
        WebhookSettings settings = new WebhookSettings(urls, maxAttempts, defaults.initialBackoff(),
                defaults.maxBackoff(), defaults.requestTimeout());
        String undeliveredTopic = config.topics().alerts() + ".undelivered";
        ensureTopic(config, undeliveredTopic);
        try (ShutdownSignal signal = new ShutdownSignal("newswire-webhook");
                WebhookSink sink = new WebhookSink(consumer(config, group), producer(config), undeliveredTopic, settings,
                        new WebhookDelivery(settings, d -> Thread.sleep(d.toMillis())),
                        NewswireSerdes.create().alert(), new AlertJson(new ObjectMapper()))) {
            Thread stopper = new Thread(() -> {
                try {
                    signal.await();
                    sink.stop();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }, "newswire-webhook-stopper");
            stopper.setDaemon(true);
            stopper.start();
            System.err.println("Posting alerts from " + config.topics().alerts() + " to " + urls + ". Ctrl-C to stop.");
            sink.run(config.topics().alerts());
        }
        return 0;
    }

    private static KafkaConsumer<byte[], byte[]> consumer(NewswireConfig config, String group) {
        return new KafkaConsumer<>(config.clientProperties(Map.of(
                ConsumerConfig.GROUP_ID_CONFIG, group,
                ConsumerConfig.ISOLATION_LEVEL_CONFIG, IsolationLevel.READ_COMMITTED.toString().toLowerCase(Locale.ROOT),
                ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false,
                ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "latest")),
                new ByteArrayDeserializer(), new ByteArrayDeserializer());
    }

    private static KafkaProducer<byte[], byte[]> producer(NewswireConfig config) {
        return new KafkaProducer<>(config.clientProperties(Map.of(
                ProducerConfig.CLIENT_ID_CONFIG, "newswire-webhook-undelivered",
                ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true,
                ProducerConfig.ACKS_CONFIG, "all")),
                new ByteArraySerializer(), new ByteArraySerializer());
    }

    private static void ensureTopic(NewswireConfig config, String topic) throws Exception {
        try (Admin admin = Admin.create(config.clientProperties())) {
            Set<String> existing = admin.listTopics().names().get();
            if (!existing.contains(topic)) {
                admin.createTopics(List.of(new NewTopic(topic, 1, (short) 1))).all().get();
            }
        }
    }
}
