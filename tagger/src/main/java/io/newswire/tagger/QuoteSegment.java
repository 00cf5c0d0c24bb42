package io.newswire.tagger;

/**
 * One run of quoted words between quotation marks.
 *
 * @param inner the quoted words, without the marks
 * @param open index of the opening mark
 * @param close index of the closing mark, or the paragraph end when the quote runs on
 * @param paragraph zero-based paragraph index
 * @param fromPrevious true when this segment continues a quote left open in the previous paragraph
 * @param closed true when a closing mark ends the segment
 * @param paragraphStart start of the line holding the opening mark: just after the last line
 *     break before it, or 0
 * @param paragraphEnd the first line break at or after {@link #after()}, or the text's length:
 *     where the line holding the end of the quote ends
 */
record QuoteSegment(
        Span inner, int open, int close, int paragraph, boolean fromPrevious, boolean closed, int paragraphStart,
        int paragraphEnd) {

    /** First index after the quote, past the closing mark if any. */
    int after() {
        return closed ? close + 1 : close;
    }
}
