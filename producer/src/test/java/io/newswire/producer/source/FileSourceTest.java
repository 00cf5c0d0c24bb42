package io.newswire.producer.source;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FileSourceTest {
    @TempDir
    Path dir;

    @Test
    void shouldWalkDirectoriesRecursivelyInSortedOrder() throws IOException {
        write("b/2.txt");
        write("a.txt");
        write("b/1.txt");
        write("b/c/0.txt");
        write("c.txt");

        assertThat(relativePaths(FileSource.of(dir))).containsExactly("a.txt", "b/1.txt", "b/2.txt", "b/c/0.txt", "c.txt");
    }

    @Test
    void shouldYieldAFileThatVanishedAfterListingAsUnreadableAndGoOn() throws IOException {
        write("a.txt");
        write("b.txt");
        Iterator<SourceFile> files = FileSource.of(dir).iterator();

        assertThat(files.hasNext()).isTrue();
        Files.delete(dir.resolve("a.txt"));
        SourceFile gone = files.next();

        assertThat(gone.readError()).startsWith("cannot read: ");
        assertThat(gone.path()).isEqualTo(dir.resolve("a.txt"));
        assertThat(files.next().readError()).isNull();
    }

    @Test
    void shouldCountTheFilesAnIterationWouldRead() throws IOException {
        write("b/2.txt");
        write("a.txt");
        write(".hidden");
        write("b/c/0.txt");

        assertThat(FileSource.of(dir).countFiles()).isEqualTo(3);
    }

    @Test
    void shouldSkipHiddenFilesAndDirectories() throws IOException {
        write(".DS_Store");
        write(".git/config");
        write("story.txt");

        assertThat(relativePaths(FileSource.of(dir))).containsExactly("story.txt");
    }

    @Test
    void shouldKeepTheOrderOfThePathsGiven() throws IOException {
        Path second = write("z/second.txt");
        Path first = write("first.txt");

        assertThat(relativePaths(FileSource.of(second.getParent(), first))).containsExactly("z/second.txt", "first.txt");
    }

    @Test
    void shouldReadTheContentOfEachFile() throws IOException {
        Path file = write("story.txt");

        SourceFile only = FileSource.of(file).iterator().next();

        assertThat(only.path()).isEqualTo(file);
        assertThat(new String(only.content(), StandardCharsets.UTF_8)).isEqualTo("content of story.txt");
    }

    @Test
    void shouldReadEachFileOnlyWhenTheIterationReachesIt() throws IOException {
        write("a.txt");
        Path later = write("b.txt");
        var iterator = FileSource.of(dir).iterator();

        iterator.next();
        Files.writeString(later, "changed after the walk started");

        assertThat(new String(iterator.next().content(), StandardCharsets.UTF_8)).isEqualTo("changed after the walk started");
        assertThat(iterator.hasNext()).isFalse();
    }

    @Test
    void shouldRefuseAPathThatDoesNotExist() {
        assertThatThrownBy(() -> FileSource.of(dir.resolve("missing")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("no such file or directory");
    }

    private Path write(String relative) throws IOException {
        Path file = dir.resolve(relative);
        Files.createDirectories(file.getParent());
        return Files.writeString(file, "content of " + file.getFileName());
    }

    private List<String> relativePaths(FileSource source) {
        List<String> paths = new ArrayList<>();
        for (SourceFile file : source) {
            paths.add(dir.relativize(file.path()).toString().replace('\\', '/'));
        }
        return paths;
    }
}
