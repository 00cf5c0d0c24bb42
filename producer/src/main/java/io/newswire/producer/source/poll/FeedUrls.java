package io.newswire.producer.source.poll;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** Feed URLs as given on the command line or in a feeds file, checked before any poll. */
public final class FeedUrls {
    private FeedUrls() {}

    /** {@code text} as an absolute http or https URL with a host. */
    public static URI parse(String text) {
        URI url;
        try {
            url = new URI(text.strip());
        } catch (URISyntaxException e) {
            throw new IllegalArgumentException("not a URL: " + text + " (" + e.getReason() + ")", e);
        }
        String scheme = url.getScheme() == null ? "" : url.getScheme().toLowerCase(Locale.ROOT);
        if (!scheme.equals("http") && !scheme.equals("https") || url.getHost() == null) {
            throw new IllegalArgumentException("a feed URL must be http:// or https:// with a host: " + text);
        }
        return url;
    }

    /** The URLs of a feeds file: one per line; blank lines and lines starting with # are skipped. */
    public static List<URI> read(Path file) {
        List<String> lines;
        try {
            lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read feeds file " + file, e);
        }
        List<URI> urls = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i).strip();
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            try {
                urls.add(parse(line));
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException(file + " line " + (i + 1) + ": " + e.getMessage(), e);
            }
        }
        return urls;
    }

    /**
     * The logical path stories from {@code url} are recorded under (outcomes, dead letters, logs):
     * host, port, path and query, e.g. {@code example.com/world/rss.xml}. User info is left out
     * so credentials in a URL never reach a topic.
     */
    public static Path logicalPath(URI url) {
        StringBuilder path = new StringBuilder(url.getHost());
        if (url.getPort() != -1) {
            path.append(':').append(url.getPort());
        }
        if (url.getRawPath() != null) {
            path.append(url.getRawPath());
        }
        if (url.getRawQuery() != null) {
            path.append('?').append(url.getRawQuery());
        }
        return Path.of(path.toString());
    }
}
