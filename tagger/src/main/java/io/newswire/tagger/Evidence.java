package io.newswire.tagger;

/**
 * One piece of text evidence for a country.
 *
 * @param country ISO 3166-1 alpha-2 code
 * @param strong true for a place mention (country, city, region), false for a demonym or an
 *     attributive abbreviation ("Syrian", "US officials")
 * @param position offset in the text it was found in
 * @param source where it was found
 */
record Evidence(String country, boolean strong, int position, Source source) {
    enum Source { BODY, HEADLINE, DATELINE }
}
