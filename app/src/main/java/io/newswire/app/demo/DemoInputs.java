package io.newswire.app.demo;

import io.newswire.producer.samples.Samples;
import io.newswire.producer.source.SourceFile;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * What the demo sends: the reference story (read from the shared corpus where this checkout has
 * it, never copied into the repository), the bundled sample stories, and deliberate re-sends of
 * two of them to show that duplicates neither reach feeds twice nor alert twice.
 */
record DemoInputs(List<SourceFile> stories, int resent, boolean hasReference) {

    static final String REFERENCE = "shared/corpus/seed/000_a46aa8765330f8b0.txt";

    static DemoInputs load(Path reference) {
        List<SourceFile> stories = new ArrayList<>();
        boolean hasReference = reference != null && Files.isRegularFile(reference);
        if (hasReference) {
            stories.add(read(reference));
        }
        List<SourceFile> samples = Samples.load();
        stories.addAll(samples);
        int resent = 0;
        if (hasReference) {
            stories.add(stories.get(0));
            resent++;
        }
        stories.add(samples.get(0));
        resent++;
        return new DemoInputs(stories, resent, hasReference);
    }

    /** The reference story beside the checkout ({@code <home>/../shared/...}), or null. */
    static Path defaultReference(Path home) {
        return home == null ? null : home.toAbsolutePath().getParent().resolve(REFERENCE);
    }

    private static SourceFile read(Path path) {
        try {
            return new SourceFile(path, Files.readAllBytes(path));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
