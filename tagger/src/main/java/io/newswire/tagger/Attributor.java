package io.newswire.tagger;

import java.util.List;
import java.util.function.IntPredicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds the cue and speaker of one quote, looking first where the attribution most often
 * sits: after a quote that does not end its sentence ({@code "...," Kirby said}), otherwise
 * before it in the same sentence ({@code Kirby said: "..."}).
 */
final class Attributor {
    private final String text;
    private final CueFinder cues;
    /** Compiled once: {@code String.split("\\s+")} compiles its pattern on every call. */
    private static final Pattern SPACES = Pattern.compile("\\s+");
    private static final Pattern DASH_SOURCE = Pattern.compile(
            "[\\s\u00A0]*([\u2014\u2015\u2013]|--)[\\s\u00A0]*(?=\\p{Lu})");
    private static final int TAIL_WORDS = 4;

    private final SpeakerResolver resolver;
    private final IntPredicate insideQuote;

    Attributor(String text, CueFinder cues, SpeakerResolver resolver, IntPredicate insideQuote) {
        this.text = text;
        this.cues = cues;
        this.resolver = resolver;
        this.insideQuote = insideQuote;
    }

    /**
     * @param before start of the words before the quote in its sentence
     * @param afterEnd end of the words after the quote in its sentence
     * @param previous the attribution of the last statement in the same sentence, or {@code null}
     */
    Attribution attribute(QuoteSegment seg, int before, int afterEnd, Attribution previous) {
        boolean openEnded = isOpenEnded(seg);
        Attribution found = openEnded ? fromAfter(seg, afterEnd, previous) : fromBefore(seg, before, previous);
        if (found == null) {
            found = openEnded ? fromBefore(seg, before, previous) : fromAfter(seg, afterEnd, previous);
        }
        return found;
    }

    private boolean isOpenEnded(QuoteSegment seg) {
        char last = lastNonSpace(seg.inner().start(), seg.inner().end());
        if (last != '.' && last != '!' && last != '?') {
            return true;
        }
        int i = seg.after();
        while (i < text.length() && text.charAt(i) == ' ') {
            i++;
        }
        return i < text.length() && Character.isLowerCase(text.charAt(i));
    }

    private Attribution fromAfter(QuoteSegment seg, int end, Attribution previous) {
        if (!seg.closed()) {
            return null;
        }
        Matcher dash = mayOpenOnDash(seg.after(), end) ? DASH_SOURCE.matcher(text).region(seg.after(), end) : null;
        if (dash != null && dash.lookingAt()) {
            SourceChunk chunk = SourceLocator.after(text, dash.end(), end, true);
            return chunk == null ? null : attribution(new Span(dash.start(1), dash.end(1)), chunk, previous);
        }
        Cue cue = cues.first(text, seg.after(), end);
        if (cue == null) {
            return null;
        }
        boolean adjacent = isFiller(seg.after(), cue.verb().start());
        if (cue.kind() == Cue.Kind.PARTICIPLE) {
            return adjacent && previous != null ? new Attribution(cue.text(text), previous.speaker()) : null;
        }
        if (cue.kind() == Cue.Kind.SOURCE_AFTER || adjacent) {
            SourceChunk chunk = SourceLocator.after(text, cue.verb().end(), end, cue.kind() != Cue.Kind.SOURCE_AFTER);
            return chunk == null ? null : attribution(cue.verb(), chunk, previous);
        }
        SourceChunk chunk = SourceLocator.before(text, seg.after(), cue.verb().start());
        if (chunk == null || !governs(seg, chunk, cue, end)) {
            return null;
        }
        return attribution(cue.full(), chunk, previous);
    }

    private Attribution fromBefore(QuoteSegment seg, int start, Attribution previous) {
        List<Cue> found = cues.find(text, start, seg.open());
        found.removeIf(c -> insideQuote.test(c.verb().start()));
        for (int k = found.size() - 1; k >= 0; k--) {
            Attribution a = forCue(found, k, start, seg.open(), previous);
            if (a != null) {
                return new Attribution(found.get(k).text(text), a.speaker());
            }
        }
        return null;
    }

