package io.newswire.tagger;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.IntStream;

/**
 * A title head followed by a capitalised name ("Foreign Minister Sergei Lavrov", "spokesman, Ned
 * Price"), matched by hand at a given position. {@link #SPECIFICATION} is the pattern this
 * matcher is equivalent to, with the same preferences when several matches are possible (head
 * forms in order, the hyphenated word part and the longest name first); the pattern cost about
 * 300 ns per try, and a story with many officials tries it dozens of times.
 * {@code TitledNameTest} compares both on real and generated text.
 */
final class TitledName {
    /** Title heads in the order the pattern tries them; {@code [Xx]} and {@code (?:a|b)} expand to every spelling. */
    private static final List<String> HEAD_FORMS = List.of(
            "(?:Prime|Foreign|Defen[cs]e|Interior|Finance|Economy|Justice|Oil|Trade|Energy|Health) [Mm]inister",
            "Minister", "Secretary of State", "Secretary[- ]General", "Secretary", "[Ss]pokes(?:man|woman|person)",
            "Chancellor", "Vice President", "President", "[Aa]mbassador", "[Ee]nvoy", "Governor", "Mayor", "Senator",
            "General", "[Cc]ommander", "[Cc]hief", "[Cc]hairman", "[Cc]hairwoman", "[Dd]irector", "[Ll]eader",
            "Crown Prince", "King", "Queen", "Speaker", "Premier", "[Mm]inister");
    private static final String WORD = "[A-Z][a-z]+(?:-[A-Z]?[a-z]+)?";
    private static final String PARTICLE = "(?:(?:al|bin|ibn|de|da|van|von|der|del|el|la|le|abu)[ -])?";
    private static final List<String> PARTICLES =
            List.of("al", "bin", "ibn", "de", "da", "van", "von", "der", "del", "el", "la", "le", "abu");
    /**
     * Bit {@code c & 63} for each first character {@code c} of a particle: a character on no such
     * bit opens no particle (one on a particle's bit only runs the comparisons).
     */
    private static final long PARTICLE_FIRST_CHARS =
            PARTICLES.stream().mapToLong(p -> 1L << (p.charAt(0) & 63)).reduce(0, (a, b) -> a | b);
    /** What {@link #at} matches: group 1 the head, group 2 the name. */
    static final Pattern SPECIFICATION = Pattern.compile("((?:" + String.join("|", HEAD_FORMS) + ")),? ("
            + WORD + "(?: " + PARTICLE + WORD + "){1,2})\\b");
    /** Each head form as its literal spellings; at most one spelling of a form fits a text. */
    private static final String[][] HEADS = HEAD_FORMS.stream().map(f -> expand(f).toArray(String[]::new))
            .toArray(String[][]::new);
    /**
     * Per ASCII first character, the indices of {@link #HEADS} with a spelling opening on it, in
     * order: a try looks only at the forms that can fit ("Foreign ..." skips the other 26).
     */
    private static final int[][] HEADS_BY_FIRST_CHAR = new int[0x80][];

    static {
        for (char c = 0; c < HEADS_BY_FIRST_CHAR.length; c++) {
            final char first = c;
            HEADS_BY_FIRST_CHAR[c] = IntStream.range(0, HEADS.length)
                    .filter(form -> Arrays.stream(HEADS[form]).anyMatch(h -> h.charAt(0) == first))
                    .toArray();
        }
    }

    /** The most names a title takes: a first word and up to two more. */
    private static final int MAX_MORE_WORDS = 2;

    /** Where the head and the name are. */
    record Match(int headStart, int headEnd, int nameStart, int nameEnd) {}

    private TitledName() {}

    /** The match starting at {@code at}, as {@code SPECIFICATION.matcher(text).region(at, length).lookingAt()} finds it, or null. */
    static Match at(String text, int at) {
        char first = at < text.length() ? text.charAt(at) : 0x80;
        if (first >= 0x80) {
            return null; // every head opens on an ASCII letter
        }
        for (int form : HEADS_BY_FIRST_CHAR[first]) {
            int headEnd = headEnd(text, at, HEADS[form]);
            if (headEnd < 0) {
                continue;
            }
            int space = headEnd < text.length() && text.charAt(headEnd) == ',' ? headEnd + 1 : headEnd;
            if (space < text.length() && text.charAt(space) == ' ') {
                int nameEnd = name(text, space + 1);
                if (nameEnd >= 0) {
                    return new Match(at, headEnd, space + 1, nameEnd);
                }
            }
        }
        return null;
    }

