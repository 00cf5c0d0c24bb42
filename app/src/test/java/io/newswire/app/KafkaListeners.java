package io.newswire.app;

import java.util.LinkedHashMap;
import java.util.Map;

/** Kafka listener lists ({@code NAME://host:port,...}) parsed into name → host:port. */
final class KafkaListeners {
    private KafkaListeners() {}

    /** {@code PLAINTEXT://kafka:9092,HOST://localhost:29092} → {PLAINTEXT=kafka:9092, HOST=localhost:29092}. */
    static Map<String, String> parse(String listeners) {
        Map<String, String> byName = new LinkedHashMap<>();
        if (listeners == null || listeners.isBlank()) {
            return byName;
        }
        for (String listener : listeners.split(",")) {
            String trimmed = listener.trim();
            int scheme = trimmed.indexOf("://");
            if (scheme < 0) {
                throw new IllegalArgumentException("not a listener: " + trimmed);
            }
            byName.put(trimmed.substring(0, scheme), trimmed.substring(scheme + 3));
        }
        return byName;
    }

    static String port(String hostPort) {
        return hostPort.substring(hostPort.lastIndexOf(':') + 1);
    }

    static String host(String hostPort) {
        int colon = hostPort.lastIndexOf(':');
        return colon <= 0 ? "" : hostPort.substring(0, colon);
    }

    /** {@code PLAINTEXT:PLAINTEXT,HOST:SSL} → {PLAINTEXT=PLAINTEXT, HOST=SSL}. */
    static Map<String, String> protocolMap(String map) {
        Map<String, String> protocols = new LinkedHashMap<>();
        if (map == null) {
            return protocols;
        }
        for (String entry : map.split(",")) {
            String[] parts = entry.trim().split(":");
            if (parts.length == 2) {
                protocols.put(parts[0], parts[1]);
            }
        }
        return protocols;
    }
}
