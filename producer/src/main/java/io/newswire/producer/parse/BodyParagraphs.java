package io.newswire.producer.parse;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeFilter;

/**
 * Story bodies, HTML or plain text, as the paragraph list {@code WireStory.paragraphs} expects:
 * trimmed, whitespace runs collapsed to one space, blank paragraphs dropped.
 *
 * <p>HTML goes through jsoup's HTML5 tree builder, so broken markup ({@code </ br>}, unclosed
 * {@code <p>}) is repaired the way a browser would. Every block element ({@code p}, {@code div},
 * {@code li}, headings...) ends a paragraph, and so does a double {@code <br>}; a single
 * {@code <br>} only breaks a line, which becomes a space, as in the scraped-text parser.
 */
final class BodyParagraphs {
    private static final Set<String> BLOCKS = Set.of(
            "p", "div", "section", "article", "header", "footer", "aside", "main", "nav",
            "h1", "h2", "h3", "h4", "h5", "h6", "ul", "ol", "li", "dl", "dt", "dd",
            "blockquote", "pre", "table", "tr", "figure", "figcaption", "hr", "address", "center");
    private static final Set<String> SKIPPED = Set.of(
            "script", "style", "noscript", "template", "iframe", "object", "svg", "math", "head");
    private static final Pattern BLANK_LINE = Pattern.compile("\n[ \t\u00A0]*\n\\s*");
    private static final Pattern SPACES = Pattern.compile("[\\s\u00A0]+");
    private static final Pattern MARKUP = Pattern.compile("<[a-zA-Z/!]|&(?:[a-zA-Z]+|#[0-9]+|#x[0-9a-fA-F]+);");

    private BodyParagraphs() {}

    /** Paragraphs of an HTML or XHTML fragment. */
    static List<String> fromHtml(String html) {
        if (html == null || html.isBlank()) {
            return List.of();
        }
        Element body = Jsoup.parseBodyFragment(html).body();
        Collector collector = new Collector();
        collector.traverse(body);
        collector.flush();
        return List.copyOf(collector.paragraphs);
    }

    /**
     * Paragraphs of plain text: blocks separated by blank lines when there are any (lines inside a
     * block are joined with a space), otherwise one paragraph per line.
     */
    static List<String> fromPlainText(String text) {
        if (text == null || text.isBlank()) {
            return List.of();
        }
        String normalised = text.replace("\r\n", "\n").replace('\r', '\n').strip();
        String[] blocks = BLANK_LINE.matcher(normalised).find()
                ? BLANK_LINE.split(normalised)
                : normalised.split("\n");
        List<String> paragraphs = new ArrayList<>();
        for (String block : blocks) {
            addNormalised(paragraphs, block);
        }
        return List.copyOf(paragraphs);
    }

    /** Paragraphs of text whose type the source did not state: HTML if it has tags or entities. */
    static List<String> fromTextOrHtml(String text) {
        return looksLikeHtml(text) ? fromHtml(text) : fromPlainText(text);
    }

    /** One line of text (a headline, a title) with any markup removed. */
    static String inline(String text) {
        if (text == null) {
            return null;
        }
        String plain = looksLikeHtml(text) ? Jsoup.parseBodyFragment(text).body().text() : text;
        String collapsed = SPACES.matcher(plain).replaceAll(" ").strip();
        return collapsed.isEmpty() ? null : collapsed;
    }

    static boolean looksLikeHtml(String text) {
        return text != null && MARKUP.matcher(text).find();
    }

    private static void addNormalised(List<String> paragraphs, String raw) {
        String paragraph = SPACES.matcher(raw).replaceAll(" ").strip();
        if (!paragraph.isEmpty()) {
            paragraphs.add(paragraph);
        }
    }

    /** Walks the tree once, gathering inline text until a block boundary ends the paragraph. */
    private static final class Collector implements NodeFilter {
        private final List<String> paragraphs = new ArrayList<>();
        private final StringBuilder current = new StringBuilder();

        @Override
        public FilterResult head(Node node, int depth) {
            if (node instanceof TextNode text) {
                current.append(SPACES.matcher(text.getWholeText()).replaceAll(" "));
            } else if (node instanceof Element element) {
                String name = element.normalName();
                if (SKIPPED.contains(name)) {
                    return FilterResult.SKIP_ENTIRELY;
                }
                if (name.equals("br")) {
                    current.append('\n');
                } else if (BLOCKS.contains(name)) {
                    flush();
                }
            }
            return FilterResult.CONTINUE;
        }

        @Override
        public FilterResult tail(Node node, int depth) {
            if (node instanceof Element element && BLOCKS.contains(element.normalName())) {
                flush();
            }
            return FilterResult.CONTINUE;
        }

        void flush() {
            for (String block : BLANK_LINE.split(current)) {
                addNormalised(paragraphs, block);
            }
            current.setLength(0);
        }
    }
}
