package io.newswire.tagger;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/** Finds attribution cues (said, told reporters, according to, adding ...) in a text range. */
final class CueFinder {
    private static final String SOURCE_AFTER = "[Aa]ccording to";
    private static final List<String> PARTICIPLES = List.of("adding", "saying", "noting", "writing", "telling",
            "explaining", "insisting", "arguing", "warning", "asking", "stressing", "declaring", "recalling",
            "tweeting", "continuing", "calling", "describing", "labeling", "branding", "likening", "comparing",
            "characterizing", "characterising", "accusing", "blasting", "praising", "urging", "vowing", "promising",
            "claiming", "dismissing", "mocking", "chanting", "shouting", "commenting");
    private static final List<String> VERBS = List.of("said", "says", "say", "told", "tells", "tell", "added",
            "adds", "warned", "warns", "wrote", "writes", "stated", "noted", "asked", "asks", "explained",
            "explains", "insisted", "insists", "argued", "argues", "declared", "declares", "announced",
            "acknowledged", "acknowledges", "admitted", "admits", "claimed", "continued", "recalled", "recalls",
            "replied", "replies", "responded", "remarked", "tweeted", "stressed", "stresses", "emphasized",
            "emphasised", "cautioned", "conceded", "concedes", "concluded", "complained", "predicted", "predicts",
            "suggested", "urged", "observed", "countered", "quipped", "joked", "vowed", "confirmed", "testified",
            "shouted", "exclaimed", "boasted", "wondered", "posted", "reported", "reports", "yelled", "yells",
            "shouts", "screamed", "accused", "praised", "blasted", "slammed", "mocked", "hailed", "touted",
            "promised", "pledged", "decried", "lamented", "proclaimed", "called", "calls", "described",
            "describes", "dubbed", "labeled", "labelled", "branded", "termed", "likened", "likens", "compared",
            "compares", "characterized", "characterised", "characterizes", "condemned", "condemns", "lauded",
            "exhorted", "attacked", "attacks", "commented", "comments", "scolded", "sings", "sang", "chanted",
            "dismissed", "dismisses", "criticized", "criticised", "criticizes", "denounced", "derided", "ridiculed",
            "pleaded", "demanded", "referenced", "mentioned", "Said", "Says", "Asked");
    /** The specification of {@link #matchEnd}, which applies it by hand (see CueFinderTest). */
    static final Pattern CUE = Pattern.compile("(?<![\\p{L}-])(?:"
            + "(?<after>" + SOURCE_AFTER + ")"
            + "|(?<part>" + String.join("|", PARTICIPLES) + ")"
            + "|(?<verb>" + String.join("|", VERBS) + "))\\b");
    /**
     * The letter runs a cue can open with. The pattern ends on {@code \\b}, so a match always
     * starts a run of letters and, but for "according to", is the whole run: the pattern is tried
     * only at word starts whose run is in this set, instead of at every character.
     */
    private static final WordTable FIRST_WORDS = new WordTable(firstWords());
    private static final WordTable TAKES_OBJECT = new WordTable(
            List.of("told", "tells", "tell", "telling", "asked", "asks", "asking"));
    private static final WordTable PARTICIPLE_WORDS = new WordTable(PARTICIPLES);
    /** "according" but for its first letter, which the pattern takes in either case. */
    private static final String ACCORDING = "ccording";
    private static final int ACCORDING_TO_LENGTH = "according to".length();
    private static final WordTable NOT_OBJECT = new WordTable(List.of(
            "that", "in", "on", "at", "of", "with", "to", "after", "before", "during", "when", "while", "by",
            "from", "for", "about", "whether", "if", "how", "what", "why", "later", "then", "again", "also",
            "the", "a", "an"));

    /** Cues wholly inside {@code [from, to)}, in text order. */
    List<Cue> find(String text, int from, int to) {
        List<Cue> cues = new ArrayList<>(2);
        for (Cue cue = nextCue(text, from, to); cue != null; cue = nextCue(text, cue.verb().end(), to)) {
            int last = cues.size() - 1;
            if (last >= 0 && cues.get(last).full().end() > cue.verb().start()) {
                Cue previous = cues.get(last);
                cues.set(last, new Cue(previous.verb(), previous.verb(), previous.kind()));
            }
            cues.add(cue);
        }
        return cues;
    }

