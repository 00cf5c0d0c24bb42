package io.newswire.tagger;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Title coreference: "the secretary" after "US Secretary of State John Kerry" is another mention
 * of Kerry. A definite title ("the minister", "the foreign minister") becomes a mention of the
 * person whose role holds the title's words and whom the story itself gave that title next to
 * an earlier mention ("Secretary of State John Kerry", "Kirby, a State Department spokesman"):
 * a dictionary role alone is not enough, since it may not fit the story's date ("the president"
 * in an undated 2016 story is not Donald Trump). Two people who fit ("President Trump met
 * President Xi") leave the title unresolved. A title followed by "of"
 * or by a name ("the president of the company", "the minister Sergei Lavrov") introduces someone
 * rather than referring back, and is left alone.
 */
final class TitleCoreference {
    static final Pattern DEFINITE_TITLE = Pattern.compile(
            "\\b[Tt]he ((?:(?:foreign|defen[cs]e|prime|vice|deputy|interior|finance|economy|trade|justice) )?"
                    + "(?:secretary(?:[- ]general)?+|minister|president|spokesman|spokeswoman|spokesperson|ambassador|envoy"
                    + "|chancellor|governor|mayor|senator|commander|king|queen|pope))"
                    + "(?![\\w-])(?! of\\b)(?!,? [A-Z])");
    /** Every word that may follow "the " in {@link #DEFINITE_TITLE}: the pattern is tried only after one. */
    private static final WordTable FIRST_WORDS = new WordTable(List.of("foreign", "defence", "defense", "prime",
            "vice", "deputy", "interior", "finance", "economy", "trade", "justice", "secretary", "minister",
            "president", "spokesman", "spokeswoman", "spokesperson", "ambassador", "envoy", "chancellor",
            "governor", "mayor", "senator", "commander", "king", "queen", "pope"));
    private static final Pattern WORDS = Pattern.compile("[^\\p{L}]+");
    /** Words that make a role a different office from its head word: a vice-president is not the president. */
    private static final List<String> RANK_WORDS = List.of("vice", "deputy", "assistant", "under");
    /** How far before or after a mention the story's own title for the person may stand. */
    private static final int TITLE_WINDOW = 48;

    private TitleCoreference() {}

    /** The actors with a mention added for each definite title that refers back to one of them. */
    static List<ActorTag> add(String text, WordBits bits, List<ActorTag> actors) {
        if (!anyPersonWithRole(actors)) {
            return actors; // nobody a title could refer back to: skip the scan of the text
        }
        long[] threeLetterWords = threeLetterWordStarts(bits);
        List<List<Span>> added = null; // per actor, made at the first title that refers back
        Matcher m = null; // made at the first "the" before a title word
        List<List<String>> roleWords = null; // split once per story, at the first title
        int next = 0; // where the last title found ends: the search goes on from there
        for (int w = 0; w < threeLetterWords.length; w++) {
            for (long rest = threeLetterWords[w]; rest != 0; rest &= rest - 1) {
                int at = w << 6 | Long.numberOfTrailingZeros(rest);
                if (at < next || !opensThe(text, at) || !FIRST_WORDS.containsLowerCaseRunAt(text, at + 4)) {
                    continue;
                }
                if (m == null) {
                    m = DEFINITE_TITLE.matcher(text).useTransparentBounds(true).useAnchoringBounds(false);
                }
                if (!m.region(at, text.length()).lookingAt()) {
                    continue;
                }
                next = m.end();
                Span title = new Span(m.start(), m.end());
                if (roleWords == null) {
                    roleWords = roleWords(actors);
                }
                int actor = onlyTitledWithRole(text, actors, roleWords, m.group(1).toLowerCase(Locale.ROOT), title.start());
                if (actor >= 0 && !mentioned(actors, title)) {
                    if (added == null) {
                        added = new ArrayList<>(actors.size());
                        for (int i = 0; i < actors.size(); i++) {
                            added.add(new ArrayList<>());
                        }
                    }
                    added.get(actor).add(title);
                }
            }
        }
        if (added == null) {
            return actors;
        }
        List<ActorTag> result = new ArrayList<>(actors.size());
        for (int i = 0; i < actors.size(); i++) {
            ActorTag a = actors.get(i);
            if (added.get(i).isEmpty()) {
                result.add(a);
            } else {
                List<Span> mentions = new ArrayList<>(a.mentions());
                mentions.addAll(added.get(i));
                ByStart.sortSpans(mentions);
                result.add(new ActorTag(a.id(), a.name(), a.type(), a.role(), a.country(), mentions));
            }
        }
        return result;
    }

    /** True when some actor is a person with a role: only such a person can be referred back to. */
    private static boolean anyPersonWithRole(List<ActorTag> actors) {
        for (int i = 0; i < actors.size(); i++) {
            if (actors.get(i).isPerson() && actors.get(i).role() != null) {
                return true;
            }
        }
        return false;
    }

    /**
     * Index of the one person whose role holds every word of the title (and no rank word the
     * title lacks: "the president" is not the vice-president) and who was given the title beside
     * a mention before {@code pos}; -1 when none or when two people qualify ("President Trump
     * met President Xi ... the president said" names neither for sure).
     */
    private static int onlyTitledWithRole(String text, List<ActorTag> actors, List<List<String>> roleWords,
            String title, int pos) {
        List<String> titleWords = Arrays.asList(WORDS.split(title));
        String head = titleWords.get(titleWords.size() - 1);
        int found = -1;
        for (int i = 0; i < actors.size(); i++) {
            ActorTag a = actors.get(i);
            if (!a.isPerson() || a.role() == null || !roleFits(roleWords.get(i), titleWords)) {
                continue;
            }
            boolean titled = false;
            for (Span s : a.mentions()) {
                if (s.end() <= pos && titledBeside(text, s, head)) {
                    titled = true;
                    break;
                }
            }
            if (titled) {
                if (found >= 0) {
                    return -1;
                }
                found = i;
            }
        }
        return found;
    }

    /** Each actor's role split into lower-case words, {@code null} for an actor without a role. */
    private static List<List<String>> roleWords(List<ActorTag> actors) {
        List<List<String>> words = new ArrayList<>(actors.size());
        for (ActorTag a : actors) {
            words.add(a.role() == null ? null : Arrays.asList(WORDS.split(a.role().toLowerCase(Locale.ROOT))));
        }
        return words;
    }

    /**
     * The starts of the story's three-letter words, from its {@link WordBits}: a start whose next
     * two characters are word characters and the third is not. {@link #DEFINITE_TITLE} opens on
     * {@code \b[Tt]he }, so it can match only at one of them: its {@code \b} needs a character
     * before that is no letter or digit, and "the" a space after it. A story has some hundred
     * such words, where a search for "he " stops at every "the", "he", "she" and "theme".
     */
    static long[] threeLetterWordStarts(WordBits bits) {
        long[] words = bits.words();
        long[] starts = bits.starts();
        long[] three = new long[words.length];
        for (int w = 0; w < words.length; w++) {
            long next = w + 1 < words.length ? words[w + 1] : 0; // bits past the end are clear
            long second = words[w] >>> 1 | next << 63;
            long third = words[w] >>> 2 | next << 62;
            long fourth = words[w] >>> 3 | next << 61;
            three[w] = starts[w] & second & third & ~fourth;
        }
        return three;
    }

    /**
     * True when "the " or "The " starts at {@code at}: with {@link #threeLetterWordStarts}, the
     * only places the pattern can match, found without running it at every character.
     */
    static boolean opensThe(String text, int at) {
        char t = text.charAt(at);
        return (t == 't' || t == 'T') && text.startsWith("he ", at + 1);
    }

    private static boolean roleFits(List<String> roleWords, List<String> titleWords) {
        if (!roleWords.containsAll(titleWords)) {
            return false;
        }
        for (String rank : RANK_WORDS) {
            if (roleWords.contains(rank) && !titleWords.contains(rank)) {
                return false;
            }
        }
        return true;
    }

    /** The title's head word written as a word just before or just after the mention ("presidential" is not "president"). */
    private static boolean titledBeside(String text, Span mention, String head) {
        int from = Math.max(0, mention.start() - TITLE_WINDOW);
        int to = Math.min(text.length(), mention.end() + TITLE_WINDOW);
        if (Chars.isAscii(text, from, to)) {
            return holdsWord(text, from, mention.start(), head) || holdsWord(text, mention.end(), to, head);
        }
        String around = text.substring(from, mention.start()) + " " + text.substring(mention.end(), to);
        return Arrays.asList(WORDS.split(around.toLowerCase(Locale.ROOT))).contains(head);
    }

    /**
     * True when a maximal run of letters in {@code text[from, to)} (cut at the range's ends) is
     * {@code word} but for ASCII case: for an ASCII range, what splitting the lower-cased range
     * at non-letters and looking for the word gives, without the strings.
     */
    private static boolean holdsWord(String text, int from, int to, String word) {
        int i = from;
        while (i < to) {
            while (i < to && !Chars.isAsciiLetter(text.charAt(i))) {
                i++;
            }
            int start = i;
            while (i < to && Chars.isAsciiLetter(text.charAt(i))) {
                i++;
            }
            if (i - start == word.length() && text.regionMatches(true, start, word, 0, word.length())) {
                return true;
            }
        }
        return false;
    }

    private static boolean mentioned(List<ActorTag> actors, Span span) {
        for (ActorTag a : actors) {
            for (Span s : a.mentions()) {
                if (s.overlaps(span)) {
                    return true;
                }
            }
        }
        return false;
    }
}
