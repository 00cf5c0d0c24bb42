package io.newswire.tagger;

import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Counties and parishes no gazetteer lists ("Metcalfe County", "Black Hawk County", "Rapides
 * Parish"): one to three capitalised words before "County" or "Parish" name a second-level
 * region of the country whose cities and regions the story names most. A story that names no
 * such country yields none: the county cannot be placed.
 */
final class CountyNames {
    private static final Pattern COUNTY = Pattern.compile(
            "\\b((?:[A-Z][a-z]+(?:'[A-Z]?[a-z]+)? ){1,3})(?:County|Parish)\\b");

    private CountyNames() {}

    /** Adds the county mentions that no place mention overlaps to {@code places}. */
    static void add(String text, Map<String, Integer> support, List<PlaceTag> places) {
        String country = leadingLocalCountry(support);
        if (country == null || text.indexOf("County") < 0 && text.indexOf("Parish") < 0) {
            return;
        }
        Matcher m = COUNTY.matcher(text);
        while (m.find()) {
            Span span = new Span(m.start(), m.end());
            if (!startsWithFunctionWord(m.group(1)) && places.stream().noneMatch(p -> overlaps(p.span(), span))) {
                places.add(new PlaceTag(m.group(), span, country, NameEntry.Kind.REGION.label()));
            }
        }
    }

    private static String leadingLocalCountry(Map<String, Integer> support) {
        String best = null;
        int most = 0;
        for (Map.Entry<String, Integer> e : support.entrySet()) {
            if (e.getKey().endsWith("/local") && e.getValue() > most) {
                best = e.getKey().substring(0, e.getKey().indexOf('/'));
                most = e.getValue();
            }
        }
        return best;
    }

    private static boolean startsWithFunctionWord(String words) {
        return words.startsWith("The ") || words.startsWith("In ") || words.startsWith("A ")
                || words.startsWith("Every ") || words.startsWith("Each ");
    }

    private static boolean overlaps(Span a, Span b) {
        return a.start() < b.end() && b.start() < a.end();
    }
}
