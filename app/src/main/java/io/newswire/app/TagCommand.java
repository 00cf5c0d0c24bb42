package io.newswire.app;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.newswire.app.tag.JsonlTagging;
import io.newswire.app.tag.TagJson;
import io.newswire.tagger.StoryText;
import io.newswire.tagger.Tagger;
import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.InputStreamReader;
import java.io.OutputStreamWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "tag",
        description = {"Tag stories without Kafka, with the same tagger the topology uses.",
            "--jsonl: read JSON Lines {\"id\", \"text\", \"headline\"?} on stdin, write one JSON line per story with",
            "countries, focus_countries, regions, places, actors and statements (contract in DESIGN.md).",
            "FILE...: tag each plain-text file (its whole content is the text) and print the JSON."})
final class TagCommand implements Callable<Integer> {
    @Option(names = "--jsonl", description = "Read JSON Lines on stdin, write JSON Lines on stdout.")
    boolean jsonl;

    @Parameters(paramLabel = "FILE", arity = "0..*", description = "Plain-text files to tag.")
    List<Path> files = List.of();

    @Override
    public Integer call() throws Exception {
        Tagger tagger = Tagger.loadDefault();
        ObjectMapper mapper = new ObjectMapper();
        if (jsonl) {
            BufferedReader in = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
            BufferedWriter out = new BufferedWriter(new OutputStreamWriter(System.out, StandardCharsets.UTF_8));
            int failed = new JsonlTagging(tagger, mapper).run(in, out);
            out.flush();
            return failed == 0 ? 0 : 1;
        }
        if (files.isEmpty()) {
            System.err.println("Give --jsonl (stories on stdin) or one or more FILEs. See: newswire tag --help");
            return 2;
        }
        TagJson json = new TagJson(mapper);
        for (Path file : files) {
            String text = Files.readString(file, StandardCharsets.UTF_8);
            System.out.println(mapper.writerWithDefaultPrettyPrinter()
                    .writeValueAsString(json.toJson(file.toString(), tagger.tag(StoryText.of(null, text)))));
        }
        return 0;
    }
}
