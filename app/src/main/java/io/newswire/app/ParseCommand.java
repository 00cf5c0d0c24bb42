package io.newswire.app;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.newswire.producer.parse.ParseResult;
import io.newswire.producer.parse.Parsers;
import io.newswire.producer.source.FileSource;
import io.newswire.producer.source.SourceFile;
import io.newswire.schemas.WireStory;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

@Command(name = "parse",
        description = {"Parse story files without Kafka and print each story as JSON, or why it was rejected.",
            "A feed or NewsML-G2 newsMessage prints one line per item. Exit status 1 when anything was rejected."})
final class ParseCommand implements Callable<Integer> {
    @Parameters(paramLabel = "FILE", arity = "1..*", description = "Story files or directories.")
    List<Path> paths;

    @Override
    public Integer call() throws Exception {
        ObjectMapper mapper = new ObjectMapper();
        int rejected = 0;
        for (SourceFile file : FileSource.of(paths)) {
            ParseResult result = Parsers.parse(file.content(), file.path().toString(), Instant.now());
            for (ParseResult item : result.items()) {
                ObjectNode line = mapper.createObjectNode().put("file", file.path().toString());
                if (item instanceof ParseResult.Parsed parsed) {
                    line.set("story", StoryJson.of(mapper, parsed.story()));
                } else {
                    line.put("rejected", ((ParseResult.Rejected) item).reason());
                    rejected++;
                }
                System.out.println(mapper.writeValueAsString(line));
            }
        }
        return rejected == 0 ? 0 : 1;
    }

    /** A WireStory as plain JSON: Avro's own toString is not meant for people or tools. */
    static final class StoryJson {
        private StoryJson() {}

        static ObjectNode of(ObjectMapper mapper, WireStory story) {
            ObjectNode node = mapper.createObjectNode()
                    .put("id", story.getId())
                    .put("version", story.getVersion())
                    .put("versionTime", story.getVersionTime())
                    .put("pubStatus", story.getPubStatus().name())
                    .put("source", story.getSource())
                    .put("format", story.getFormat())
                    .put("headline", story.getHeadline())
                    .put("byline", story.getByline())
                    .put("section", story.getSection())
                    .put("language", story.getLanguage())
                    .put("urgency", story.getUrgency())
                    .put("publishedTime", story.getPublishedTime())
                    .put("receivedAt", story.getReceivedAt().toString());
            if (story.getDateline() != null) {
                node.putObject("dateline").put("text", story.getDateline().getText())
                        .put("place", story.getDateline().getPlace());
            }
            story.getParagraphs().forEach(node.putArray("paragraphs")::add);
            story.getKeywords().forEach(node.putArray("keywords")::add);
            story.getSubjects().forEach(node.putArray("subjects")::add);
            return node;
        }
    }
}
