package io.newswire.app.tag;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.newswire.tagger.Tagger;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The tag --jsonl contract of DESIGN.md, which evaluation tools depend on. */
class JsonlTaggingTest {
    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final JsonlTagging TAGGING = new JsonlTagging(Tagger.loadDefault(), MAPPER);

    private static List<JsonNode> run(String input) throws IOException {
        StringWriter out = new StringWriter();
        TAGGING.run(new BufferedReader(new StringReader(input)), out);
        List<JsonNode> lines = new ArrayList<>();
        for (String line : out.toString().split("\n")) {
            lines.add(MAPPER.readTree(line));
        }
        return lines;
    }

    @Test
    void shouldWriteExactlyTheContractFieldsWithOffsetsIntoTheText() throws IOException {
        String text = "Shelling hit Aleppo again. \"We are deeply concerned,\" State Department spokesman John Kirby said.";
        ObjectMapper m = MAPPER;
        String line = m.writeValueAsString(m.createObjectNode().put("id", "s1").put("text", text)
                .put("headline", "Aleppo shelled"));

        JsonNode out = run(line + "\n").get(0);

        assertThat(out.fieldNames()).toIterable().containsExactly(
                "id", "countries", "focus_countries", "regions", "places", "actors", "statements");
        assertThat(out.get("id").asText()).isEqualTo("s1");
        assertThat(out.get("countries").toString()).contains("SY");
        JsonNode place = out.get("places").get(0);
        assertThat(place.fieldNames()).toIterable().containsExactly("name", "start", "end", "country", "kind");
        assertThat(text.substring(place.get("start").asInt(), place.get("end").asInt())).isEqualTo("Aleppo");
        JsonNode actor = out.get("actors").get(0);
        assertThat(actor.fieldNames()).toIterable().containsExactly("name", "type", "role", "country", "mentions");
        JsonNode statement = out.get("statements").get(0);
        assertThat(statement.fieldNames()).toIterable().containsExactly(
                "quote", "start", "end", "speaker", "speaker_start", "speaker_end", "official");
        assertThat(text.substring(statement.get("start").asInt(), statement.get("end").asInt()))
                .isEqualTo(statement.get("quote").asText()).isEqualTo("We are deeply concerned,");
        assertThat(text.substring(statement.get("speaker_start").asInt(), statement.get("speaker_end").asInt()))
                .isEqualTo("John Kirby");
        assertThat(statement.get("official").asBoolean()).isTrue();
    }

    @Test
    void shouldAnswerEveryLineInOrderAndReportBadLinesWithoutStopping() throws IOException {
        List<JsonNode> out = run("{\"id\": 1, \"text\": \"Talks in Kyiv.\"}\nnot json\n{\"id\": 3}\n"
                + "{\"id\": 4, \"text\": \"Talks in Tokyo.\"}\n");

        assertThat(out).extracting(n -> n.get("id").asText()).containsExactly("1", "null", "3", "4");
        assertThat(out.get(1).get("error").asText()).startsWith("not valid JSON");
        assertThat(out.get(2).get("error").asText()).contains("\"text\"");
        assertThat(out.get(3).get("countries").get(0).asText()).isEqualTo("JP");
    }
}
