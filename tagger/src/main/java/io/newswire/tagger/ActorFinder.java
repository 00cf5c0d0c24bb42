package io.newswire.tagger;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Finds actors: dictionary names and aliases, people discovered from titles, then surname
 * coreference ("Kerry" after "John Kerry") for every person found, when the surname is not
 * shared by two people in the story.
 */
final class ActorFinder {
    /**
     * From this many surnames to look for in a story, their mentions are looked for in a list of
     * the story's capitalised words ({@link CapitalWords}): making the list costs about one and
     * a half searches of a 4 KB story, a look-up in it next to nothing.
     */
    private static final int INDEXED_SEARCHES = 3;
    private final Gazetteer gazetteer;

    ActorFinder(Gazetteer gazetteer) {
        this.gazetteer = gazetteer;
    }

    private static final class Found {
        private final ActorDef def;
        private final List<Span> mentions = new ArrayList<>();
        /** A title written before a mention ("Treasury Secretary" James Baker), first one. */
        private String writtenTitle;

        private Found(ActorDef def) {
            this.def = def;
        }

        /**
         * The hand-written role, else the title the story writes, else a person's latest dated
         * role. An organisation's dated codes ("IGOUNO") are a sector, not a role: none reported.
         * A story dated outside the person's latest office gets the title it writes, else the
         * office held on its date, else none.
         */
        private String role(LocalDate storyDate) {
            String dated = storyDate == null || !def.isPerson() ? null : def.roleOtherThanLatestOn(storyDate);
            if (dated != null) {
                // the story predates (or postdates) the office the dictionary names
                return writtenTitle != null ? writtenTitle : dated.isEmpty() ? null : dated;
            }
            if (def.role() != null) {
                return def.roleTextOn(storyDate);
            }
            if (writtenTitle != null) {
                return writtenTitle;
            }
            return def.isPerson() ? def.latestRole() : null;
        }
    }

    /**
     * @param bits the text's {@link WordBits}, shared with the name matcher
     * @param storyDate the day the story was written, or {@code null}: picks the role held then
     */
    List<ActorTag> find(String text, WordBits bits, List<NameMatch> matches, List<PlaceTag> places, LocalDate storyDate) {
        Map<String, Found> found = new LinkedHashMap<>();
        ClaimedText claimed = new ClaimedText(text.length());
        for (NameMatch match : matches) {
            NameEntry actor = match.first(NameEntry.Kind.ACTOR);
            if (actor != null && actor.titleLength() == 0 && nameContinues(text, match.span())
                    && gazetteer.actor(actor.codes().get(0)).isUncuratedPerson()) {
                continue; // "Juan Carlos Rodriguez": someone else whose name starts alike
            }
            if (actor != null) {
                Found f = found.computeIfAbsent(actor.codes().get(0), id -> new Found(gazetteer.actor(id)));
                Span span = match.span();
                if (actor.titleLength() > 0) {
                    if (f.writtenTitle == null) {
                        f.writtenTitle = text.substring(span.start(), span.start() + actor.titleLength() - 1);
                    }
                    span = new Span(span.start() + actor.titleLength(), span.end());
                }
                f.mentions.add(span);
                claimed.claim(match.span());
            }
        }
        for (PlaceTag place : places) {
            claimed.claim(place.span());
        }
        discover(text, bits, matches, claimed, found);
        corefSurnames(text, bits, claimed, found);
        List<ActorTag> actors = new ArrayList<>(found.size());
        for (Found f : found.values()) {
            ByStart.sortSpans(f.mentions); // stable, as a sorted stream is
            actors.add(new ActorTag(f.def.id(), f.def.name(), f.def.type(), f.role(storyDate), f.def.country(),
                    f.mentions));
        }
        ByStart.sortActors(actors);
        return List.copyOf(actors);
    }

    /** True when a capitalised word follows the match after one space: the name goes on. */
    private static boolean nameContinues(String text, Span span) {
        int next = span.end() + 1;
        return next < text.length() && text.charAt(span.end()) == ' ' && Character.isUpperCase(text.charAt(next));
    }

    private void discover(String text, WordBits bits, List<NameMatch> matches, ClaimedText claimed, Map<String, Found> found) {
        List<Span> seenNames = new ArrayList<>(); // names already slugged in this story, and whose they are
        List<Found> seenActors = new ArrayList<>();
        for (TitleDiscovery.Titled titled : TitleDiscovery.find(text, bits)) {
            if (claimed.overlaps(titled.name())) {
                noteTitle(titled, found);
                continue;
            }
            Found actor = seen(text, titled.name(), seenNames, seenActors);
            if (actor == null) {
                String name = text.substring(titled.name().start(), titled.name().end());
                String id = ActorDef.slug(name);
                actor = found.get(id);
                if (actor == null) { // the story's first mention of this person: the dictionary's, or a new one
                    ActorDef known = gazetteer.actor(id);
                    actor = new Found(known != null ? known
                            : new ActorDef(id, name, ActorTag.PERSON, titled.role(), titleCountry(matches, titled.title()), List.of()));
                    found.put(id, actor);
                }
                seenNames.add(titled.name());
                seenActors.add(actor);
            }
            if (actor.writtenTitle == null) {
                actor.writtenTitle = titled.role();
            }
            actor.mentions.add(titled.name());
            claimed.claim(titled.name());
        }
    }

