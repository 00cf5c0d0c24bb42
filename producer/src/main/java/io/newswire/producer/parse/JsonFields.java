package io.newswire.producer.parse;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;

/**
 * Lenient reads of JSON fields whose names and shapes differ between versions of a format
 * (ninjs 1.x {@code versioncreated} vs 3.x {@code versionCreated}, {@code "version": "2"} vs
 * {@code 2}). A field of an unexpected shape reads as absent rather than failing the story.
 */
final class JsonFields {
    private JsonFields() {}

    /** The first of {@code names} holding a non-blank string or number, stripped; else null. */
    static String text(JsonNode node, String... names) {
        for (String name : names) {
            JsonNode value = node.get(name);
            if (value != null && (value.isTextual() || value.isNumber()) && !value.asText().isBlank()) {
                return value.asText().strip();
            }
        }
        return null;
    }

    /** The first of {@code names} holding an integer or a string of digits; else null. */
    static Integer integer(JsonNode node, String... names) {
        for (String name : names) {
            JsonNode value = node.get(name);
            if (value != null && value.canConvertToInt() && value.isIntegralNumber()) {
                return value.intValue();
            }
            if (value != null && value.isTextual() && value.asText().strip().matches("[0-9]{1,9}")) {
                return Integer.parseInt(value.asText().strip());
            }
        }
        return null;
    }

    /** The elements of the first of {@code names} that is an array; empty when none is. */
    static List<JsonNode> array(JsonNode node, String... names) {
        for (String name : names) {
            JsonNode value = node.get(name);
            if (value != null && value.isArray()) {
                List<JsonNode> elements = new ArrayList<>();
                value.forEach(elements::add);
                return elements;
            }
        }
        return List.of();
    }

    /** The field names of an object, for messages; at most {@code limit}, then an ellipsis. */
    static String fieldNames(JsonNode node, int limit) {
        List<String> names = new ArrayList<>();
        node.fieldNames().forEachRemaining(name -> names.add(name.length() > 40 ? name.substring(0, 40) + "..." : name));
        if (names.isEmpty()) {
            return "none";
        }
        String shown = String.join(", ", names.subList(0, Math.min(limit, names.size())));
        return names.size() > limit ? shown + ", ..." : shown;
    }
}
