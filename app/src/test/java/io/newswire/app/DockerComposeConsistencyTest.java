package io.newswire.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.newswire.streams.config.NewswireConfig;
import java.io.IOException;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Checks {@code docker-compose.yml} and the app's Dockerfile against the code: the variables the
 * app services set are {@link NewswireConfig} properties, they point at the broker's internal
 * listener, start after a healthy broker, and run the jar the image contains.
 */
class DockerComposeConsistencyTest {
    private static final Path REPOSITORY = Path.of("..");
    private static final Path COMPOSE = REPOSITORY.resolve("docker-compose.yml");
    private static final String RUNNABLE_JAR = "app/target/newswire.jar";
    private static final List<String> APP_SERVICES = List.of("streams", "producer");
    private static final Pattern COPY_JAR = Pattern.compile("(?m)^COPY\\s+(\\S*newswire\\.jar)\\s+(\\S+)\\s*$");

    private static String composeText;
    private static ComposeFile compose;

    @BeforeAll
    static void readCompose() throws IOException {
        composeText = Files.readString(COMPOSE);
        compose = ComposeFile.parse(composeText);
    }

    @Test
    void shouldDeclareKafkaStreamsAndProducerServices() {
        assertThat(compose.services()).containsKeys("kafka", "streams", "producer");
    }

    @Test
    void shouldRunTheOfficialApacheKafkaImage() {
        assertThat(compose.image("kafka")).as("the same Kafka version as the clients and the embedded broker")
                .isEqualTo("apache/kafka:" + System.getProperty("newswire.kafka.version"));
    }

    @Test
    void shouldSetOnlyVariablesThatNewswireConfigReads() {
        checkOnlyKnownNewswireVariables(compose);
    }

    @Test
    void shouldConfigureTheStreamsAppThroughNewswireConfig() {
        NewswireConfig config = NewswireConfig.from(Map.of(), compose.environment("streams"));

        assertThat(config.bootstrapServers()).isEqualTo("kafka:9092");
        assertThat(config.applicationId()).isEqualTo(compose.environment("streams").get("NEWSWIRE_APPLICATION_ID"));
        assertThat(config.stateDir()).isEqualTo(Path.of("/var/lib/newswire"));
    }

    @Test
    void shouldPointAppServicesAtTheBrokersInternalListener() {
        checkBootstrapIsInternalListener(compose);
    }

    @Test
    void shouldStartAppServicesOnlyWhenKafkaIsHealthy() {
        checkAppServicesWaitForHealthyKafka(compose);
    }

    @Test
    void shouldHealthcheckKafkaOnOneOfItsListeners() {
        String test = compose.healthcheckTest("kafka");
        Map<String, String> listeners = KafkaListeners.parse(compose.environment("kafka").get("KAFKA_LISTENERS"));
        Matcher bootstrap = Pattern.compile("--bootstrap-server\\s+localhost:(\\d+)").matcher(String.valueOf(test));

        assertThat(test).contains("/opt/kafka/bin/kafka-broker-api-versions.sh");
        assertThat(bootstrap.find()).as("healthcheck names a localhost bootstrap server: %s", test).isTrue();
        assertThat(listeners.values()).extracting(KafkaListeners::port).contains(bootstrap.group(1));
    }

    @Test
    void shouldHealthcheckTheLongRunningStreamsApp() {
        assertThat(compose.healthcheckTest("streams")).as("healthcheck of streams").isNotBlank();
    }

    @Test
    void shouldRestartTheHotFolderProducerUnlessStopped() {
        assertThat(compose.service("producer").get("restart")).as("restart policy of producer").isEqualTo("unless-stopped");
    }

    @Test
    void shouldRunKafkaAsASingleNodeKraftCombinedBroker() {
        Map<String, String> env = compose.environment("kafka");
        Map<String, String> listeners = KafkaListeners.parse(env.get("KAFKA_LISTENERS"));
        String controller = env.get("KAFKA_CONTROLLER_LISTENER_NAMES");

        assertThat(env.get("KAFKA_PROCESS_ROLES").split(",")).containsExactlyInAnyOrder("broker", "controller");
        assertThat(listeners).containsKey(controller);
        assertThat(env.get("KAFKA_CONTROLLER_QUORUM_VOTERS"))
                .isEqualTo(env.get("KAFKA_NODE_ID") + "@kafka:" + KafkaListeners.port(listeners.get(controller)));
        assertThat(env).containsEntry("KAFKA_OFFSETS_TOPIC_REPLICATION_FACTOR", "1")
                .containsEntry("KAFKA_TRANSACTION_STATE_LOG_REPLICATION_FACTOR", "1")
                .containsEntry("KAFKA_TRANSACTION_STATE_LOG_MIN_ISR", "1")
                .containsEntry("KAFKA_GROUP_INITIAL_REBALANCE_DELAY_MS", "0");
    }

    @Test
    void shouldRunTheJarTheDockerfileCopiesFromTheRunnableJarPath() throws IOException {
        for (String service : APP_SERVICES) {
            Path context = REPOSITORY.resolve(compose.buildContext(service));
            String dockerfile = Files.readString(context.resolve(compose.buildDockerfile(service)));
            Matcher copy = COPY_JAR.matcher(dockerfile);

            assertThat(dockerfile).containsPattern("(?m)^FROM eclipse-temurin:17-jre\\s*$");
            assertThat(copy.find()).as("%s's Dockerfile copies the runnable jar", service).isTrue();
            assertThat(context.resolve(copy.group(1)).normalize())
                    .isEqualTo(REPOSITORY.resolve(RUNNABLE_JAR).normalize());
            List<String> command = compose.command(service);
            assertThat(command).as("command of %s", service).startsWith("java", "-jar", copy.group(2));
        }
        assertThat(compose.command("streams")).endsWith("stream");
        assertThat(compose.command("producer")).endsWith("watch", "/inbox");
    }

