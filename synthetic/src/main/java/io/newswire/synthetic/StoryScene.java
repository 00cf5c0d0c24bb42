package io.newswire.synthetic;

import io.newswire.synthetic.StoryVocabulary.Country;
import io.newswire.synthetic.StoryVocabulary.Names;
import io.newswire.synthetic.StoryVocabulary.Topic;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Locale;
import java.util.Random;

/**
 * The cast and setting of one synthetic story: topic, main and second country, the city it is
 * filed from, two named officials and the organisation involved. Fills template placeholders.
 */
final class StoryScene {
    private final Random random;
    private final Topic topic;
    private final Country country;
    private final Country other;
    private final String city;
    private final String organisation;
    private final String day;
    private final String month;
    private final String speaker;
    private final String speakerTitle;
    private final String otherSpeaker;
    private final String otherSpeakerTitle;

    private StoryScene(Random random) {
        this.random = random;
        this.topic = pickFrom(StoryVocabulary.topics());
        this.country = pickFrom(StoryVocabulary.COUNTRIES);
        Country second = pickFrom(StoryVocabulary.COUNTRIES);
        while (second == country) {
            second = pickFrom(StoryVocabulary.COUNTRIES);
        }
        this.other = second;
        this.city = random.nextInt(4) == 0 ? country.capital() : pickFrom(country.cities());
        this.organisation = pickFrom(StoryVocabulary.ORGANISATIONS);
        this.day = pickFrom(StoryVocabulary.WEEKDAYS);
        this.month = pickFrom(StoryVocabulary.MONTHS);
        this.speakerTitle = pickFrom(StoryVocabulary.TITLES);
        this.speaker = person(country.names());
        this.otherSpeakerTitle = pickFrom(StoryVocabulary.TITLES);
        this.otherSpeaker = person(other.names());
    }

    static StoryScene pick(Random random) {
        return new StoryScene(random);
    }

    Topic topic() {
        return topic;
    }

    Country country() {
        return country;
    }

    Country other() {
        return other;
    }

    String city() {
        return city;
    }

    String day() {
        return day;
    }

    String speaker() {
        return speaker;
    }

    String speakerTitle() {
        return speakerTitle;
    }

    String otherSpeaker() {
        return otherSpeaker;
    }

    String otherSpeakerTitle() {
        return otherSpeakerTitle;
    }

    String reporter() {
        return person(pickFrom(List.of(StoryVocabulary.WESTERN, country.names())));
    }

    /** {@code ALEPPO, Aug 5 (Newswire) -} */
    String dateline(Instant received) {
        ZonedDateTime at = received.atZone(ZoneOffset.UTC);
        String monthName = StoryVocabulary.MONTHS.get(at.getMonthValue() - 1);
        return String.format(Locale.ROOT, "%s, %s %d (%s) -", city.toUpperCase(Locale.ROOT), monthName,
                at.getDayOfMonth(), pickFrom(StoryVocabulary.AGENCIES));
    }

    int number(int from, int to) {
        return from + random.nextInt(to - from + 1);
    }

    <T> T pickFrom(List<T> items) {
        return items.get(random.nextInt(items.size()));
    }

    /** Replaces the placeholders; every {@code {n}} and {@code {n2}} gets a fresh number. */
    String fill(String template) {
        StringBuilder out = new StringBuilder(template.length() + 64);
        int at = 0;
        while (at < template.length()) {
            int open = template.indexOf('{', at);
            int close = open < 0 ? -1 : template.indexOf('}', open);
            if (close < 0) {
                out.append(template, at, template.length());
                break;
            }
            out.append(template, at, open).append(value(template.substring(open + 1, close)));
            at = close + 1;
        }
        return out.toString();
    }

    private String value(String placeholder) {
        return switch (placeholder) {
            case "city" -> city;
            case "country" -> country.name();
            case "adj" -> country.adjective();
            case "capital" -> country.capital();
            case "other" -> other.name();
            case "otheradj" -> other.adjective();
            case "org" -> organisation;
            case "day" -> day;
            case "month" -> month;
            case "n" -> Integer.toString(number(3, 97));
            case "n2" -> String.format(Locale.ROOT, "%,d", number(1_200, 250_000));
            default -> throw new IllegalArgumentException("unknown placeholder {" + placeholder + "}");
        };
    }

    private String person(Names names) {
        return pickFrom(names.first()) + " " + pickFrom(names.family());
    }
}
