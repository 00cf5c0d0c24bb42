package io.newswire.it;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Properties;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.testcontainers.DockerClientFactory;

/**
 * Tells whether a Docker engine answers, without the slow path of asking Testcontainers when no
 * engine can possibly be there: Testcontainers is asked only if {@code DOCKER_HOST}, a
 * {@code docker.host} in {@code ~/.testcontainers.properties} or a well-known socket exists,
 * and its answer is awaited for at most {@link #DETECTION_TIMEOUT}.
 */
final class DockerDetection {

    private static final Logger LOG = LoggerFactory.getLogger(DockerDetection.class);
    private static final Duration DETECTION_TIMEOUT = Duration.ofSeconds(15);
    private static final String DOCKER_HOST_ENV = "DOCKER_HOST";
    private static final String TESTCONTAINERS_DOCKER_HOST = "docker.host";

    private DockerDetection() {
    }

    static boolean isDockerAvailable() {
        final Optional<String> endpoint = configuredEndpoint();
        if (endpoint.isEmpty()) {
            LOG.info("No Docker endpoint ({} unset, no docker.sock found)", DOCKER_HOST_ENV);
            return false;
        }
        final long startNanos = System.nanoTime();
        final boolean available = askTestcontainers();
        LOG.info("Docker endpoint {} {} ({} ms)", endpoint.get(), available ? "answers" : "does not answer",
                TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - startNanos));
        return available;
    }

    /** Where a Docker engine could be listening, if anywhere. */
    static Optional<String> configuredEndpoint() {
        final String dockerHost = System.getenv(DOCKER_HOST_ENV);
        if (dockerHost != null && !dockerHost.isBlank()) {
            return Optional.of(dockerHost);
        }
        final Optional<String> fromProperties = testcontainersDockerHost();
        if (fromProperties.isPresent()) {
            return fromProperties;
        }
        return socketCandidates().stream().filter(Files::exists).findFirst().map(Path::toString);
    }

    private static List<Path> socketCandidates() {
        final Path home = Path.of(System.getProperty("user.home"));
        final String runtimeDir = System.getenv("XDG_RUNTIME_DIR");
        final List<Path> common = List.of(
                Path.of("/var/run/docker.sock"),
                home.resolve(".docker/run/docker.sock"),
                home.resolve(".docker/desktop/docker.sock"),
                home.resolve(".colima/default/docker.sock"),
                home.resolve(".rd/docker.sock"));
        if (runtimeDir == null || runtimeDir.isBlank()) {
            return common;
        }
        final List<Path> withRootless = new ArrayList<>(common);
        withRootless.add(Path.of(runtimeDir, "docker.sock"));
        return withRootless;
    }

    private static Optional<String> testcontainersDockerHost() {
        final Path file = Path.of(System.getProperty("user.home"), ".testcontainers.properties");
        if (!Files.isRegularFile(file)) {
            return Optional.empty();
        }
        final Properties props = new Properties();
        try (InputStream in = Files.newInputStream(file)) {
            props.load(in);
        } catch (IOException e) {
            LOG.warn("Could not read {}", file, e);
            return Optional.empty();
        }
        return Optional.ofNullable(props.getProperty(TESTCONTAINERS_DOCKER_HOST)).filter(host -> !host.isBlank());
    }

    private static boolean askTestcontainers() {
        final CompletableFuture<Boolean> answer =
                CompletableFuture.supplyAsync(() -> DockerClientFactory.instance().isDockerAvailable());
        try {
            return answer.get(DETECTION_TIMEOUT.toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        } catch (ExecutionException | TimeoutException e) {
            LOG.warn("Testcontainers could not tell within {} whether Docker is available", DETECTION_TIMEOUT, e);
            answer.cancel(true);
            return false;
        }
    }
}
