package io.newswire.tagger;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Cuts the noun phrase that a cue governs out of the words next to it. */
final class SourceLocator {
    private static final int MAX_WORDS = 10;
    private static final Pattern TRAILING_FILLER = Pattern.compile(
            "(?:\\s+(?:also|later|then|has|have|had|would|will|could|once|previously|further|again|recently"
            + "|repeatedly|reportedly|earlier|yesterday|today|tonight|simply|just|publicly|privately"
            + "|separately|flatly|only|never|often|always|was|is|did|does|do|not|himself|herself|themselves"
            + "|\\p{Ll}+ly"
            + "|(?:on|late|early)\\s+\\p{L}+day|last\\s+(?:week|month|year|night))|\\s*\\([^()]*\\))+\\s*$");
    /** Where an inverted source or the object of "according to" ends; by hand in {@link SourceBoundary#forwardMatchAt}. */
    static final Pattern FORWARD_END = Pattern.compile(
            "[,;:()\\[\\]\u2014\u2013\"\u201C\u201D\\n.!?]|\\s-\\s|\\b(?:who|whom|whose|which|that|in|on|at|during"
            + "|after|before|when|while|as|because|speaking|adding|saying|told|said|to|and|but|earlier|later"
            + "|last|this|on)\\b");
    /**
     * An inverted source opens on a capital, a determiner or numeral, or a pronoun. The
     * specification of {@link #invertedStart}, which applies it by hand.
     */
    static final Pattern INVERTED_START = Pattern.compile(
            "(?<pronoun>\\b(?i:he|she|they|we)\\b)|\\p{Lu}|\\p{N}|(?:a|an|the|another|one|two|three|four|five|several|some"
            + "|many|other|his|her|their|its|people|officials|sources|diplomats|analysts|experts|critics|residents"
            + "|witnesses|aides|police|authorities|reports|documents|data|polls)\\b");
    private static final String FUNCTION_WORD = "(?!(?:The|A|An|At|In|On|During|After|Before|When|While|As|But|And|For"
            + "|With|From|Following|Since|If|Though|Although|Because|By|To|Of|Over|Under|Despite|Last|This|That|It"
            + "|There|Here|Then|So|Yet|Still|Also|However|Meanwhile|Now|Earlier|Later)\\b)";
    private static final Pattern SENTENCE_SUBJECT = Pattern.compile(
            "\\s*((?:He|She|They)\\b|(?:(?:The|A|An)\\s+)?" + FUNCTION_WORD + "(?:\\p{Lu}[\\p{L}.'\u2019-]*\\s+)*\\p{Lu}[\\p{L}'\u2019-]*(?=\\s+\\p{Ll}))");
    /** The specification of {@link #appositiveStartAt}, which applies it by hand. */
    static final Pattern APPOSITIVE_START = Pattern.compile(
            "\\s*(?:the|a|an|his|her|their|its|commander|minister|secretary|spokesman|spokeswoman|spokesperson"
            + "|president|head|chief|leader|director|chairman|chairwoman|ambassador|envoy|governor|mayor|senator"
            + "|adviser|advisor|member|official)\\s", Pattern.CASE_INSENSITIVE);
    private static final Pattern PARTICIPLE_LEAD = Pattern.compile(
            "(?:speaking|declining|asking|requesting|citing|talking|insisting|who\\s+spoke|who\\s+asked)\\b",
            Pattern.CASE_INSENSITIVE);

    private static final WordTable APPOSITIVE_WORDS = new WordTable(List.of("the", "a", "an", "his", "her", "their",
            "its", "commander", "minister", "secretary", "spokesman", "spokeswoman", "spokesperson", "president", "head",
            "chief", "leader", "director", "chairman", "chairwoman", "ambassador", "envoy", "governor", "mayor",
            "senator", "adviser", "advisor", "member", "official"));

    private static final List<String> PARTICIPLE_PREFIXES = List.of("spe", "dec", "ask", "req", "cit", "tal", "ins", "who");

    private SourceLocator() {}

    /** The subject noun phrase ending just before {@code cueStart}, not reaching before {@code floor}. */
    static SourceChunk before(String text, int floor, int cueStart) {
        if (floor >= cueStart) {
            return null;
        }
        int right = stripFiller(text, floor, cueStart);
        Span appositive = null;
        int trimmed = trimEnd(text, floor, right);
        if (trimmed > floor && text.charAt(trimmed - 1) == ',') {
            int comma = text.lastIndexOf(',', trimmed - 2);
            if (comma < floor || wordCount(text, comma + 1, trimmed - 1) > 12) {
                return null;
            }
            appositive = trimmedSpan(text, comma + 1, trimmed - 1);
            right = comma;
        }
        int left = SourceBoundary.lastEnd(text, floor, right);
        Span np = lastWords(text, left, right, MAX_WORDS);
        if (np != null && appositive == null && mayLeadWithParticiple(text, np)
                && PARTICIPLE_LEAD.matcher(text).region(np.start(), np.end()).lookingAt()) {
            // "Two officials, speaking on condition of anonymity told ...": the participle phrase
            // is an aside; the source is the noun phrase before its comma
            int comma = text.lastIndexOf(',', np.start());
            SourceChunk head = comma > floor ? before(text, floor, comma) : null;
            if (head != null) {
                return new SourceChunk(head.span(), np);
            }
        }
        return np == null ? null : new SourceChunk(np, appositive);
    }

