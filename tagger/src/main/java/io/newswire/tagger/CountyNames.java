package io.newswire.tagger;

import java.util.List;
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
    static void add(String text, CountrySupport support, List<PlaceTag> places) {
        if (!support.counted(CountrySupport.Tier.LOCAL) || text.indexOf("County") < 0 && text.indexOf("Parish") < 0) {
            return;
        }
        String country = support.leader(CountrySupport.Tier.LOCAL);
        if (country == null) {
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

    private static boolean startsWithFunctionWord(String words) {
        return words.startsWith("The ") || words.startsWith("In ") || words.startsWith("A ")
                || words.startsWith("Every ") || words.startsWith("Each ");
    }

    private static boolean overlaps(Span a, Span b) {
        return a.start() < b.end() && b.start() < a.end();
    }
}