    @Test
    void shouldRejectAnAppServicePointedAtTheHostListener() {
        ComposeFile broken = mutated("NEWSWIRE_BOOTSTRAP_SERVERS: kafka:9092",
                "NEWSWIRE_BOOTSTRAP_SERVERS: localhost:29092");

        assertThatThrownBy(() -> checkBootstrapIsInternalListener(broken)).isInstanceOf(AssertionError.class)
                .hasMessageContaining("localhost:29092");
    }

    @Test
    void shouldRejectAVariableNewswireConfigDoesNotRead() {
        ComposeFile broken = mutated("NEWSWIRE_STATE_DIR:", "NEWSWIRE_STATE_DIRECTORY:");

        assertThatThrownBy(() -> checkOnlyKnownNewswireVariables(broken)).isInstanceOf(AssertionError.class)
                .hasMessageContaining("NEWSWIRE_STATE_DIRECTORY");
    }

    @Test
    void shouldRejectAnAppServiceThatDoesNotWaitForAHealthyBroker() {
        ComposeFile broken = mutated("condition: service_healthy", "condition: service_started");

        assertThatThrownBy(() -> checkAppServicesWaitForHealthyKafka(broken)).isInstanceOf(AssertionError.class);
    }

    private static void checkOnlyKnownNewswireVariables(ComposeFile file) {
        Set<String> known = knownVariables();
        List<String> seen = new ArrayList<>();
        for (String service : file.services().keySet()) {
            for (String name : file.environment(service).keySet()) {
                if (name.startsWith("NEWSWIRE_")) {
                    seen.add(name);
                    assertThat(known.contains(name) || name.startsWith(streamsPassThroughPrefix()))
                            .as("%s in service %s is no NewswireConfig property (known: %s)", name, service, known)
                            .isTrue();
                }
            }
        }
        assertThat(seen).contains("NEWSWIRE_BOOTSTRAP_SERVERS");
    }

    private static void checkBootstrapIsInternalListener(ComposeFile file) {
        Map<String, String> kafka = file.environment("kafka");
        Map<String, String> advertised = KafkaListeners.parse(kafka.get("KAFKA_ADVERTISED_LISTENERS"));
        Map<String, String> bound = KafkaListeners.parse(kafka.get("KAFKA_LISTENERS"));
        List<String> internal = advertised.entrySet().stream()
                .filter(e -> KafkaListeners.host(e.getValue()).equals("kafka"))
                .map(Map.Entry::getKey)
                .toList();
        assertThat(internal).as("one advertised listener on the service name 'kafka'").hasSize(1);
        String name = internal.get(0);
        String hostPort = advertised.get(name);
        assertThat(bound).as("listeners").containsKey(name);
        assertThat(KafkaListeners.port(bound.get(name))).isEqualTo(KafkaListeners.port(hostPort));
        assertThat(KafkaListeners.protocolMap(kafka.get("KAFKA_LISTENER_SECURITY_PROTOCOL_MAP")))
                .containsEntry(name, "PLAINTEXT");
        for (String service : APP_SERVICES) {
            assertThat(file.environment(service).get(NewswireConfig.environmentName(NewswireConfig.BOOTSTRAP_SERVERS)))
                    .as("bootstrap servers of %s", service)
                    .isEqualTo(hostPort);
        }
    }

    private static void checkAppServicesWaitForHealthyKafka(ComposeFile file) {
        for (String service : APP_SERVICES) {
            assertThat(file.dependencyCondition(service, "kafka")).as("%s depends_on kafka", service)
                    .isEqualTo("service_healthy");
        }
    }

    private static ComposeFile mutated(String from, String to) {
        String text = composeText.replaceFirst(Pattern.quote(from), Matcher.quoteReplacement(to));
        assertThat(text).as("mutation applied").isNotEqualTo(composeText);
        return ComposeFile.parse(text);
    }

    /** NEWSWIRE_* names of the {@code newswire.*} property constants of NewswireConfig. */
    private static Set<String> knownVariables() {
        Set<String> names = new TreeSet<>();
        for (Field field : NewswireConfig.class.getFields()) {
            if (isStringConstant(field)) {
                String value = constantValue(field);
                if (value.startsWith("newswire.") && !value.endsWith(".")) {
                    names.add(NewswireConfig.environmentName(value));
                }
            }
        }
        assertThat(names).contains("NEWSWIRE_BOOTSTRAP_SERVERS", "NEWSWIRE_STATE_DIR");
        return names;
    }

    private static String streamsPassThroughPrefix() {
        return NewswireConfig.environmentName(NewswireConfig.STREAMS_PREFIX);
    }

    private static boolean isStringConstant(Field field) {
        int modifiers = field.getModifiers();
        return Modifier.isStatic(modifiers) && Modifier.isFinal(modifiers) && field.getType() == String.class;
    }

    private static String constantValue(Field field) {
        try {
            return (String) field.get(null);
        } catch (IllegalAccessException e) {
            throw new IllegalStateException("cannot read " + field, e);
        }
    }
}