    /** A necessary condition of PARTICIPLE_LEAD: the phrase opens on the first three letters of one of its words. */
    private static boolean mayLeadWithParticiple(String text, Span np) {
        char first = text.charAt(np.start());
        if (first < 0x80) {
            // each prefix has its own initial
            int k = "sdarctiw".indexOf(Character.toLowerCase(first));
            return k >= 0 && text.regionMatches(true, np.start(), PARTICIPLE_PREFIXES.get(k), 0, 3);
        }
        for (String prefix : PARTICIPLE_PREFIXES) {
            if (text.regionMatches(true, np.start(), prefix, 0, prefix.length())) {
                return true;
            }
        }
        return false;
    }

    /**
     * The noun phrase starting just after {@code from}, not reaching past {@code ceil}. An
     * inverted subject ({@code said Kirby}) must open like a noun phrase; the object of
     * "according to" may open on any word ("according to conservative host Rush Limbaugh").
     */
    static SourceChunk after(String text, int from, int ceil, boolean inverted) {
        Span np = trimmedSpan(text, from, forwardEnd(text, from, ceil));
        if (np == null || wordCount(text, np.start(), np.end()) > MAX_WORDS) {
            return null;
        }
        int first = invertedStart(text, np.start(), np.end());
        boolean nounLike = first != NOT_NOUN_LIKE;
        if (inverted && !nounLike) {
            return null;
        }
        if (first >= 0) {
            np = new Span(np.start(), first);
        }
        return new SourceChunk(np, appositiveAfter(text, np.end(), ceil));
    }

    /** What {@link #invertedStart} returns when {@link #INVERTED_START} does not match. */
    static final int NOT_NOUN_LIKE = -2;
    /** What {@link #invertedStart} returns when {@link #INVERTED_START} matches without its pronoun. */
    static final int NOUN_LIKE = -1;
    private static final String[] PRONOUNS = {"he", "she", "they", "we"};
    private static final String[] NOUN_OPENERS = {"a", "an", "the", "another", "one", "two", "three", "four", "five",
        "several", "some", "many", "other", "his", "her", "their", "its", "people", "officials", "sources", "diplomats",
        "analysts", "experts", "critics", "residents", "witnesses", "aides", "police", "authorities", "reports",
        "documents", "data", "polls"};
    private static final int NUMBER_TYPES = 1 << Character.DECIMAL_DIGIT_NUMBER | 1 << Character.LETTER_NUMBER
            | 1 << Character.OTHER_NUMBER;

    /**
     * {@link #INVERTED_START} looking at {@code [from, to)} with its default opaque bounds, by
     * hand (it runs for every phrase after a cue): the pronoun's end when its pronoun branch
     * matches, {@link #NOUN_LIKE} when another branch does, else {@link #NOT_NOUN_LIKE}. The
     * branches are tried in the pattern's order; each word must end on {@code \b}.
     */
    static int invertedStart(String text, int from, int to) {
        if (from >= to) {
            return NOT_NOUN_LIKE;
        }
        for (String pronoun : PRONOUNS) {
            int end = from + pronoun.length();
            if (end <= to && asciiEqualsIgnoreCase(text, from, pronoun) && endsWordAt(text, end, to)) {
                return end;
            }
        }
        // a code point whose low surrogate lies past the region is no match, as the pattern reads it
        int cp = text.codePointAt(from);
        int type = Character.getType(cp);
        if (from + Character.charCount(cp) <= to
                && (type == Character.UPPERCASE_LETTER || (NUMBER_TYPES >> type & 1) != 0)) {
            return NOUN_LIKE;
        }
        for (String word : NOUN_OPENERS) {
            int end = from + word.length();
            if (end <= to && text.startsWith(word, from) && endsWordAt(text, end, to)) {
                return NOUN_LIKE;
            }
        }
        return NOT_NOUN_LIKE;
    }

    /** {@code \b} after a letter at {@code end} in a region ending at {@code to}: no word character follows. */
    private static boolean endsWordAt(String text, int end, int to) {
        return end >= to || !Chars.isRegexWordAt(text, end);
    }

    /** {@code text} at {@code from} spells the lower-case ASCII {@code word} but for the case of ASCII letters. */
    private static boolean asciiEqualsIgnoreCase(String text, int from, String word) {
        for (int k = 0; k < word.length(); k++) {
            char c = text.charAt(from + k);
            if ((Chars.isAsciiUpperCase(c) ? (char) (c + ('a' - 'A')) : c) != word.charAt(k)) {
                return false;
            }
        }
        return true;
    }

