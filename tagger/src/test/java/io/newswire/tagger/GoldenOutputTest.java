package io.newswire.tagger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Pins the tagger's whole output on a fixed, varied input set, so that speed work cannot change
 * a single tag. Stories kept in the repository are compared line by line with
 * {@code golden/outputs.txt}; shared-corpus stories (whose outputs quote their text, which must
 * not be copied here) are compared by the SHA-256 of their rendering in
 * {@code golden/shared-corpus.sha256}, and only when {@code ../shared/corpus} is present.
 *
 * <p>Regenerate deliberately, only when an output change is intended:
 * {@code mvn -o -pl tagger test -Dtest=GoldenOutputTest -Dgolden.update=true}. Actual outputs
 * of a failing run are written to {@code target/golden-actual/} for diffing.
 */
class GoldenOutputTest {
    private static final Path SOURCE_DIR = Path.of("src", "test", "resources", "io", "newswire", "tagger", "golden");
    private static final Path ACTUAL_DIR = Path.of("target", "golden-actual");
    private static final boolean UPDATE = Boolean.getBoolean("golden.update");
    private static Tagger tagger;

    @BeforeAll
    static void load() {
        tagger = Tagger.loadDefault();
    }

    @Test
    void shouldReproduceGoldenOutputsOfRepositoryStories() throws IOException {
        StringBuilder actual = new StringBuilder();
        GoldenInputs.inRepository().forEach((id, story) ->
                actual.append("=== ").append(id).append('\n').append(GoldenRendering.render(tagger.tag(story))));
        String expected = UPDATE ? write("outputs.txt", actual.toString()) : GoldenInputs.resource("outputs.txt");
        if (!expected.contentEquals(actual)) {
            writeActual("outputs.txt", actual.toString());
        }
        assertThat(actual.toString()).isEqualTo(expected);
    }

    @Test
    void shouldReproduceGoldenOutputHashesOfSharedCorpusStories() throws IOException {
        Map<String, StoryText> shared = GoldenInputs.shared();
        assumeFalse(shared.isEmpty(),
                "shared corpus not found at " + GoldenInputs.SHARED.toAbsolutePath() + "; hash comparison skipped");
        Map<String, String> hashes = new LinkedHashMap<>();
        StringBuilder rendered = new StringBuilder();
        shared.forEach((id, story) -> {
            String out = GoldenRendering.render(tagger.tag(story));
            hashes.put(id, GoldenRendering.sha256(out));
            rendered.append("=== ").append(id).append('\n').append(out);
        });
        StringBuilder actual = new StringBuilder();
        hashes.forEach((id, hash) -> actual.append(hash).append("  ").append(id).append('\n'));
        String expected = UPDATE ? write("shared-corpus.sha256", actual.toString())
                : GoldenInputs.resource("shared-corpus.sha256");
        // outputs quote the shared texts: kept under target/ only, never committed
        writeActual("shared-corpus-outputs.txt", rendered.toString());
        assertThat(mismatches(expected, actual.toString())).isEmpty();
    }

    private static List<String> mismatches(String expected, String actual) {
        List<String> want = expected.lines().toList();
        List<String> got = actual.lines().toList();
        List<String> diff = new ArrayList<>();
        for (int i = 0; i < Math.max(want.size(), got.size()); i++) {
            String w = i < want.size() ? want.get(i) : "<none>";
            String g = i < got.size() ? got.get(i) : "<none>";
            if (!w.equals(g)) {
                diff.add("expected " + w + " but was " + g);
            }
        }
        return diff;
    }

    private static String write(String name, String content) throws IOException {
        Files.createDirectories(SOURCE_DIR);
        Files.writeString(SOURCE_DIR.resolve(name), content, StandardCharsets.UTF_8);
        return content;
    }

    private static void writeActual(String name, String content) throws IOException {
        Files.createDirectories(ACTUAL_DIR);
        Files.writeString(ACTUAL_DIR.resolve(name), content, StandardCharsets.UTF_8);
    }
}
