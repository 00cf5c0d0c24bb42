package io.newswire.producer.source.hotfolder;

import java.nio.file.Path;
import java.util.Locale;

/**
 * Which names in a hot folder are not (yet) inputs: hidden files and the usual names of files
 * still being written, so that writing {@code .story.xml} or {@code story.xml.part} and then
 * renaming it to {@code story.xml} hands over a complete file.
 */
final class FileNames {
    private static final String[] TEMP_SUFFIXES = {".part", ".tmp", ".crdownload"};

    private FileNames() {}

    static boolean isIgnored(Path file) {
        String name = file.getFileName().toString();
        if (name.startsWith(".") || name.startsWith("~")) {
            return true;
        }
        String lower = name.toLowerCase(Locale.ROOT);
        for (String suffix : TEMP_SUFFIXES) {
            if (lower.endsWith(suffix)) {
                return true;
            }
        }
        return false;
    }

    /** {@code name} with {@code -n} before its extension: {@code story.xml} becomes {@code story-2.xml}. */
    static String numbered(String name, int n) {
        int dot = name.lastIndexOf('.');
        return dot <= 0 ? name + "-" + n : name.substring(0, dot) + "-" + n + name.substring(dot);
    }
}
