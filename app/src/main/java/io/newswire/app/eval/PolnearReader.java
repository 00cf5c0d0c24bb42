package io.newswire.app.eval;

import io.newswire.tagger.Span;
import java.util.ArrayList;
import java.util.List;

/**
 * Gold direct quotes of a PolNeAR article: every Content fragment of an attribution that holds
 * a quotation mark (straight or curly double quote, inside the fragment or on the character just
 * before or after it, since annotators sometimes leave the marks out of the span). One item per
 * fragment: PolNeAR joins a quote and its continuation into one discontinuous Content, while
 * the tagger reports them as two statements. Attributions without a quote mark (paraphrase,
 * indirect speech) are not gold here.
 */
public final class PolnearReader {
    private PolnearReader() {}

    public static List<QuoteGold> quotes(String text, BratDocument ann) {
        List<QuoteGold> gold = new ArrayList<>();
        for (BratDocument.Event event : ann.events()) {
            BratDocument.TextBound content = ann.textBound(event.argument("Content"));
            BratDocument.TextBound source = ann.textBound(event.argument("Source"));
            if (content == null) {
                continue;
            }
            for (Span fragment : content.fragments()) {
                if (hasQuoteMark(text, fragment)) {
                    gold.add(new QuoteGold(fragment, source == null ? List.of() : source.fragments()));
                }
            }
        }
        gold.sort((a, b) -> Integer.compare(a.content().start(), b.content().start()));
        return gold;
    }

    /** Every Content fragment of every attribution, quoted or not. */
    public static List<Span> contents(BratDocument ann) {
        List<Span> spans = new ArrayList<>();
        for (BratDocument.Event event : ann.events()) {
            BratDocument.TextBound content = ann.textBound(event.argument("Content"));
            if (content != null) {
                spans.addAll(content.fragments());
            }
        }
        return spans;
    }

    static boolean hasQuoteMark(String text, Span span) {
        String around = text.substring(Math.max(0, span.start() - 1), Math.min(text.length(), span.end() + 1));
        return around.indexOf('"') >= 0 || around.indexOf('\u201C') >= 0 || around.indexOf('\u201D') >= 0;
    }
}
