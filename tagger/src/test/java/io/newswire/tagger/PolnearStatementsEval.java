package io.newswire.tagger;

import static org.assertj.core.api.Assumptions.assumeThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Dev tool, not a regression test: scores quote extraction on the PolNeAR dev set (brat
 * Source/Cue/Content). Gold items are attributions whose Content holds a double quote mark.
 * Not picked up by surefire's default includes (no {@code Test} suffix): run it with
 * {@code mvn -o -pl tagger test -Dtest=PolnearStatementsEval}; set {@code NEWSWIRE_EVAL_VERBOSE=1}
 * to list misses. Skipped when the shared corpus is absent.
 */
class PolnearStatementsEval {
    private static final Path DIR = Path.of("../../shared/corpus/attribution/polnear-dev");

    private record Gold(Span content, Span source) {}

    @Test
    void shouldReportQuoteAndSpeakerScoresOnPolnearDev() throws IOException {
        assumeThat(Files.isDirectory(DIR)).as("PolNeAR dev set not found at %s", DIR.toAbsolutePath()).isTrue();
        StatementExtractor extractor = StatementExtractor.loadDefault();
        int[] totals = new int[5]; // predicted, gold, matched, speaker ok, lenient matched predictions
        try (Stream<Path> files = Files.list(DIR.resolve("text"))) {
            for (Path txt : files.sorted().toList()) {
                String text = Files.readString(txt, StandardCharsets.UTF_8);
                List<Gold> gold = gold(text, annotationFor(txt));
                List<StatementTag> predicted = extractor.extract(text, List.of());
                score(text, txt.getFileName().toString(), gold, predicted, totals);
            }
        }
        double p = totals[2] / (double) totals[0];
        double r = totals[2] / (double) totals[1];
        System.out.printf("polnear-dev: predicted=%d gold=%d matched=%d P=%.3f R=%.3f F1=%.3f"
                + " speakerAcc=%.3f lenientP=%.3f%n", totals[0], totals[1], totals[2], p, r,
                2 * p * r / (p + r), totals[3] / (double) totals[2], totals[4] / (double) totals[0]);
    }

    private static void score(String text, String name, List<Gold> gold, List<StatementTag> predicted, int[] totals) {
        boolean[] used = new boolean[gold.size()];
        totals[0] += predicted.size();
        totals[1] += gold.size();
        for (StatementTag s : predicted) {
            int hit = -1;
            for (int g = 0; g < gold.size(); g++) {
                if (gold.get(g).content().overlaps(s.span())) {
                    hit = hit < 0 || used[hit] ? g : hit;
                }
            }
            if (hit >= 0) {
                totals[4]++;
            }
            if (hit < 0 || used[hit]) {
                log("FP", name, text, s.span(), s.speaker());
                continue;
            }
            used[hit] = true;
            totals[2]++;
            Span src = gold.get(hit).source();
            if (src != null && s.speakerSpan() != null && src.overlaps(s.speakerSpan())) {
                totals[3]++;
            } else {
                log("SPK", name, text, s.span(), s.speaker() + " " + s.speakerSpan() + " cue=" + s.cue()
                        + " | gold: " + (src == null ? null : text.substring(src.start(), src.end()) + " " + src));
            }
        }
        for (int g = 0; g < gold.size(); g++) {
            if (!used[g]) {
                log("FN", name, text, gold.get(g).content(), "");
            }
        }
    }

    private static void log(String kind, String name, String text, Span span, String extra) {
        if (System.getenv("NEWSWIRE_EVAL_VERBOSE") != null) {
            String q = text.substring(span.start(), Math.min(span.end(), span.start() + 90)).replace('\n', ' ');
            System.out.printf("%s %s [%s] -> %s%n", kind, name.substring(0, Math.min(30, name.length())), q, extra);
        }
    }

    private static Path annotationFor(Path txt) throws IOException {
        String stem = txt.getFileName().toString().replaceFirst("\\.txt$", "");
        try (Stream<Path> anns = Files.list(DIR.resolve("attributions"))) {
            return anns.filter(a -> a.getFileName().toString().startsWith(stem + "_")).findFirst().orElseThrow();
        }
    }

    private static List<Gold> gold(String text, Path ann) throws IOException {
        int[] charAt = codePointToChar(text);
        Map<String, List<Span>> spans = new HashMap<>();
        List<String[]> events = new ArrayList<>();
        for (String line : Files.readAllLines(ann, StandardCharsets.UTF_8)) {
            String[] cols = line.split("\t");
            if (line.startsWith("T") && cols.length >= 2) {
                List<Span> fragments = new ArrayList<>();
                for (String fragment : cols[1].split(" ", 2)[1].split(";")) {
                    String[] se = fragment.split(" ");
                    fragments.add(new Span(charAt[Integer.parseInt(se[0])], charAt[Integer.parseInt(se[1])]));
                }
                spans.put(cols[0], fragments);
            } else if (line.startsWith("E") && cols.length >= 2) {
                events.add(cols[1].split(" "));
            }
        }
        List<Gold> gold = new ArrayList<>();
        for (String[] event : events) {
            List<Span> content = List.of();
            Span source = null;
            for (String arg : event) {
                String[] kv = arg.split(":");
                if (kv[0].startsWith("Content")) {
                    content = spans.getOrDefault(kv[1], List.of());
                } else if (kv[0].startsWith("Source") && spans.containsKey(kv[1])) {
                    source = spans.get(kv[1]).get(0);
                }
            }
            // One gold item per Content fragment holding a quote mark: PolNeAR joins a quote and
            // its continuation into one discontinuous Content.
            for (Span fragment : content) {
                if (hasQuoteMark(text, fragment)) {
                    gold.add(new Gold(fragment, source));
                }
            }
        }
        return gold;
    }

    private static boolean hasQuoteMark(String text, Span s) {
        String around = text.substring(Math.max(0, s.start() - 1), Math.min(text.length(), s.end() + 1));
        return around.indexOf('"') >= 0 || around.indexOf('\u201C') >= 0 || around.indexOf('\u201D') >= 0;
    }

    private static int[] codePointToChar(String text) {
        int[] map = new int[text.codePointCount(0, text.length()) + 1];
        int cp = 0;
        for (int i = 0; i < text.length(); i = text.offsetByCodePoints(i, 1)) {
            map[cp++] = i;
        }
        map[cp] = text.length();
        return map;
    }
}
