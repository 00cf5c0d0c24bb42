package io.newswire.tagger;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Inputs of the golden output test: stories kept in the repository (hand-written and synthetic
 * ones) and, when {@code ../shared/corpus} is beside the project, the first PolNeAR dev texts
 * and TR-News articles, read in place and never copied.
 */
final class GoldenInputs {
    static final String RESOURCES = "/io/newswire/tagger/golden/";
    static final Path SHARED = Path.of("..", "..", "shared", "corpus");
    static final Path POLNEAR = SHARED.resolve(Path.of("attribution", "polnear-dev", "text"));
    static final Path TR_NEWS = SHARED.resolve(Path.of("geo", "TR-News.xml"));
    static final int SHARED_STORIES_PER_SOURCE = 40;
    private static final Pattern ARTICLE = Pattern.compile(
            "<article docid=\"(\\d+)\">.*?<title>(.*?)</title>.*?<text><!\\[CDATA\\[(.*?)]]></text>", Pattern.DOTALL);

    private GoldenInputs() {}

    /** Stories in the repository, by id, in file order. */
    static Map<String, StoryText> inRepository() {
        Map<String, StoryText> stories = new LinkedHashMap<>();
        stories.putAll(parseBlocks(resource("handwritten.txt")));
        stories.putAll(parseBlocks(resource("synthetic.txt")));
        return stories;
    }

    /** Shared-corpus stories by id, or an empty map when the corpus is absent. */
    static Map<String, StoryText> shared() throws IOException {
        Map<String, StoryText> stories = new LinkedHashMap<>();
        if (Files.isDirectory(POLNEAR)) {
            List<Path> files;
            try (Stream<Path> list = Files.list(POLNEAR)) {
                files = list.sorted().limit(SHARED_STORIES_PER_SOURCE).toList();
            }
            for (Path file : files) {
                stories.put("polnear/" + file.getFileName(), polnear(Files.readString(file, StandardCharsets.UTF_8)));
            }
        }
        if (Files.isRegularFile(TR_NEWS)) {
            Matcher m = ARTICLE.matcher(Files.readString(TR_NEWS, StandardCharsets.UTF_8));
            for (int n = 0; n < SHARED_STORIES_PER_SOURCE && m.find(); n++) {
                stories.put("tr-news/" + m.group(1), StoryText.of(m.group(2).strip(), m.group(3)));
            }
        }
        return stories;
    }

    /** PolNeAR text files: a headline line, then paragraphs separated by blank lines. */
    private static StoryText polnear(String content) {
        int firstBreak = content.indexOf('\n');
        String headline = firstBreak < 0 ? content : content.substring(0, firstBreak);
        String body = firstBreak < 0 ? "" : content.substring(firstBreak + 1).strip();
        return StoryText.of(headline.strip(), body);
    }

    /** "=== id", optional "headline:" and "dateline:" lines, "---", then the body. */
    static Map<String, StoryText> parseBlocks(String content) {
        Map<String, StoryText> stories = new LinkedHashMap<>();
        String[] blocks = content.split("(?m)^=== ");
        for (int b = 1; b < blocks.length; b++) {
            String block = blocks[b];
            int idEnd = block.indexOf('\n');
            int bodyMark = block.indexOf("\n---\n");
            String id = block.substring(0, idEnd).strip();
            String headline = null;
            String dateline = null;
            for (String line : block.substring(idEnd + 1, bodyMark + 1).split("\n")) {
                if (line.startsWith("headline: ")) {
                    headline = line.substring("headline: ".length());
                } else if (line.startsWith("dateline: ")) {
                    dateline = line.substring("dateline: ".length());
                }
            }
            String body = block.substring(bodyMark + "\n---\n".length());
            stories.put(id, new StoryText(headline, body.endsWith("\n") ? body.substring(0, body.length() - 1) : body,
                    dateline));
        }
        return stories;
    }

    static String resource(String name) {
        try (InputStream in = GoldenInputs.class.getResourceAsStream(RESOURCES + name)) {
            if (in == null) {
                throw new IllegalStateException("missing test resource " + RESOURCES + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static List<String> ids(Map<String, StoryText> stories) {
        return new ArrayList<>(stories.keySet());
    }
}
