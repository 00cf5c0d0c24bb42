package io.newswire.tagger;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Extracts direct quotes and attributes each to a speaker.
 *
 * <p>Quotes are runs between double marks (straight or curly; single quotes stay inside). The
 * span is everything between the marks, so {@code quote} keeps a trailing comma. A quote
 * becomes a statement when:
 * <ul>
 *   <li>a cue in its sentence names a source: after a quote that does not end its sentence
 *       ({@code ," Kirby said}, {@code ," said Kirby}, {@code ," he told reporters},
 *       {@code " — Ana Ruiz}), else before it ({@code two US officials said there had been
 *       "limited progress"}, {@code according to ...}, a lead-in sentence ending in a colon);
 *   <li>or it opens its own sentence right after an attributed quote (same or next paragraph),
 *       or continues a multi-paragraph quote: a continuation keeps the speaker, including its
 *       speaker span as evidence, with a {@code null} cue.
 * </ul>
 * Quotes with no attributable speaker are skipped: a short phrase in quotes with no cue (a
 * scare-quoted word, a title) is not a statement, and Title Case phrases of up to six words are
 * treated as titles even next to a cue. Speakers resolve to the actor whose mention lies inside
 * the source phrase, an unnamed source kept as first described ("a senior US official", with
 * "the official" referring back to it), a pronoun's most recent compatible person, or the
 * phrase as written. One linear scan plus local work around each quote; thread-safe.
 */
public final class StatementExtractor {
    private static final Pattern TRAILING_PUNCTUATION = Pattern.compile("[,;:]$");
    private static final Pattern SPACES = Pattern.compile("\\s+");
    private static final int MAX_TITLE_WORDS = 6;
    private static final Pattern TITLE_WORD = Pattern.compile("\\p{Lu}\\S*|of|the|a|an|and|in|on|for|to|at|with");
    /** The lower-case alternatives of {@link #TITLE_WORD}. */
    private static final WordTable SMALL_TITLE_WORDS =
            new WordTable(List.of("of", "the", "a", "an", "and", "in", "on", "for", "to", "at", "with"));

    private final QuoteScanner scanner = new QuoteScanner();
    private final CueFinder cues = new CueFinder();
    private final Lexicon lexicon;

    StatementExtractor(Lexicon lexicon) {
        this.lexicon = lexicon;
    }

    public static StatementExtractor loadDefault() {
        return new StatementExtractor(Lexicon.loadDefault());
    }

    public List<StatementTag> extract(String text, List<ActorTag> actors) {
        if (text == null || text.isEmpty()) {
            return List.of();
        }
        List<QuoteSegment> segments = scanner.scan(text);
        if (segments.isEmpty()) {
            return List.of();
        }
        QuoteIndex quotes = new QuoteIndex(segments);
        List<ActorTag> known = actors == null ? List.of() : actors;
        SpeakerResolver resolver = new SpeakerResolver(text, known, lexicon, quotes::inside);
        Attribution[] found = attributeAll(text, segments, new SentenceMarks(text),
                new Attributor(text, cues, resolver, quotes::inside));
        fillBackwards(segments, found);
        List<StatementTag> out = new ArrayList<>();
        for (int i = 0; i < segments.size(); i++) {
            if (found[i] != null && !isTitle(text, segments.get(i).inner())) {
                out.add(toTag(text, segments.get(i).inner(), found[i]));
            }
        }
        return out;
    }

    private Attribution[] attributeAll(
            String text, List<QuoteSegment> segments, SentenceMarks sentences, Attributor attributor) {
        Attribution[] found = new Attribution[segments.size()];
        int last = -1;
        for (int i = 0; i < segments.size(); i++) {
            QuoteSegment seg = segments.get(i);
            QuoteSegment prev = i > 0 ? segments.get(i - 1) : null;
            boolean samePara = prev != null && prev.paragraph() == seg.paragraph();
            int paraStart = seg.paragraphStart();
            int paraEnd = seg.paragraphEnd();
            int ceil = i + 1 < segments.size() && segments.get(i + 1).paragraph() == seg.paragraph()
                    ? segments.get(i + 1).open() : paraEnd;
            int before = introducedBefore(text, paraStart, Sentences.startBefore(text, seg.open(), paraStart));
            Attribution sameSentence = samePara && before <= prev.open() ? found[i - 1] : null;
            found[i] = attributor.attribute(seg, before, sentences.endAfter(seg.after(), ceil), sameSentence);
            if (found[i] == null && last >= 0 && continues(text, seg, before, segments.get(last))) {
                found[i] = new Attribution(null, found[last].speaker());
            }
            if (found[i] != null) {
                last = i;
            }
        }
        return found;
    }

    /** A paragraph that opens on a quote after one ending "He said:" takes that sentence as its lead-in. */
    private static int introducedBefore(String text, int paraStart, int before) {
        if (before != paraStart || paraStart < 2) {
            return before;
        }
        int colon = paraStart - 1;
        while (colon > 0 && Character.isWhitespace(text.charAt(colon))) {
            colon--;
        }
        if (text.charAt(colon) != ':') {
            return before;
        }
        int prevStart = text.lastIndexOf('\n', colon) + 1;
        return Sentences.startBefore(text, colon, prevStart);
    }

    /** A quote opening its sentence right after an attributed one carries on the same voice. */
    private static boolean continues(String text, QuoteSegment seg, int before, QuoteSegment attributed) {
        if (seg.fromPrevious()) {
            return attributed.paragraph() == seg.paragraph() - 1;
        }
        return seg.paragraph() - attributed.paragraph() <= 1 && Chars.isBlank(text, before, seg.open());
    }

    /** The opening part of a multi-paragraph quote takes the speaker named at its end. */
    private static void fillBackwards(List<QuoteSegment> segments, Attribution[] found) {
        for (int i = segments.size() - 1; i > 0; i--) {
            if (found[i] != null && found[i - 1] == null && segments.get(i).fromPrevious()) {
                found[i - 1] = new Attribution(null, found[i].speaker());
            }
        }
    }

    private static boolean isTitle(String text, Span inner) {
        return mayBeTitle(text, inner) && isTitleByPattern(text, inner);
    }

    /** The title test itself, its specification: {@link #mayBeTitle} holds wherever it does (see QuoteTitleTest). */
    static boolean isTitleByPattern(String text, Span inner) {
        String quote = TRAILING_PUNCTUATION.matcher(text.substring(inner.start(), inner.end()).strip()).replaceFirst("");
        if (quote.isEmpty()) {
            return false;
        }
        String[] words = SPACES.split(quote);
        if (words.length < 2 || words.length > MAX_TITLE_WORDS || !Character.isUpperCase(quote.charAt(0))
                || ".!?".indexOf(quote.charAt(quote.length() - 1)) >= 0) {
            return false;
        }
        return Arrays.stream(words).allMatch(w -> TITLE_WORD.matcher(w).matches());
    }

    /**
     * Cheap necessary conditions of {@link #isTitleByPattern}, so that most quotes skip its
     * regexes: the stripped quote opens on a capital and has at most seven words (dropping a
     * trailing comma, semicolon or colon removes at most one), and each word but the last (which
     * may lose that mark) could be a {@link #TITLE_WORD}. Most quotes fail on their second word.
     */
    static boolean mayBeTitle(String text, Span inner) {
        int s = inner.start();
        int e = inner.end();
        while (s < e && Character.isWhitespace(text.charAt(s))) {
            s++;
        }
        while (e > s && Character.isWhitespace(text.charAt(e - 1))) {
            e--;
        }
        if (s == e || !Character.isUpperCase(text.charAt(s))) {
            return false;
        }
        int words = 0;
        int wordStart = -1;
        for (int i = s; i < e; i++) {
            boolean space = Chars.isRegexSpace(text.charAt(i));
            if (!space && wordStart < 0) {
                if (++words > MAX_TITLE_WORDS + 1) {
                    return false;
                }
                wordStart = i;
            } else if (space && wordStart >= 0) {
                // a word ended by a space is not the stripped quote's last one
                if (!mayBeTitleWord(text, wordStart, i)) {
                    return false;
                }
                wordStart = -1;
            }
        }
        return true;
    }

    /**
     * A necessary condition of {@link #TITLE_WORD} on a word without spaces: it opens on a
     * capital or is one of the small words. A word opening beyond ASCII is left to the pattern
     * (its {@code \p{Lu}} reads code points).
     */
    private static boolean mayBeTitleWord(String text, int from, int to) {
        char first = text.charAt(from);
        return first >= 0x80 || Chars.isAsciiUpperCase(first) || SMALL_TITLE_WORDS.contains(text, from, to);
    }

    private static StatementTag toTag(String text, Span inner, Attribution a) {
        Speaker s = a.speaker();
        return new StatementTag(text.substring(inner.start(), inner.end()), inner, a.cue(), s.name(), s.id(),
                s.span(), s.role(), s.country(), s.anonymous(), s.official());
    }
}