    private Attribution forCue(List<Cue> found, int k, int start, int ceil, Attribution previous) {
        Cue cue = found.get(k);
        int floor = k > 0 ? found.get(k - 1).full().end() : start;
        switch (cue.kind()) {
            case SOURCE_AFTER -> {
                SourceChunk chunk = SourceLocator.after(text, cue.verb().end(), ceil, false);
                return chunk == null ? null : attribution(cue.verb(), chunk, previous);
            }
            case PARTICIPLE -> {
                if (k > 0) {
                    return forCue(found, k - 1, start, cue.verb().start(), previous);
                }
                SourceChunk subject = previous == null ? SourceLocator.sentenceSubject(text, start, cue.verb().start()) : null;
                return subject == null ? previous : attribution(cue.verb(), subject, null);
            }
            default -> {
                SourceChunk chunk = SourceLocator.before(text, floor, cue.verb().start());
                if (chunk == null) {
                    chunk = invertedBeforeQuote(cue, ceil);
                }
                return chunk == null ? null : attribution(cue.full(), chunk, previous);
            }
        }
    }

    /** {@code said Kirby: "..."}: the source must run right up to the quote. */
    private SourceChunk invertedBeforeQuote(Cue cue, int ceil) {
        SourceChunk chunk = SourceLocator.after(text, cue.verb().end(), ceil, true);
        if (chunk == null) {
            return null;
        }
        int end = chunk.appositive() != null ? chunk.appositive().end() : chunk.span().end();
        return isFiller(end, ceil) ? chunk : null;
    }

    private Attribution attribution(Span cue, SourceChunk chunk, Attribution previous) {
        Speaker speaker = resolver.resolve(chunk, previous == null ? null : previous.speaker());
        return speaker == null ? null : new Attribution(text.substring(cue.start(), cue.end()), speaker);
    }

    /**
     * A source after a quote governs it when it follows the quote directly ({@code ," Kirby said})
     * or closes the sentence after a comma ({@code " for criminal behavior, she said.}).
     */
    private boolean governs(QuoteSegment seg, SourceChunk chunk, Cue cue, int sentenceEnd) {
        if (isFiller(seg.after(), chunk.span().start())) {
            return true;
        }
        int c = chunk.span().start() - 1;
        while (c > seg.after() && Character.isWhitespace(text.charAt(c))) {
            c--;
        }
        return text.charAt(c) == ',' && SPACES.split(text.substring(cue.full().end(), sentenceEnd).strip()).length <= TAIL_WORDS;
    }

    /**
     * A necessary condition of {@link #DASH_SOURCE} at {@code from}: spaces, then a dash or
     * "--". Most quotes have no dash after them and skip the matcher.
     */
    private boolean mayOpenOnDash(int from, int to) {
        int i = from;
        while (i < to && (Chars.isRegexSpace(text.charAt(i)) || text.charAt(i) == '\u00A0')) {
            i++;
        }
        if (i >= to) {
            return false;
        }
        char c = text.charAt(i);
        return c == '\u2014' || c == '\u2015' || c == '\u2013' || c == '-' && i + 1 < to && text.charAt(i + 1) == '-';
    }

    /** True when only spaces and punctuation lie in {@code [from, to)}. */
    private boolean isFiller(int from, int to) {
        for (int i = from; i < to; i++) {
            char c = text.charAt(i);
            if (Character.isLetterOrDigit(c)) {
                return false;
            }
        }
        return true;
    }

    private char lastNonSpace(int from, int to) {
        for (int i = to - 1; i >= from; i--) {
            if (!Character.isWhitespace(text.charAt(i))) {
                return text.charAt(i);
            }
        }
        return ' ';
    }
}
