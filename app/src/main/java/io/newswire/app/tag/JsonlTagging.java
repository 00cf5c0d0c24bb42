package io.newswire.app.tag;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.newswire.tagger.StoryText;
import io.newswire.tagger.Tagger;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.Writer;

/**
 * Reads JSON Lines {@code {"id", "text", "headline"?}} and writes one result line per input line,
 * in order. A line that is not a JSON object with a string {@code text} yields
 * {@code {"id": ..., "error": "..."}} so line numbers stay aligned and the run goes on.
 */
public final class JsonlTagging {
    private final Tagger tagger;
    private final ObjectMapper mapper;
    private final TagJson json;

    public JsonlTagging(Tagger tagger, ObjectMapper mapper) {
        this.tagger = tagger;
        this.mapper = mapper;
        this.json = new TagJson(mapper);
    }

    /** Tags every line; returns the number of lines that could not be tagged. */
    public int run(BufferedReader in, Writer out) throws IOException {
        int failed = 0;
        String line;
        while ((line = in.readLine()) != null) {
            if (line.isBlank()) {
                continue;
            }
            ObjectNode result = tagLine(line);
            if (result.has("error")) {
                failed++;
            }
            out.write(mapper.writeValueAsString(result));
            out.write('\n');
            out.flush();
        }
        return failed;
    }

    ObjectNode tagLine(String line) {
        JsonNode input;
        try {
            input = mapper.readTree(line);
        } catch (JsonProcessingException e) {
            return error(null, "not valid JSON: " + e.getOriginalMessage());
        }
        if (!input.isObject() || !input.path("text").isTextual()) {
            return error(input.get("id"), "expected an object with a string \"text\"");
        }
        JsonNode headline = input.get("headline");
        StoryText story = new StoryText(
                headline != null && headline.isTextual() ? headline.asText() : null, input.get("text").asText(), null);
        return json.toJson(input.get("id"), tagger.tag(story));
    }

    private ObjectNode error(JsonNode id, String message) {
        ObjectNode node = mapper.createObjectNode();
        node.set("id", id);
        node.put("error", message);
        return node;
    }
}