    /** Where the noun phrase from {@code from} stops; {@code from} itself when it opens on a boundary word. */
    private static int forwardEnd(String text, int from, int ceil) {
        int firstWord = from;
        while (firstWord < ceil && Character.isWhitespace(text.charAt(firstWord))) {
            firstWord++;
        }
        if (!SourceBoundary.isPlain(text, from, ceil)) {
            Matcher e = FORWARD_END.matcher(text).region(from, ceil);
            while (e.find()) {
                int end = endAt(text, from, firstWord, e.start());
                if (end >= 0) {
                    return end;
                }
            }
            return ceil;
        }
        int at = from;
        while (at < ceil) {
            int matchEnd = SourceBoundary.forwardMatchAt(text, from, at, ceil);
            if (matchEnd < 0) {
                at++;
                continue;
            }
            int end = endAt(text, from, firstWord, at);
            if (end >= 0) {
                return end;
            }
            at = matchEnd;
        }
        return ceil;
    }

    /**
     * What a FORWARD_END match at {@code start} makes of the phrase: {@code from} when it opens
     * on a boundary word, {@code start} when it ends it, -1 when it is an abbreviation's dot or
     * leading space and the scan goes on.
     */
    private static int endAt(String text, int from, int firstWord, int start) {
        boolean abbreviation = text.charAt(start) == '.' && Sentences.isAbbreviation(text, start);
        boolean leading = start <= firstWord;
        if (leading && Character.isLetter(text.charAt(start))) {
            return from;
        }
        return !abbreviation && !leading ? start : -1;
    }

    /** The name or pronoun opening a sentence ("Rival Hillary Clinton had mocked ..., saying"). */
    static SourceChunk sentenceSubject(String text, int start, int ceil) {
        Matcher m = SENTENCE_SUBJECT.matcher(text).region(start, ceil);
        return m.lookingAt() ? new SourceChunk(new Span(m.start(1), m.end(1)), null) : null;
    }

    private static Span appositiveAfter(String text, int at, int ceil) {
        if (at >= ceil || text.charAt(at) != ',') {
            return null;
        }
        if (!appositiveStartAt(text, at + 1, ceil)) {
            return null;
        }
        int end = at + 1;
        while (end < ceil && (",.;:".indexOf(text.charAt(end)) < 0
                || text.charAt(end) == '.' && Sentences.isAbbreviation(text, end))) {
            end++;
        }
        return trimmedSpan(text, at + 1, end);
    }

    /**
     * {@link #APPOSITIVE_START} looking at {@code [from, to)}, by hand: spaces, then a run of
     * characters up to the next space that is one of its words but for ASCII case (its
     * alternatives are letters and must be followed by a space, so no shorter run can match).
     */
    static boolean appositiveStartAt(String text, int from, int to) {
        int start = from;
        while (start < to && Chars.isRegexSpace(text.charAt(start))) {
            start++;
        }
        int end = start;
        while (end < to && !Chars.isRegexSpace(text.charAt(end))) {
            end++;
        }
        return end < to && APPOSITIVE_WORDS.containsIgnoreAsciiCase(text, start, end);
    }

    private static int stripFiller(String text, int floor, int right) {
        if (!SourcePatternHints.mayEndInFiller(text, floor, right)) {
            return right;
        }
        RegionScan m = RegionScan.of(TRAILING_FILLER, SourcePatternHints.FILLER_START, text, floor, right);
        return m.find() ? m.start() : right;
    }

    private static Span lastWords(String text, int left, int right, int max) {
        Span all = trimmedSpan(text, left, right);
        if (all == null) {
            return null;
        }
        int start = all.start();
        int count = wordCount(text, all.start(), all.end());
        if (count <= max) {
            return all; // trimming the trimmed span again gives it back
        }
        int i = all.start();
        while (count > max) {
            while (i < all.end() && Chars.isRegexSpace(text.charAt(i))) {
                i++;
            }
            while (i < all.end() && !Chars.isRegexSpace(text.charAt(i))) {
                i++;
            }
            count--;
            start = i;
        }
        return trimmedSpan(text, start, all.end());
    }

    /** Runs of non-space characters ({@code \\S+}) in {@code [from, to)}. */
    private static int wordCount(String text, int from, int to) {
        int n = 0;
        boolean inWord = false;
        for (int i = Math.max(from, 0); i < to; i++) {
            boolean space = Chars.isRegexSpace(text.charAt(i));
            if (!space && !inWord) {
                n++;
            }
            inWord = !space;
        }
        return n;
    }

    private static int trimEnd(String text, int floor, int right) {
        int r = right;
        while (r > floor && Character.isWhitespace(text.charAt(r - 1))) {
            r--;
        }
        return r;
    }

    static Span trimmedSpan(String text, int from, int to) {
        int s = from;
        int e = to;
        while (s < e && (Character.isWhitespace(text.charAt(s)) || text.charAt(s) == ',')) {
            s++;
        }
        while (e > s && (Character.isWhitespace(text.charAt(e - 1)) || text.charAt(e - 1) == ',')) {
            e--;
        }
        return s < e ? new Span(s, e) : null;
    }
}
