package io.newswire.app;

import io.newswire.streams.config.NewswireConfig;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Properties;
import picocli.CommandLine.Option;

/**
 * Options every command that talks to Kafka shares. Settings come, lowest precedence first,
 * from the defaults, a {@code --config} properties file, {@code NEWSWIRE_*} environment
 * variables, then these options.
 */
final class KafkaOptions {
    @Option(names = {"-b", "--bootstrap-servers"}, paramLabel = "HOST:PORT[,HOST:PORT]",
            description = "Kafka bootstrap servers. When absent (and not set by --config or "
                    + "NEWSWIRE_BOOTSTRAP_SERVERS), an embedded single-node KRaft broker is started in-process.")
    String bootstrapServers;

    @Option(names = {"-c", "--config"}, paramLabel = "FILE",
            description = "Properties file with newswire.* settings (see README, Configuration).")
    Path configFile;

    NewswireConfig config() {
        Map<String, String> properties = new LinkedHashMap<>();
        if (configFile != null) {
            Properties file = new Properties();
            try (InputStream in = Files.newInputStream(configFile)) {
                file.load(in);
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read config file " + configFile, e);
            }
            file.stringPropertyNames().forEach(name -> properties.put(name, file.getProperty(name)));
        }
        NewswireConfig config = NewswireConfig.from(properties, System.getenv());
        return bootstrapServers == null ? config : config.withBootstrapServers(bootstrapServers);
    }
}