    private static int headEnd(String text, int at, String[] spellings) {
        for (String spelling : spellings) {
            if (text.startsWith(spelling, at)) {
                return at + spelling.length();
            }
        }
        return -1;
    }

    /** The end of a name starting at {@code at}, or -1. */
    private static int name(String text, int at) {
        return wordThenMore(text, at, 0);
    }

    /** A word at {@code at} (hyphenated first, then plain), then what {@link #moreWords} allows. */
    private static int wordThenMore(String text, int at, int more) {
        int plain = wordEnd(text, at);
        if (plain < 0) {
            return -1;
        }
        int hyphenated = hyphenPartEnd(text, plain);
        if (hyphenated >= 0) {
            int end = moreWords(text, hyphenated, more);
            if (end >= 0) {
                return end;
            }
        }
        return moreWords(text, plain, more);
    }

    /**
     * After a word ending at {@code pos} and {@code more} further words: another word if one
     * fits (greedy, as {@code {1,2}} is), else the end here if at least one was taken and a word
     * boundary follows. Without its particle a word would start on the particle's lower-case
     * letter, so the particle, when there is one, is never given back.
     */
    private static int moreWords(String text, int pos, int more) {
        if (more < MAX_MORE_WORDS && pos < text.length() && text.charAt(pos) == ' ') {
            int found = wordThenMore(text, particleEnd(text, pos + 1), more + 1);
            if (found >= 0) {
                return found;
            }
        }
        return more >= 1 && !Chars.isRegexWordAt(text, pos) ? pos : -1; // \b after a letter
    }

    /** After an optional particle and its space or hyphen at {@code at}: where the word starts. */
    private static int particleEnd(String text, int at) {
        if (at >= text.length() || (PARTICLE_FIRST_CHARS & 1L << (text.charAt(at) & 63)) == 0) {
            return at; // no particle opens on this character: most often a capital, the name's next word
        }
        for (String particle : PARTICLES) {
            int end = at + particle.length();
            if (text.startsWith(particle, at) && end < text.length()
                    && (text.charAt(end) == ' ' || text.charAt(end) == '-')) {
                return end + 1;
            }
        }
        return at;
    }

    /**
     * The end of {@code [A-Z][a-z]+} at {@code at}, or -1. Only whole lower-case runs count: a
     * shorter run ends before a letter, where neither another word nor a boundary can follow.
     */
    private static int wordEnd(String text, int at) {
        if (at >= text.length() || !Chars.isAsciiUpperCase(text.charAt(at))) {
            return -1;
        }
        int end = Chars.asciiLowerCaseRunEnd(text, at + 1);
        return end == at + 1 ? -1 : end;
    }

    /**
     * The end of {@code -[A-Z]?[a-z]+} right after a word ending at {@code wordEnd} (a
     * hyphenated word's second part), or -1 when there is none.
     */
    private static int hyphenPartEnd(String text, int wordEnd) {
        int n = text.length();
        if (wordEnd >= n || text.charAt(wordEnd) != '-') {
            return -1;
        }
        int part = wordEnd + 1;
        int upper = part < n && Chars.isAsciiUpperCase(text.charAt(part)) ? part + 1 : part;
        int partEnd = Chars.asciiLowerCaseRunEnd(text, upper);
        // [A-Z]? taken but no lower case after it: without it, [a-z]+ needs a lower-case letter there
        return partEnd > upper ? partEnd : -1;
    }

    /** Every literal spelling of a head form with {@code [Xy]} classes and one {@code (?:a|b)} group. */
    static List<String> expand(String form) {
        List<String> out = new ArrayList<>();
        int group = form.indexOf("(?:");
        if (group >= 0) {
            int close = form.indexOf(')', group);
            for (String option : form.substring(group + 3, close).split("\\|")) {
                out.addAll(expand(form.substring(0, group) + option + form.substring(close + 1)));
            }
            return out;
        }
        int bracket = form.indexOf('[');
        if (bracket >= 0) {
            int close = form.indexOf(']', bracket);
            for (char c : form.substring(bracket + 1, close).toCharArray()) {
                out.addAll(expand(form.substring(0, bracket) + c + form.substring(close + 1)));
            }
            return out;
        }
        out.add(form);
        return out;
    }
}
