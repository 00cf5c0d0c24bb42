package io.newswire.streams.feeds;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

/**
 * The configured feeds, read from a YAML file ({@code feeds.yaml} on the classpath by default).
 * Adding a feed is a change to that file, not to code. The format is documented in the shipped
 * file itself.
 */
public final class FeedRules {
    public static final String DEFAULT_RESOURCE = "/io/newswire/streams/feeds.yaml";

    private final List<FeedRule> rules;

    public FeedRules(List<FeedRule> rules) {
        this.rules = List.copyOf(rules);
        Set<String> names = new HashSet<>();
        for (FeedRule rule : this.rules) {
            if (!names.add(rule.name())) {
                throw new IllegalArgumentException("feed '" + rule.name() + "' is defined twice");
            }
        }
    }

    /** The shipped default feeds. */
    public static FeedRules loadDefault() {
        try (InputStream in = FeedRules.class.getResourceAsStream(DEFAULT_RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + DEFAULT_RESOURCE);
            }
            return parse(in, DEFAULT_RESOURCE);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The feeds in {@code file}, or the shipped defaults when {@code file} is null. */
    public static FeedRules load(Path file) {
        if (file == null) {
            return loadDefault();
        }
        try (InputStream in = Files.newInputStream(file)) {
            return parse(in, file.toString());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read feed rules " + file, e);
        }
    }

    static FeedRules parse(InputStream in, String origin) {
        Object root = new Yaml(new SafeConstructor(new LoaderOptions())).load(in);
        if (!(root instanceof Map<?, ?> map) || !(map.get("feeds") instanceof List<?> feeds)) {
            throw new IllegalArgumentException(origin + ": expected a top-level 'feeds:' list");
        }
        List<FeedRule> rules = new ArrayList<>();
        for (Object entry : feeds) {
            if (!(entry instanceof Map<?, ?> feed)) {
                throw new IllegalArgumentException(origin + ": each feed must be a mapping, got " + entry);
            }
            rules.add(toRule(feed, origin));
        }
        return new FeedRules(rules);
    }

    private static FeedRule toRule(Map<?, ?> feed, String origin) {
        if (!(feed.get("name") instanceof String name)) {
            throw new IllegalArgumentException(origin + ": every feed needs a 'name:' string, got " + feed);
        }
        Object match = feed.get("match");
        if (!(match instanceof Map<?, ?> condition)) {
            throw new IllegalArgumentException(origin + ": feed '" + name + "' needs a 'match:' mapping");
        }
        for (Object key : condition.keySet()) {
            if (!Set.of("countries", "focus_countries", "regions", "actors").contains(String.valueOf(key))) {
                throw new IllegalArgumentException(origin + ": feed '" + name + "' has unknown criterion '" + key
                        + "' (known: countries, focus_countries, regions, actors)");
            }
        }
        return new FeedRule(
                name,
                feed.get("description") == null ? "" : String.valueOf(feed.get("description")),
                mode(feed.get("mode"), name, origin),
                strings(condition.get("countries"), true),
                strings(condition.get("focus_countries"), true),
                strings(condition.get("regions"), false),
                strings(condition.get("actors"), false));
    }

    private static FeedRule.Mode mode(Object mode, String feed, String origin) {
        if (mode == null) {
            return FeedRule.Mode.ANY;
        }
        try {
            return FeedRule.Mode.valueOf(String.valueOf(mode).toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(origin + ": feed '" + feed + "' has mode '" + mode
                    + "'; use 'any' or 'all'", e);
        }
    }

    private static Set<String> strings(Object value, boolean upperCase) {
        if (value == null) {
            return Set.of();
        }
        List<?> items = value instanceof List<?> list ? list : List.of(value);
        Set<String> out = new HashSet<>();
        for (Object item : items) {
            String s = String.valueOf(item).strip();
            out.add(upperCase ? s.toUpperCase(Locale.ROOT) : s.toLowerCase(Locale.ROOT));
        }
        return out;
    }

    public List<FeedRule> rules() {
        return rules;
    }

    /** Names of the feeds the story belongs in, in configuration order. */
    public List<String> route(StoryFacts story) {
        List<String> names = new ArrayList<>();
        for (FeedRule rule : rules) {
            if (rule.matches(story)) {
                names.add(rule.name());
            }
        }
        return names;
    }
}
