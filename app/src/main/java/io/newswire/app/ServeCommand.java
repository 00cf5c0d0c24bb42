package io.newswire.app;

import io.newswire.producer.source.http.BearerToken;
import io.newswire.producer.source.http.HttpPushServer;
import io.newswire.producer.source.http.HttpPushSettings;
import io.newswire.streams.config.NewswireConfig;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

@Command(name = "serve",
        description = {"Accept stories pushed over HTTP until Ctrl-C: POST /stories with one input in any supported",
            "format and 'Authorization: Bearer <token>'. Answers 202 with the story ids once the broker",
            "acknowledged them, 4xx with the reason (rejected inputs go to newswire.rejected), 503 when the",
            "broker did not take them. GET /health needs no token. The token comes from the environment",
            "variable " + ServeCommand.TOKEN_VARIABLE + " or --token-file, never from the command line."})
final class ServeCommand implements Callable<Integer> {
    static final String TOKEN_VARIABLE = "NEWSWIRE_HTTP_TOKEN";
    /**
     * After Ctrl-C the server drains for {@link HttpPushSettings#DEFAULT_DRAIN_TIMEOUT} (plus its
     * margin), then the Kafka clients get {@link ServeClients#CLOSE_BUDGET}; together they leave the
     * rest of the shutdown hook's {@link ShutdownSignal#CLOSE_BUDGET} to stop an embedded broker.
     */
    static final Duration CLOSE_TIME = HttpPushSettings.DEFAULT_DRAIN_TIMEOUT
            .plusMillis(HttpPushServer.CLOSE_MARGIN_MILLIS).plus(ServeClients.CLOSE_BUDGET);

    @Mixin
    KafkaOptions kafka;

    @Option(names = "--port", defaultValue = "8080", description = "Port to listen on. Default: ${DEFAULT-VALUE}.")
    int port;

    @Option(names = "--bind", defaultValue = "0.0.0.0", paramLabel = "ADDRESS",
            description = "Address to listen on. Default: ${DEFAULT-VALUE} (every interface).")
    String bind;

    @Option(names = "--token-file", paramLabel = "FILE",
            description = "File holding the bearer token (wins over " + TOKEN_VARIABLE + ").")
    Path tokenFile;

    @Option(names = "--max-bytes", defaultValue = "" + HttpPushSettings.DEFAULT_MAX_BYTES,
            description = "Largest body accepted; larger ones are refused with 413. Default: ${DEFAULT-VALUE} (10 MiB).")
    int maxBytes;

    @Option(names = "--ack-timeout", defaultValue = "30", paramLabel = "SECONDS",
            description = "How long a request waits for the broker before it is answered 503. Default: ${DEFAULT-VALUE}.")
    int ackTimeoutSeconds;

    @Option(names = "--threads", defaultValue = "" + HttpPushSettings.DEFAULT_THREADS,
            description = "Requests handled at once. Default: ${DEFAULT-VALUE}.")
    int threads;

    @Override
    public Integer call() throws Exception {
        HttpPushSettings settings;
        try {
            settings = HttpPushSettings.of(new InetSocketAddress(bind, port), token(tokenFile, System.getenv()))
                    .withMaxBytes(maxBytes).withAckTimeout(Duration.ofSeconds(ackTimeoutSeconds)).withThreads(threads);
        } catch (IllegalArgumentException | UncheckedIOException e) {
            System.err.println("newswire serve: " + e.getMessage());
            return 2;
        }
        NewswireConfig config = kafka.config();
        // closed in reverse: the server first (no new pushes, the ones in progress answered), then the
        // Kafka clients, then an embedded broker; the signal last, releasing the shutdown hook
        try (ShutdownSignal signal = new ShutdownSignal("newswire-serve");
                KafkaConnection connection = KafkaConnection.open(config.bootstrapServers(), System.err);
                ServeClients clients = ServeClients.open(config, connection, "newswire-serve");
                HttpPushServer server = HttpPushServer.start(clients.ingestor(), clients.oversize(), settings)) {
            connection.noteIfStoriesEndWithTheCommand(System.err);
            System.err.println("Accepting stories at " + server.storiesUri() + " (POST, bearer token). Ctrl-C to stop.");
            signal.await();
        } catch (Publishing.MissingTopicsException e) {
            System.err.println("newswire serve: " + e.getMessage());
            return 2;
        }
        return 0;
    }

    /** The token from {@code tokenFile} when given, else from {@value #TOKEN_VARIABLE}; refuses to go without one. */
    static BearerToken token(Path tokenFile, Map<String, String> environment) {
        if (tokenFile != null) {
            try {
                return BearerToken.of(Files.readString(tokenFile));
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read the token file " + tokenFile + ": "
                        + (e instanceof NoSuchFileException ? "no such file" : e.toString()), e);
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException("token file " + tokenFile + ": " + e.getMessage(), e);
            }
        }
        String value = environment.get(TOKEN_VARIABLE);
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException("no bearer token: set " + TOKEN_VARIABLE + " or give --token-file "
                    + "(pushes are refused without a token, so the server does not start without one)");
        }
        return BearerToken.of(value);
    }
}
