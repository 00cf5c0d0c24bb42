package io.newswire.tagger;

import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Cuts the noun phrase that a cue governs out of the words next to it. */
final class SourceLocator {
    private static final int MAX_WORDS = 10;
    /** The literal words of TRAILING_FILLER's alternation, and the last words of its phrases. */
    private static final Set<String> FILLER_WORDS = Set.of("also", "later", "then", "has", "have", "had", "would",
            "will", "could", "once", "previously", "further", "again", "recently", "repeatedly", "reportedly",
            "earlier", "yesterday", "today", "tonight", "simply", "just", "publicly", "privately", "separately",
            "flatly", "only", "never", "often", "always", "was", "is", "did", "does", "do", "not", "himself",
            "herself", "themselves", "week", "month", "year", "night");
    private static final Pattern TRAILING_FILLER = Pattern.compile(
            "(?:\\s+(?:also|later|then|has|have|had|would|will|could|once|previously|further|again|recently"
            + "|repeatedly|reportedly|earlier|yesterday|today|tonight|simply|just|publicly|privately"
            + "|separately|flatly|only|never|often|always|was|is|did|does|do|not|himself|herself|themselves"
            + "|\\p{Ll}+ly"
            + "|(?:on|late|early)\\s+\\p{L}+day|last\\s+(?:week|month|year|night))|\\s*\\([^()]*\\))+\\s*$");
    private static final Pattern BOUNDARY = Pattern.compile(
            "[,;:()\\[\\]\u2014\u2013\"\u201C\u201D\\n]|\\s-\\s"
            + "|(?<!\\b(?:Mr|Mrs|Ms|Dr|Sen|Rep|Gov|Gen|Lt|Col|St|Jr|Sr|Prof|Rev|\\p{Lu}))[.!?]\\s"
            + "|\\b(?i:and|but|that|while|as|when|because|although"
            + "|though|if|so|since|where|whereas|after|before|then|or|which|who|whom|whose|what|how|whether|why|to)\\b");
    private static final Pattern FORWARD_END = Pattern.compile(
            "[,;:()\\[\\]\u2014\u2013\"\u201C\u201D\\n.!?]|\\s-\\s|\\b(?:who|whom|whose|which|that|in|on|at|during"
            + "|after|before|when|while|as|because|speaking|adding|saying|told|said|to|and|but|earlier|later"
            + "|last|this|on)\\b");
    /** An inverted source opens on a capital, a determiner or numeral, or a pronoun. */
    private static final Pattern INVERTED_START = Pattern.compile(
            "(?<pronoun>\\b(?i:he|she|they|we)\\b)|\\p{Lu}|\\p{N}|(?:a|an|the|another|one|two|three|four|five|several|some"
            + "|many|other|his|her|their|its|people|officials|sources|diplomats|analysts|experts|critics|residents"
            + "|witnesses|aides|police|authorities|reports|documents|data|polls)\\b");
    private static final String FUNCTION_WORD = "(?!(?:The|A|An|At|In|On|During|After|Before|When|While|As|But|And|For"
            + "|With|From|Following|Since|If|Though|Although|Because|By|To|Of|Over|Under|Despite|Last|This|That|It"
            + "|There|Here|Then|So|Yet|Still|Also|However|Meanwhile|Now|Earlier|Later)\\b)";
    private static final Pattern SENTENCE_SUBJECT = Pattern.compile(
            "\\s*((?:He|She|They)\\b|(?:(?:The|A|An)\\s+)?" + FUNCTION_WORD + "(?:\\p{Lu}[\\p{L}.'\u2019-]*\\s+)*\\p{Lu}[\\p{L}'\u2019-]*(?=\\s+\\p{Ll}))");
    private static final Pattern APPOSITIVE_START = Pattern.compile(
            "\\s*(?:the|a|an|his|her|their|its|commander|minister|secretary|spokesman|spokeswoman|spokesperson"
            + "|president|head|chief|leader|director|chairman|chairwoman|ambassador|envoy|governor|mayor|senator"
            + "|adviser|advisor|member|official)\\s", Pattern.CASE_INSENSITIVE);
    /** Where a BOUNDARY match can start: a mark, a space before "-", "." "!" "?" or a conjunction's first letter. */
    private static final RegionScan.Candidate BOUNDARY_START = (t, i, to) -> {
        char c = t.charAt(i);
        return ",;:()[]\u2014\u2013\"\u201C\u201D\n.!?".indexOf(c) >= 0
                || isSpace(c) && i + 1 < to && t.charAt(i + 1) == '-'
                || "aAbBtTwWiIsSoOhH".indexOf(c) >= 0 && (i == 0 || !Character.isLetterOrDigit(t.charAt(i - 1)))
                        && mayBeConjunction(t, i, to);
    };
    /** BOUNDARY's conjunctions, matched there as whole words ignoring ASCII case. */
    private static final String[] CONJUNCTIONS = {"and", "but", "that", "while", "as", "when", "because",
        "although", "though", "if", "so", "since", "where", "whereas", "after", "before", "then", "or", "which",
        "who", "whom", "whose", "what", "how", "whether", "why", "to"};
    /** Where a TRAILING_FILLER match can start: a space or a parenthesis. */
    private static final RegionScan.Candidate FILLER_START = (t, i, to) -> isSpace(t.charAt(i)) || t.charAt(i) == '(';

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
        int left = floor;
        RegionScan b = RegionScan.of(BOUNDARY, BOUNDARY_START, text, floor, right);
        while (b.find()) {
            left = b.end();
        }
        Span np = lastWords(text, left, right, MAX_WORDS);
        return np == null ? null : new SourceChunk(np, appositive);
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
        Matcher first = INVERTED_START.matcher(text).region(np.start(), np.end());
        boolean nounLike = first.lookingAt();
        if (inverted && !nounLike) {
            return null;
        }
        if (nounLike && first.group("pronoun") != null) {
            np = new Span(np.start(), first.end("pronoun"));
        }
        return new SourceChunk(np, appositiveAfter(text, np.end(), ceil));
    }

    /** Where the noun phrase from {@code from} stops; {@code from} itself when it opens on a boundary word. */
    private static int forwardEnd(String text, int from, int ceil) {
        Matcher e = FORWARD_END.matcher(text).region(from, ceil);
        while (e.find()) {
            boolean abbreviation = text.charAt(e.start()) == '.' && Sentences.isAbbreviation(text, e.start());
            boolean leading = text.substring(from, e.start()).isBlank();
            if (leading && Character.isLetter(text.charAt(e.start()))) {
                return from;
            }
            if (!abbreviation && !leading) {
                return e.start();
            }
        }
        return ceil;
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
        Matcher a = APPOSITIVE_START.matcher(text).region(at + 1, ceil);
        if (!a.lookingAt()) {
            return null;
        }
        int end = at + 1;
        while (end < ceil && (",.;:".indexOf(text.charAt(end)) < 0
                || text.charAt(end) == '.' && Sentences.isAbbreviation(text, end))) {
            end++;
        }
        return trimmedSpan(text, at + 1, end);
    }

    private static int stripFiller(String text, int floor, int right) {
        if (!mayEndInFiller(text, floor, right)) {
            return right;
        }
        RegionScan m = RegionScan.of(TRAILING_FILLER, FILLER_START, text, floor, right);
        return m.find() ? m.start() : right;
    }

    private static Span lastWords(String text, int left, int right, int max) {
        Span all = trimmedSpan(text, left, right);
        if (all == null) {
            return null;
        }
        int start = all.start();
        int count = wordCount(text, all.start(), all.end());
        int i = all.start();
        while (count > max) {
            while (i < all.end() && isSpace(text.charAt(i))) {
                i++;
            }
            while (i < all.end() && !isSpace(text.charAt(i))) {
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
            boolean space = isSpace(text.charAt(i));
            if (!space && !inWord) {
                n++;
            }
            inWord = !space;
        }
        return n;
    }

    /**
     * A TRAILING_FILLER match runs to the end, so the last token must be one of its words, end
     * in "ly", "day" or ")", or be week, month, year or night. Most sources end on a name and
     * skip the pattern.
     */
    private static boolean mayEndInFiller(String text, int floor, int right) {
        int end = right;
        while (end > floor && (isSpace(text.charAt(end - 1)) || isLineEnd(text.charAt(end - 1)))) {
            end--;
        }
        int start = end;
        while (start > floor && !isSpace(text.charAt(start - 1))) {
            start--;
        }
        String last = text.substring(start, end);
        return last.endsWith(")") || last.endsWith("ly") || last.endsWith("day") || FILLER_WORDS.contains(last);
    }

    /** Line terminators before which {@code $} matches, beyond those {@code \\s} covers. */
    private static boolean isLineEnd(char c) {
        return c == '\u0085' || c == '\u2028' || c == '\u2029';
    }

    /**
     * The letter run at {@code i} is one of the conjunctions, or has non-ASCII letters the
     * pattern's own case rules must judge: the conjunction branch needs a whole word.
     */
    private static boolean mayBeConjunction(String t, int i, int to) {
        int end = i;
        while (end < to && Character.isLetter(t.charAt(end))) {
            if (t.charAt(end) >= 0x80) {
                return true;
            }
            end++;
        }
        for (String word : CONJUNCTIONS) {
            if (word.length() == end - i && t.regionMatches(true, i, word, 0, end - i)) {
                return true;
            }
        }
        return false;
    }

    /** The characters {@code \\s} matches by default. */
    private static boolean isSpace(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r';
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
