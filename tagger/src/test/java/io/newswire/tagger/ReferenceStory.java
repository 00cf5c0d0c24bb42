package io.newswire.tagger;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/** Reads the shared reference story the way the producer would: body paragraphs only. */
final class ReferenceStory {
    static final Path SEED = Path.of("..", "..", "shared", "corpus", "seed");
    static final Path FILE = SEED.resolve("000_a46aa8765330f8b0.txt");
    private static final Set<String> FURNITURE = Set.of("Related Articles", "Back to top button");

    private ReferenceStory() {}

    static StoryText load() {
        assumeTrue(Files.exists(FILE), "shared corpus not found at " + FILE.toAbsolutePath()
                + "; the reference-story test needs ../shared/corpus beside the project");
        try {
            List<String> lines = Files.readAllLines(FILE, StandardCharsets.UTF_8);
            String headline = lines.get(2).strip();
            List<String> paragraphs = new ArrayList<>();
            for (int i = 3; i < lines.size(); i++) {
                String line = lines.get(i).strip();
                if (!line.isEmpty() && !FURNITURE.contains(line)) {
                    paragraphs.add(line);
                }
            }
            return StoryText.of(headline, String.join("\n\n", paragraphs));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
