package io.newswire.tagger;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.IntPredicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Unnamed sources ("a senior US official", "two US officials", "diplomats") and the definite
 * descriptions that refer back to them ("the official", "the second official").
 */
final class AnonymousSources {
    private static final String DET = "(?<det>(?i:a|an|another|one|two|three|four|five|six|seven|eight|nine|ten"
            + "|several|some|many|other|a second|a third|a fourth|the|the second|the third|the fourth|the same"
            + "|a number of|a group of))";
    private static final String MOD = "(?:(?:senior|top|high-ranking|high-level|former|current|unnamed|anonymous"
            + "|administration|government|military|intelligence|defense|defence|security|diplomatic|western"
            + "|campaign|congressional|police|local|regional|foreign|second|third|other|knowledgeable|informed"
            + "|\\p{Lu}[\\p{L}.'\u2019-]*)\\s+){0,4}";
    private static final String HEAD = "(?<head>(?i:official|source|diplomat|aide|adviser|advisor|insider"
            + "|spokes(?:man|woman|person)|negotiator|envoy|commander|officer|lawmaker|staffer|analyst|expert"
            + "|witness|resident|member|critic|investigator|person)(?<plural>s|es)?|people|spokesmen|spokeswomen)";
    private static final String QUALIFIER = "(?:\\s+(?:familiar with|with knowledge of|close to|briefed on"
            + "|involved in|in)\\s+(?:the\\s+)?\\p{L}+(?:\\s+\\p{L}+)?"
            + "|\\s+(?:for|at|of|from)\\s+(?:the\\s+)?(?:\\p{Lu}[\\p{L}.'\u2019-]*\\s*){1,5})?";
    private static final int LOOK_BACK = 60;
    /** Compiled once: {@code String.matches} compiles its pattern on every call. */
    private static final Pattern ORDINAL = Pattern.compile("the (second|third|fourth) .*");
    private static final Pattern SLUG_DROP = Pattern.compile("[^\\p{L}\\p{Nd}]+");
    private static final int MIN_HEAD = 4;
    private static final int MAX_HEAD = 14;
    private static final List<List<String>> HEAD_WORDS_BY_LENGTH = byLength(headWords());
    /** Stems of every HEAD alternative, lower case (HEAD matches them ignoring ASCII case). */
    private static final List<String> HEAD_STEMS = List.of("official", "source", "diplomat", "aide", "adviser",
            "advisor", "insider", "spokes", "negotiator", "envoy", "commander", "officer", "lawmaker", "staffer",
            "analyst", "expert", "witness", "resident", "member", "critic", "investigator", "person", "people");
    private static final String[][] HEAD_STEMS_BY_INITIAL = byInitial(HEAD_STEMS);
    static final Pattern DESCRIPTION = Pattern.compile(
            "\\b(?:" + DET + "\\s+)?" + MOD + HEAD + "\\b" + QUALIFIER);

    /**
     * The numbers of {@link #DESCRIPTION}'s named groups (every other group in it is
     * non-capturing): a group by name is a map look-up per call, and each source asks three.
     * AnonymousSourcesTest checks them against the names.
     */
    static final int DET_GROUP = 1;
    static final int HEAD_GROUP = 2;
    static final int PLURAL_GROUP = 3;

    /** An unnamed source as first described. */
    record Source(Span span, String description, String head, boolean plural, boolean determined) {}

    private final String text;
    private final IntPredicate insideQuote;
    private List<Source> antecedents;
    /** The {@link #DESCRIPTION} matcher over the story that {@link #classify} resets to each chunk. */
    private Matcher classifier;

    AnonymousSources(String text, IntPredicate insideQuote) {
        this.text = text;
        this.insideQuote = insideQuote;
    }

    /** The description when the whole chunk is an unnamed source, else {@code null}. */
    Source classify(Span chunk) {
        if (!namesHead(chunk)) {
            return null;
        }
        if (classifier == null) {
            classifier = DESCRIPTION.matcher(text);
        }
        Matcher m = classifier.region(chunk.start(), chunk.end());
        if (!m.lookingAt() || m.end() < chunk.end() - 1) {
            return null;
        }
        return source(m);
    }