    /**
     * {@code find(text, from, to)}'s first cue, or {@code null}, without looking for the later
     * ones: only a cue opening inside the first one's object matters (it cuts the object off).
     */
    Cue first(String text, int from, int to) {
        Cue cue = nextCue(text, from, to);
        if (cue == null) {
            return null;
        }
        int objectEnd = cue.full().end();
        boolean cut = objectEnd > cue.verb().end() && nextCueStart(text, cue.verb().end(), objectEnd, to) >= 0;
        return cut ? new Cue(cue.verb(), cue.verb(), cue.kind()) : cue;
    }

    /** The first cue starting in {@code [from, to)}, or {@code null}. */
    private static Cue nextCue(String text, int from, int to) {
        long found = nextMatch(text, from, to, to);
        if (found < 0) {
            return null;
        }
        int at = (int) (found >>> 32);
        int end = (int) found;
        Span verb = new Span(at, end);
        Cue.Kind kind = isAccordingTo(text, at, end) ? Cue.Kind.SOURCE_AFTER
                : PARTICIPLE_WORDS.contains(text, at, end) ? Cue.Kind.PARTICIPLE : Cue.Kind.VERB;
        return new Cue(verb, withObject(text, verb, to), kind);
    }

    /** Whether the match {@code [at, end)} is "according to": every other match is a letter run. */
    private static boolean isAccordingTo(String text, int at, int end) {
        return end - at == ACCORDING_TO_LENGTH && text.charAt(end - 3) == ' ';
    }

    /** The start of the first cue in {@code [from, stop)}, read up to {@code to}, or -1. */
    private static int nextCueStart(String text, int from, int stop, int to) {
        long found = nextMatch(text, from, stop, to);
        return found < 0 ? -1 : (int) (found >>> 32);
    }

    /**
     * The first cue starting in {@code [from, stop)} whose match (read up to {@code to}) ends
     * within {@code to}: its start in the high and its end in the low half, or -1. One pass over
     * the words: a word start is a letter after no letter, and only a letter run in
     * {@link #FIRST_WORDS} is tried against the pattern.
     */
    private static long nextMatch(String text, int from, int stop, int to) {
        int i = from;
        while (i < stop) {
            if (!Chars.isLetter(text.charAt(i)) || i > 0 && Chars.isLetter(text.charAt(i - 1))) {
                i++;
                continue;
            }
            int wordEnd = wordEnd(text, i, to);
            if (FIRST_WORDS.contains(text, i, wordEnd)) {
                int end = matchEnd(text, i, wordEnd, to);
                if (end >= 0) {
                    return (long) i << 32 | end;
                }
            }
            i = wordEnd;
        }
        return -1;
    }

    /**
     * Where {@link #CUE} matches from {@code at} (a candidate word start whose letter run ends at
     * {@code wordEnd}) within {@code [at, to)} with transparent bounds, or -1: the pattern, done
     * by hand because it is tried at every candidate word of every range. Its alternatives are
     * letters only, but for "according to", and end on {@code \b}, so a match is the whole
     * letter run or "according to"; the look-behind sees the character before {@code at}.
     */
    static int matchEnd(String text, int at, int wordEnd, int to) {
        if (at > 0 && (Character.isLetter(text.charAt(at - 1)) || text.charAt(at - 1) == '-')) {
            return -1;
        }
        if (wordEnd - at == ACCORDING.length() + 1 && text.startsWith(ACCORDING, at + 1)
                && (text.charAt(at) == 'a' || text.charAt(at) == 'A')) {
            int end = wordEnd + 3;
            return end <= to && text.startsWith(" to", wordEnd) && !Chars.isRegexWordAt(text, end) ? end : -1;
        }
        return Chars.isRegexWordAt(text, wordEnd) ? -1 : wordEnd;
    }

    private static int wordEnd(String text, int start, int to) {
        int end = start;
        while (end < to && Chars.isLetter(text.charAt(end))) {
            end++;
        }
        return end;
    }

    private static Set<String> firstWords() {
        Set<String> words = new HashSet<>(PARTICIPLES);
        words.addAll(VERBS);
        words.add("According");
        words.add("according");
        return Set.copyOf(words);
    }

    private static Span withObject(String text, Span verb, int to) {
        if (!TAKES_OBJECT.contains(text, verb.start(), verb.end())) {
            return verb;
        }
        Span object = CueObject.after(text, verb.end(), to);
        if (object == null || NOT_OBJECT.contains(text, object.start(), object.end())) {
            return verb;
        }
        return new Span(verb.start(), object.end());
    }
}
