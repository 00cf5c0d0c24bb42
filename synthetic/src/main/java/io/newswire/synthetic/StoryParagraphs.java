package io.newswire.synthetic;

import java.util.List;
import java.util.Locale;

/** Paragraph shapes of the synthetic corpus: attributed quotes, anonymous sources, reactions, figures. */
final class StoryParagraphs {
    private StoryParagraphs() {}

    static final List<String> GENERIC_BACKGROUND = List.of(
            "{org} has repeatedly called on all sides to protect civilians and allow aid to reach those in need.",
            "Relations between {country} and {other} have been strained for years over a range of issues.",
            "The {adj} government has faced growing criticism at home over its handling of the crisis.",
            "Analysts in {capital} said the coming weeks would be decisive.",
            "The parliament in {capital} is due to debate the matter on {day}.",
            "Officials from {other} were not immediately available for comment.",
            "The figures could not be independently verified.",
            "Diplomats said a meeting of foreign ministers was planned for later in {month}.");

    /** A direct quote from the story's main official, attributed in one of the usual wire forms. */
    static String namedQuote(StoryScene scene, String quote) {
        String title = scene.speakerTitle();
        String name = scene.speaker();
        String adjective = scene.country().adjective();
        return switch (scene.number(0, 4)) {
            case 0 -> '"' + quote + ",\" " + title + " " + name + " told reporters in "
                    + scene.country().capital() + " on " + scene.day() + ".";
            case 1 -> '"' + quote + ",\" " + adjective + " " + title + " " + name + " said in a statement.";
            case 2 -> name + ", " + possessive(scene.country().name()) + " " + lower(title) + ", said: \""
                    + quote + ".\"";
            case 3 -> '"' + quote + ",\" said " + name + ", the " + adjective + " " + lower(title)
                    + ", adding that contacts with " + scene.other().name() + " would continue.";
            default -> title + " " + name + " told a news conference that the government was studying all"
                    + " options. \"" + quote + ",\" " + lastName(name) + " said.";
        };
    }

    /** A quote from an unnamed official. */
    static String anonymousQuote(StoryScene scene, String quote) {
        String source = scene.pickFrom(StoryVocabulary.ANONYMOUS);
        return scene.number(0, 1) == 0
                ? '"' + quote + ",\" " + source + " said."
                : capitalise(source) + " told Newswire that " + scene.fill("{n}") + " people had been detained"
                        + " in connection with the events in " + scene.city() + ".";
    }

    /** How the second country reacted, quoting its official. */
    static String reaction(StoryScene scene, String quote) {
        String title = scene.otherSpeakerTitle();
        String name = scene.otherSpeaker();
        return "In " + scene.other().capital() + ", " + scene.other().adjective() + " " + title + " " + name
                + " said " + scene.other().name() + " was following developments closely. \"" + quote + ",\" "
                + lastName(name) + " told reporters.";
    }

    /** A paragraph of figures and dates. */
    static String figures(StoryScene scene) {
        return scene.fill("According to a report published on {day} by {org}, about {n2} people in {country} need"
                + " humanitarian assistance, up {n} percent since {month}. The report said {n} districts around "
                + scene.city() + " were the worst affected.");
    }

    private static String possessive(String country) {
        return country.endsWith("s") ? country + "'" : country + "'s";
    }

    private static String lower(String title) {
        return title.toLowerCase(Locale.ROOT);
    }

    private static String lastName(String name) {
        return name.substring(name.lastIndexOf(' ') + 1);
    }

    private static String capitalise(String text) {
        return Character.toUpperCase(text.charAt(0)) + text.substring(1);
    }
}