    /**
     * A description needs a head noun inside the chunk; most named sources have none and skip
     * the pattern. The head opens the match or follows a space ({@code DET\\s+}, each modifier
     * ends in {@code \\s+}), so only word starts are compared with the stems.
     */
    private boolean namesHead(Span chunk) {
        for (int k = chunk.start(); k < chunk.end(); k++) {
            if ((k == chunk.start() || Chars.isRegexSpace(text.charAt(k - 1))) && headStemAt(k, chunk.end())) {
                return true;
            }
        }
        return false;
    }

    private boolean headStemAt(int k, int end) {
        char first = text.charAt(k);
        // the stems open on ASCII letters, which HEAD compares ignoring ASCII case only
        if (first >= 0x80 || !Chars.isLetter(first)) {
            return false;
        }
        for (String stem : HEAD_STEMS_BY_INITIAL[(first | 0x20) - 'a']) {
            if (k + stem.length() <= end && text.regionMatches(true, k, stem, 0, stem.length())) {
                return true;
            }
        }
        return false;
    }

    /** True when the description is definite and so refers back ("the official"). */
    static boolean isDefinite(Source s) {
        return s.description().startsWith("the ") && !s.description().startsWith("the same");
    }

    /** The most recent indefinite source before {@code pos} that {@code definite} can refer to. */
    Source antecedent(Source definite, int pos) {
        List<Source> all = antecedents();
        boolean ordinal = ORDINAL.matcher(definite.description()).matches();
        String ordinalWord = ordinal ? definite.description().split(" ")[1] : null;
        for (int i = all.size() - 1; i >= 0; i--) {
            Source s = all.get(i);
            if (s.span().start() >= pos || !s.head().equals(definite.head()) || s.plural() != definite.plural()) {
                continue;
            }
            if (ordinalWord == null || s.description().contains(ordinalWord)) {
                return s;
            }
        }
        return null;
    }

    /**
     * Every indefinite description outside quotes, found lazily. A cheap scan for head nouns
     * comes first; the full description pattern is tried only from a few word starts before each.
     */
    private List<Source> antecedents() {
        if (antecedents == null) {
            antecedents = new ArrayList<>();
            Matcher description = DESCRIPTION.matcher(text);
            int covered = 0;
            int n = text.length();
            for (int start = 0; start < n; start++) {
                if (!Character.isLetter(text.charAt(start)) || (start > 0 && Character.isLetter(text.charAt(start - 1)))) {
                    continue;
                }
                int end = start;
                while (end < n && Character.isLetter(text.charAt(end))) {
                    end++;
                }
                if (start >= covered && isHeadWord(start, end) && !insideQuote.test(start)) {
                    Source s = longestEndingAt(description, start, end);
                    if (s != null && !isDefinite(s) && (s.determined() || s.plural())) {
                        antecedents.add(s);
                        covered = s.span().end();
                    }
                }
                start = end;
            }
        }
        return antecedents;
    }

    private boolean isHeadWord(int start, int end) {
        int len = end - start;
        if (len < MIN_HEAD || len > MAX_HEAD) {
            return false;
        }
        for (String head : HEAD_WORDS_BY_LENGTH.get(len)) {
            if (text.regionMatches(true, start, head, 0, len)) {
                return true;
            }
        }
        return false;
    }

    private Source longestEndingAt(Matcher description, int headStart, int headEnd) {
        int floor = Math.max(0, headStart - LOOK_BACK);
        Source best = null;
        for (int start = headStart; start >= floor; start--) {
            boolean wordStart = start == 0 || !Character.isLetterOrDigit(text.charAt(start - 1));
            if (!wordStart || !Character.isLetter(text.charAt(start))) {
                continue;
            }
            description.region(start, text.length());
            if (description.lookingAt() && description.end() >= headEnd) {
                best = source(description);
            }
        }
        return best;
    }

