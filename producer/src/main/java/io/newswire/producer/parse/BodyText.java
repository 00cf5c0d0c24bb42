package io.newswire.producer.parse;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Body paragraphs out of NITF {@code body.content} and XHTML {@code body} markup. Each block element
 * ({@code p}, {@code hl2} subheads, {@code h1}-{@code h6}, list items...) is one paragraph; text
 * directly inside containers becomes a paragraph of its own; inline markup ({@code person},
 * {@code a}, {@code em}...) is read as text. A blank line inside a block also separates paragraphs,
 * as in Reuters copy that puts a whole story into one {@code <p>}. Tables, media, scripts and
 * heads are left out: they are not running copy.
 */
final class BodyText {
    private static final Set<String> BLOCKS = Set.of(
            "p", "hl1", "hl2", "h1", "h2", "h3", "h4", "h5", "h6", "li", "dt", "dd", "pre", "blockquote",
            "div", "block", "section", "article", "ul", "ol", "dl", "body", "body.content", "bq", "fn");
    private static final Set<String> SKIPPED = Set.of(
            "table", "media", "head", "title", "script", "style", "object", "iframe", "noscript", "img", "tobject",
            "body.head", "body.end");
    private static final Pattern TAG = Pattern.compile("<[^<>]{0,500}>");
    private static final Pattern INDENTED_LINE = Pattern.compile("\\n[ \\t]{2,}(?=\\S)");
    private static final Pattern UNINDENTED_LINE = Pattern.compile("\\n(?=[^\\s<])");
    private static final Pattern REUTERS_PARAGRAPH_START = Pattern.compile("\\n {4}(?=\\S)");

    private BodyText() {}

    /** The paragraphs of a body element, in document order, whitespace collapsed, none blank. */
    static List<String> paragraphs(XmlElement body) {
        List<String> paragraphs = new ArrayList<>();
        StringBuilder run = new StringBuilder();
        walk(body, run, paragraphs);
        flush(run, paragraphs);
        return paragraphs;
    }

    /**
     * Paragraphs of plain wire copy (NewsML-G2 {@code inlineData}): markup that leaked into the
     * text is dropped, and a blank line or an indented line starts a paragraph, the convention of
     * agency text feeds.
     */
    static List<String> plainTextParagraphs(String text) {
        String withoutTags = TAG.matcher(text).replaceAll("\n\n");
        String separated = INDENTED_LINE.matcher(withoutTags.replace("\r\n", "\n")).replaceAll("\n\n");
        return Texts.blankLineSeparated(separated);
    }

    private static void walk(XmlElement element, StringBuilder run, List<String> paragraphs) {
        for (XmlNode child : element.children()) {
            if (child instanceof XmlNode.Text text) {
                run.append(text.value());
            } else if (child instanceof XmlElement nested) {
                String name = nested.name();
                if (SKIPPED.contains(name)) {
                    flush(run, paragraphs);
                } else if (name.equals("br")) {
                    run.append(' ');
                } else if (BLOCKS.contains(name)) {
                    flush(run, paragraphs);
                    walk(nested, run, paragraphs);
                    flush(run, paragraphs);
                } else {
                    walk(nested, run, paragraphs);
                }
            }
        }
    }

    private static void flush(StringBuilder run, List<String> paragraphs) {
        if (run.length() > 0) {
            paragraphs.addAll(Texts.blankLineSeparated(indentedLinesSeparated(run.toString())));
            run.setLength(0);
        }
    }

    /**
     * Reuters copy marks paragraphs inside one block by indenting their first line by four spaces,
     * continuation lines flush left. Pretty-printed markup indents every line instead, so the
     * indentation only separates paragraphs when some continuation line is not indented.
     */
    private static String indentedLinesSeparated(String text) {
        String unix = text.replace("\r\n", "\n");
        if (UNINDENTED_LINE.matcher(unix).find() && REUTERS_PARAGRAPH_START.matcher(unix).find()) {
            return REUTERS_PARAGRAPH_START.matcher(unix).replaceAll("\n\n");
        }
        return unix;
    }
}
