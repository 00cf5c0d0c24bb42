package io.newswire.benchmarks;

import io.newswire.tagger.StoryText;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/**
 * Real news for the tagger benchmark, read from the shared development corpus (never copied
 * into the repository): {@code ../shared/corpus} beside the project, or the folder that the
 * system property {@code newswire.corpus} names.
 */
final class RealCorpus {
    private static final String CORPUS_PROPERTY = "newswire.corpus";
    private static final Path POLNEAR_TEXTS = Path.of("attribution", "polnear-dev", "text");

    private RealCorpus() {}

    /**
     * The PolNeAR development articles, in file name order: each file whole as the body (its
     * first line, the headline, included), with no separate headline or dateline.
     */
    static List<StoryText> polnear() {
        Path folder = Path.of(System.getProperty(CORPUS_PROPERTY, "../shared/corpus")).resolve(POLNEAR_TEXTS);
        if (!Files.isDirectory(folder)) {
            throw new IllegalStateException("PolNeAR texts not found at " + folder.toAbsolutePath()
                    + ": run from the project root beside ../shared, or pass -D" + CORPUS_PROPERTY + "=<corpus folder>"
                    + " (with -jvmArgsAppend for the forked benchmark JVM)");
        }
        try (Stream<Path> files = Files.list(folder)) {
            return files.filter(f -> f.toString().endsWith(".txt")).sorted()
                    .map(RealCorpus::read).map(text -> new StoryText(null, text, null)).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String read(Path file) {
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