    /** "Diplomats said" opens a sentence: the description is "diplomats"; "US officials" keeps its case. */
    private static String lowerSentenceInitialHead(String written, String head) {
        return written.startsWith(head) ? head.toLowerCase(Locale.ROOT) + written.substring(head.length()) : written;
    }

    private static Source source(Matcher m) {
        String written = m.group();
        String det = m.group(DET_GROUP);
        String writtenHead = m.group(HEAD_GROUP);
        String suffix = m.group(PLURAL_GROUP);
        String description = det == null ? lowerSentenceInitialHead(written, writtenHead)
                : det.toLowerCase(Locale.ROOT) + written.substring(det.length());
        String head = writtenHead.toLowerCase(Locale.ROOT);
        boolean plural = suffix != null || head.equals("people") || head.endsWith("men");
        String lemma = plural && suffix != null ? head.substring(0, head.length() - suffix.length()) : head;
        return new Source(new Span(m.start(), m.end()), description, lemma, plural, det != null);
    }

    private static String[][] byInitial(List<String> stems) {
        String[][] out = new String[26][];
        for (char c = 'a'; c <= 'z'; c++) {
            final char initial = c;
            out[c - 'a'] = stems.stream().filter(w -> w.charAt(0) == initial).toArray(String[]::new);
        }
        return out;
    }

    private static List<List<String>> byLength(Set<String> words) {
        List<List<String>> out = new ArrayList<>();
        for (int len = 0; len <= MAX_HEAD; len++) {
            final int l = len;
            out.add(words.stream().filter(w -> w.length() == l).toList());
        }
        return List.copyOf(out);
    }

    private static Set<String> headWords() {
        Set<String> words = new HashSet<>();
        for (String w : List.of("official", "source", "diplomat", "aide", "adviser", "advisor", "insider",
                "spokesman", "spokeswoman", "spokesperson", "negotiator", "envoy", "commander", "officer",
                "lawmaker", "staffer", "analyst", "expert", "resident", "member", "critic", "investigator",
                "person")) {
            words.add(w);
            words.add(w + "s");
        }
        words.addAll(List.of("witness", "witnesses", "people", "spokesmen", "spokeswomen"));
        return Set.copyOf(words);
    }

    /** A stable id for a description: {@code anon:} and a lower-case slug. */
    static String idOf(String description) {
        return "anon:" + slug(description);
    }

    /**
     * Lower case, dots dropped, each run of characters other than letters and decimal digits
     * ({@code [^\\p{L}\\p{Nd}]+}, see {@link #SLUG_DROP}) made one hyphen, one hyphen trimmed at
     * each end. Done by hand: every statement's speaker gets an id.
     */
    static String slug(String s) {
        String lower = s.toLowerCase(Locale.ROOT).replace(".", "");
        StringBuilder slug = new StringBuilder(lower.length());
        boolean inDrop = false;
        for (int i = 0; i < lower.length(); ) {
            int cp = lower.codePointAt(i);
            i += Character.charCount(cp);
            if (Character.isLetter(cp) || Character.getType(cp) == Character.DECIMAL_DIGIT_NUMBER) {
                slug.appendCodePoint(cp);
                inDrop = false;
            } else if (!inDrop) {
                slug.append('-');
                inDrop = true;
            }
        }
        int from = slug.length() > 0 && slug.charAt(0) == '-' ? 1 : 0;
        int to = slug.length() > from && slug.charAt(slug.length() - 1) == '-' ? slug.length() - 1 : slug.length();
        return slug.substring(from, Math.max(from, to));
    }

    /** The old regex form of {@link #slug}, its specification, for tests. */
    static String slugByPattern(String s) {
        String lower = s.toLowerCase(Locale.ROOT).replace(".", "");
        String slug = SLUG_DROP.matcher(lower).replaceAll("-");
        int from = slug.startsWith("-") ? 1 : 0;
        int to = slug.endsWith("-") && slug.length() > from ? slug.length() - 1 : slug.length();
        return slug.substring(from, Math.max(from, to));
    }
}