    /**
     * Whose is a titled name written as one discovered before in this story ("Prime Minister
     * Tesfaye Diallo" again), or null: the same text has the same slug, so the slug (a new string
     * to build and hash) and the look-ups are made once per name and story, not per mention.
     */
    private static Found seen(String text, Span name, List<Span> seenNames, List<Found> seenActors) {
        int length = name.length();
        for (int i = 0; i < seenNames.size(); i++) {
            Span seen = seenNames.get(i);
            if (seen.length() == length && text.regionMatches(seen.start(), text, name.start(), length)) {
                return seenActors.get(i);
            }
        }
        return null;
    }

    /** Keeps the title written before a dictionary person's mention ("Treasury Secretary James Baker"). */
    private static void noteTitle(TitleDiscovery.Titled titled, Map<String, Found> found) {
        for (Found f : found.values()) {
            if (f.def.isPerson() && f.writtenTitle == null && containsAny(f.mentions, titled.name())) {
                f.writtenTitle = titled.role();
                return;
            }
        }
    }

    private static boolean containsAny(List<Span> mentions, Span name) {
        for (Span mention : mentions) {
            if (mention.contains(name)) {
                return true;
            }
        }
        return false;
    }

    /** The country a title names: a demonym or country ("Russian ...") or an organisation's. */
    private String titleCountry(List<NameMatch> matches, Span title) {
        for (NameMatch match : matches) {
            if (!title.contains(match.span())) {
                continue;
            }
            NameEntry actor = match.first(NameEntry.Kind.ACTOR);
            if (actor != null) {
                ActorDef org = gazetteer.actor(actor.codes().get(0));
                if (org.country() != null) {
                    return org.country();
                }
                continue;
            }
            for (NameEntry entry : match.entries()) {
                if (entry.kind() == NameEntry.Kind.DEMONYM || entry.kind() == NameEntry.Kind.COUNTRY) {
                    return entry.country();
                }
            }
        }
        return null;
    }

    /**
     * Adds the standalone mentions of each person's surname ("Kerry" after "John Kerry") that no
     * other name has claimed, person by person in the order found. A surname shared by two
     * people with a given name is left alone. A surname opening on an ASCII capital (nearly all)
     * is looked for only at the words opening on that capital ({@link CapitalWords}) when the
     * story has {@link #INDEXED_SEARCHES} or more surnames to look for; any other, and every
     * surname of a story with fewer, by {@code String.indexOf} over the whole story.
     */
    private static void corefSurnames(String text, WordBits bits, ClaimedText claimed, Map<String, Found> found) {
        int n = 0;
        Found[] persons = new Found[found.size()];
        String[] surnames = new String[persons.length]; // split once per person, not once per use
        boolean[] counted = new boolean[persons.length]; // a given name and a surname: counts as a surname
        for (Found f : found.values()) {
            if (f.def.isPerson()) {
                persons[n] = f;
                surnames[n] = f.def.surname();
                counted[n] = f.def.name().contains(" ");
                n++;
            }
        }
        boolean[] alone = new boolean[n]; // a surname exactly one person with a given name has
        int searches = 0;
        for (int i = 0; i < n; i++) {
            alone[i] = countOf(surnames[i], surnames, counted, n) == 1;
            searches += alone[i] ? 1 : 0;
        }
        // listing the capitals costs about as much as one or two searches of the story
        CapitalWords capitalWords = searches >= INDEXED_SEARCHES ? new CapitalWords(text, bits) : null;
        for (int i = 0; i < n; i++) {
            if (!alone[i]) {
                continue;
            }
            String surname = surnames[i];
            Found f = persons[i];
            if (capitalWords != null && !surname.isEmpty() && Chars.isAsciiUpperCase(surname.charAt(0))) {
                for (int k = capitalWords.first(surname.charAt(0)); k >= 0; k = capitalWords.next(k)) {
                    int at = capitalWords.at(k);
                    if (text.startsWith(surname, at)) {
                        addSurnameMention(text, at, surname, claimed, f);
                    }
                }
            } else {
                for (int at = text.indexOf(surname); at >= 0; at = text.indexOf(surname, at + 1)) {
                    addSurnameMention(text, at, surname, claimed, f);
                }
            }
        }
    }

    /** How many people with a given name have {@code surname}: what a count per surname held. */
    private static int countOf(String surname, String[] surnames, boolean[] counted, int n) {
        int count = 0;
        for (int j = 0; j < n; j++) {
            if (counted[j] && surnames[j].equals(surname)) {
                count++;
            }
        }
        return count;
    }

    private static void addSurnameMention(String text, int at, String surname, ClaimedText claimed, Found f) {
        Span span = new Span(at, at + surname.length());
        if (standsAlone(text, span) && !claimed.overlaps(span)) {
            f.mentions.add(span);
            claimed.claim(span);
        }
    }

    /** A whole word, not part of a hyphenated name, not "May 5". */
    private static boolean standsAlone(String text, Span span) {
        int before = span.start() - 1;
        int after = span.end();
        if (before >= 0 && (Character.isLetterOrDigit(text.charAt(before)) || text.charAt(before) == '-')) {
            return false;
        }
        if (after >= text.length()) {
            return true;
        }
        char next = text.charAt(after);
        boolean hyphenated = next == '-' && after + 1 < text.length() && Character.isLetter(text.charAt(after + 1));
        boolean dated = next == ' ' && after + 1 < text.length() && Character.isDigit(text.charAt(after + 1));
        return !Character.isLetterOrDigit(next) && !hyphenated && !dated;
    }
}
