package io.newswire.app.eval;

import io.newswire.tagger.ActorTag;
import io.newswire.tagger.StoryTags;
import io.newswire.tagger.StoryText;
import io.newswire.tagger.Tagger;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * Document-level countries and people of Reuters-21578, over the stories with a body and at
 * least one {@code <PLACES>} entry: the tagger's {@code countries} against the mapped places
 * (micro and macro F1), the first focus country against them (accuracy), and person actors
 * against {@code <PEOPLE>} by surname (stories with gold people only).
 */
final class ReutersEval implements DataSet {
    static final String DIR = "reuters21578";
    private static final int TOP = 10;

    private final ReutersPlaces places;

    ReutersEval(ReutersPlaces places) {
        this.places = places;
    }

    @Override
    public String title() {
        return "Reuters-21578 countries and people";
    }

    @Override
    public Optional<String> missing(Path corpus) {
        return files(corpus).isEmpty() ? Optional.of(corpus.resolve(DIR) + "/reut2-*.sgm not found") : Optional.empty();
    }

    @Override
    public SectionResult score(Path corpus, Tagger tagger) throws IOException {
        List<ReutersDoc> docs = new ArrayList<>();
        for (Path file : files(corpus)) {
            // ISO-8859-1 decodes any byte: the collection is ASCII with a few stray 8-bit bytes.
            docs.addAll(ReutersReader.read(Files.readString(file, StandardCharsets.ISO_8859_1)));
        }
        return score(docs, tagger);
    }

    SectionResult score(List<ReutersDoc> docs, Tagger tagger) {
        LabelScores countries = new LabelScores();
        Accuracy focus = Accuracy.ZERO;
        Counts people = Counts.ZERO;
        ErrorTally missedPeople = new ErrorTally();
        ErrorTally extraPeople = new ErrorTally();
        int scored = 0;
        int withPeople = 0;
        for (ReutersDoc doc : docs) {
            Set<String> gold = goldCountries(doc);
            if (doc.body() == null || gold.isEmpty()) {
                continue;
            }
            scored++;
            StoryTags tags = tagger.tag(new StoryText(doc.title(), doc.body(), doc.dateline()));
            countries.add(gold, new LinkedHashSet<>(tags.countries()));
            focus = focus.plus(!tags.focusCountries().isEmpty() && gold.contains(tags.focusCountries().get(0)));
            if (!doc.people().isEmpty()) {
                withPeople++;
                people = people.plus(matchPeople(doc.people(), persons(tags), missedPeople, extraPeople));
            }
        }
        Counts micro = countries.micro();
        String scope = scored + " stories with a body and a country place (" + withPeople + " with gold people), "
                + countries.goldLabels() + " gold countries";
        return new SectionResult(title(), scope, null, List.of(
                Figure.of("country precision (micro)", micro, Figure.Score.PRECISION, Double.NaN),
                Figure.of("country recall (micro)", micro, Figure.Score.RECALL, Double.NaN),
                Figure.of("country F1 (micro)", micro, Figure.Score.F1, 0.85),
                new Figure("country F1 (macro)", countries.macroF1(),
                        "mean over " + countries.goldLabels() + " gold countries", Double.NaN),
                Figure.of("focus country in gold places", focus, Double.NaN),
                Figure.of("people precision", people, Figure.Score.PRECISION, Double.NaN),
                Figure.of("people recall", people, Figure.Score.RECALL, Double.NaN),
                Figure.of("people F1", people, Figure.Score.F1, Double.NaN)),
                List.of(TopErrors.of("false-positive countries", countries.falsePositives(), TOP),
                        TopErrors.of("false-negative countries", countries.falseNegatives(), TOP),
                        TopErrors.of("false-positive people", extraPeople, TOP),
                        TopErrors.of("false-negative people", missedPeople, TOP)));
    }

    private Set<String> goldCountries(ReutersDoc doc) {
        Set<String> codes = new LinkedHashSet<>();
        doc.places().forEach(place -> places.code(place).ifPresent(codes::add));
        return codes;
    }

    private static List<String> persons(StoryTags tags) {
        return tags.actors().stream().filter(ActorTag::isPerson).map(ActorTag::name).toList();
    }

    /** One-to-one: a gold person matches an unused predicted person with the same surname. */
    static Counts matchPeople(List<String> gold, List<String> predicted, ErrorTally missed, ErrorTally extra) {
        boolean[] used = new boolean[predicted.size()];
        int matched = 0;
        for (String person : gold) {
            String[] tokens = person.toLowerCase(Locale.ROOT).split("-");
            String surname = tokens[tokens.length - 1];
            int hit = -1;
            for (int p = 0; p < predicted.size() && hit < 0; p++) {
                if (!used[p] && surname(predicted.get(p)).equals(surname)) {
                    hit = p;
                }
            }
            if (hit >= 0) {
                used[hit] = true;
                matched++;
            } else {
                missed.add(person);
            }
        }
        for (int p = 0; p < predicted.size(); p++) {
            if (!used[p]) {
                extra.add(predicted.get(p));
            }
        }
        return new Counts(matched, predicted.size(), gold.size());
    }

    static String surname(String name) {
        String[] tokens = name.strip().toLowerCase(Locale.ROOT).split("\\s+");
        return tokens[tokens.length - 1].replaceAll("[^\\p{L}]", "");
    }

    private static List<Path> files(Path corpus) {
        List<Path> files = new ArrayList<>();
        Path dir = corpus.resolve(DIR);
        if (!Files.isDirectory(dir)) {
            return files;
        }
        try (DirectoryStream<Path> stream = Files.newDirectoryStream(dir, "reut2-*.sgm")) {
            stream.forEach(files::add);
        } catch (IOException e) {
            return files;
        }
        files.sort(null);
        return files;
    }
}
