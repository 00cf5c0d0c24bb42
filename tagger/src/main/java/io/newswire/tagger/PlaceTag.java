package io.newswire.tagger;

/**
 * One place mention in the story text.
 *
 * @param name the place as written in the text
 * @param span where it is written
 * @param country ISO 3166-1 alpha-2 code the place resolves to, or {@code null}
 * @param kind {@code country}, {@code city}, {@code region}, {@code macro-region} or
 *     {@code demonym} (an adjectival country name: "Syrian" in "Syrian troops")
 */
public record PlaceTag(String name, Span span, String country, String kind) {}
