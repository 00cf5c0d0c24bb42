package io.newswire.app;

import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

/** A parsed docker-compose file with typed access to what the consistency test looks at. */
final class ComposeFile {
    private final Map<String, Object> root;

    private ComposeFile(Map<String, Object> root) {
        this.root = root;
    }

    static ComposeFile read(Path file) throws IOException {
        try (Reader in = Files.newBufferedReader(file)) {
            return parse(in);
        }
    }

    static ComposeFile parse(String yaml) {
        return parse(new StringReader(yaml));
    }

    private static ComposeFile parse(Reader in) {
        Object root = new Yaml(new SafeConstructor(new LoaderOptions())).load(in);
        return new ComposeFile(asMap(root, "compose file"));
    }

    Map<String, Object> services() {
        return asMap(root.get("services"), "services");
    }

    Map<String, Object> service(String name) {
        return asMap(services().get(name), "service " + name);
    }

    String image(String service) {
        return String.valueOf(service(service).get("image"));
    }

    /** The environment of a service, whether written as a mapping or as a list of NAME=value. */
    Map<String, String> environment(String service) {
        Object env = service(service).get("environment");
        Map<String, String> out = new LinkedHashMap<>();
        if (env instanceof Map<?, ?> map) {
            map.forEach((k, v) -> out.put(String.valueOf(k), v == null ? "" : String.valueOf(v)));
        } else if (env instanceof List<?> list) {
            for (Object item : list) {
                String entry = String.valueOf(item);
                int eq = entry.indexOf('=');
                out.put(eq < 0 ? entry : entry.substring(0, eq), eq < 0 ? "" : entry.substring(eq + 1));
            }
        }
        return out;
    }

    /** The command as a list of words (exec form, or a string split on whitespace). */
    List<String> command(String service) {
        Object command = service(service).get("command");
        if (command instanceof List<?> list) {
            return list.stream().map(String::valueOf).toList();
        }
        return command == null ? List.of() : List.of(String.valueOf(command).trim().split("\\s+"));
    }

    /** {@code depends_on.<dependency>.condition}, or null when absent or in short (list) form. */
    String dependencyCondition(String service, String dependency) {
        Object dependsOn = service(service).get("depends_on");
        if (dependsOn instanceof Map<?, ?> map && map.get(dependency) instanceof Map<?, ?> condition) {
            Object value = condition.get("condition");
            return value == null ? null : String.valueOf(value);
        }
        return null;
    }

    /** The healthcheck test joined into one string, or null when the service has none. */
    String healthcheckTest(String service) {
        Object healthcheck = service(service).get("healthcheck");
        if (!(healthcheck instanceof Map<?, ?> map) || map.get("test") == null) {
            return null;
        }
        Object test = map.get("test");
        return test instanceof List<?> list
                ? String.join(" ", list.stream().map(String::valueOf).toList())
                : String.valueOf(test);
    }

    /** The build context directory of a service, or null when it has no build section. */
    String buildContext(String service) {
        Object build = service(service).get("build");
        if (build instanceof Map<?, ?> map) {
            return String.valueOf(map.get("context"));
        }
        return build == null ? null : String.valueOf(build);
    }

    String buildDockerfile(String service) {
        Object build = service(service).get("build");
        if (build instanceof Map<?, ?> map && map.get("dockerfile") != null) {
            return String.valueOf(map.get("dockerfile"));
        }
        return "Dockerfile";
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> asMap(Object value, String what) {
        if (!(value instanceof Map<?, ?>)) {
            throw new IllegalArgumentException(what + " is not a mapping: " + value);
        }
        return (Map<String, Object>) value;
    }
}
