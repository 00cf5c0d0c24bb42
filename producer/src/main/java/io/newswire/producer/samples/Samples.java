package io.newswire.producer.samples;

import io.newswire.producer.source.SourceFile;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The demo's sample stories, bundled as resources next to this class and listed in
 * {@code index.txt} (resources inside a jar cannot be listed). They were written for Newswire in
 * the scraped-text shape; the officials named in them are invented. Each is returned with the
 * logical path {@code samples/<file name>}.
 */
public final class Samples {
    static final String INDEX = "index.txt";

    private Samples() {}

    /** The file names listed in the index, in order; blank lines and {@code #} comments ignored. */
    public static List<String> names() {
        String index = new String(resource(INDEX), StandardCharsets.UTF_8);
        List<String> names = new ArrayList<>();
        for (String line : index.split("\\R")) {
            String name = line.strip();
            if (!name.isEmpty() && !name.startsWith("#")) {
                names.add(name);
            }
        }
        return List.copyOf(names);
    }

    /** Every sample story, in index order. */
    public static List<SourceFile> load() {
        return names().stream().map(name -> new SourceFile(Path.of("samples", name), resource(name))).toList();
    }

    private static byte[] resource(String name) {
        try (InputStream in = Samples.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("sample resource missing from the classpath: " + name);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read sample " + name, e);
        }
    }
}
