package io.newswire.tagger;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/** Renders everything the tagger found in a story, one finding a line, so golden diffs read well. */
final class GoldenRendering {
    private static final Gazetteer GAZETTEER = Gazetteer.loadDefault();

    private GoldenRendering() {}

    static String render(StoryTags tags) {
        StringBuilder out = new StringBuilder();
        out.append("countries ").append(tags.countries()).append('\n');
        out.append("focus ").append(tags.focusCountries()).append('\n');
        out.append("regions ").append(regions(tags)).append('\n');
        tags.places().forEach(p -> out.append(p).append('\n'));
        tags.actors().forEach(a -> out.append(a).append('\n'));
        tags.statements().forEach(s -> out.append(s).append('\n'));
        return out.toString();
    }

    /**
     * The regions of the focus countries keep their order; the macro regions named in the text
     * come after them in an order that changes from one JVM to the next (they pass through
     * {@code Set.copyOf}), so they are rendered sorted.
     */
    private static String regions(StoryTags tags) {
        Set<String> ordered = new LinkedHashSet<>();
        tags.focusCountries().forEach(c -> ordered.addAll(GAZETTEER.regionsOf(c)));
        List<String> named = new ArrayList<>(tags.regions());
        named.removeAll(ordered);
        named.sort(null);
        List<String> prefix = tags.regions().subList(0, tags.regions().size() - named.size());
        return prefix + " + named " + named;
    }

    static String sha256(String rendered) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(rendered.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is required of every JVM", e);
        }
    }
}
