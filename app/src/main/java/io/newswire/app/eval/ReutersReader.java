package io.newswire.app.eval;

import io.newswire.tagger.DatelineLocation;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads Reuters-21578 SGML tolerantly (it is not XML): a regular expression per
 * {@code <REUTERS ...>...</REUTERS>} block, then per field. Character references are decoded
 * ({@code &lt;}, {@code &amp;}, {@code &#3;}) and control characters dropped. The body's hard
 * line wraps are undone: a line starting with whitespace or the {@code &\t} marker of this copy
 * opens a paragraph, other lines continue the previous one; the closing "Reuter" sign-off is cut.
 */
public final class ReutersReader {
    private static final Pattern DOC = Pattern.compile("<REUTERS([^>]*)>(.*?)</REUTERS>", Pattern.DOTALL);
    private static final Pattern NEWID = Pattern.compile("NEWID=\"(\\d+)\"");
    private static final Pattern D = Pattern.compile("<D>(.*?)</D>", Pattern.DOTALL);
    private static final Pattern ENTITY = Pattern.compile("&(#\\d+|lt|gt|amp|quot|apos);");
    private static final Pattern PARAGRAPH_START = Pattern.compile("^(?:&\\\\t|\\s+)");
    private static final Pattern SIGN_OFF = Pattern.compile("\\s*Reuter\\s*$");

    private ReutersReader() {}

    public static List<ReutersDoc> read(String sgml) {
        List<ReutersDoc> docs = new ArrayList<>();
        Matcher doc = DOC.matcher(sgml);
        while (doc.find()) {
            Matcher id = NEWID.matcher(doc.group(1));
            String block = doc.group(2);
            String body = field(block, "BODY");
            String dateline = field(block, "DATELINE");
            docs.add(new ReutersDoc(id.find() ? id.group(1) : "", list(field(block, "PLACES")),
                    list(field(block, "PEOPLE")), clean(field(block, "TITLE")), datelinePlace(dateline),
                    body == null ? null : paragraphs(decode(body))));
        }
        return docs;
    }

    static String decode(String raw) {
        Matcher m = ENTITY.matcher(raw);
        StringBuilder out = new StringBuilder(raw.length());
        while (m.find()) {
            String name = m.group(1);
            String replacement = switch (name) {
                case "lt" -> "<";
                case "gt" -> ">";
                case "amp" -> "&";
                case "quot" -> "\"";
                case "apos" -> "'";
                default -> {
                    int code = Integer.parseInt(name.substring(1));
                    yield code < 32 && code != '\n' && code != '\t' || code == 127 ? "" : Character.toString(code);
                }
            };
            m.appendReplacement(out, Matcher.quoteReplacement(replacement));
        }
        m.appendTail(out);
        return out.toString();
    }

    static String paragraphs(String body) {
        List<String> paragraphs = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        for (String line : SIGN_OFF.matcher(body).replaceFirst("").split("\n")) {
            Matcher start = PARAGRAPH_START.matcher(line);
            boolean opens = start.find();
            String words = (opens ? line.substring(start.end()) : line).strip();
            if (opens && current.length() > 0) {
                paragraphs.add(current.toString());
                current.setLength(0);
            }
            if (!words.isEmpty()) {
                current.append(current.length() > 0 ? " " : "").append(words);
            }
        }
        if (current.length() > 0) {
            paragraphs.add(current.toString());
        }
        return String.join("\n\n", paragraphs);
    }

    private static String datelinePlace(String dateline) {
        if (dateline == null) {
            return null;
        }
        return DatelineLocation.of(clean(dateline));
    }

    private static String field(String block, String tag) {
        int open = block.indexOf("<" + tag + ">");
        int close = block.indexOf("</" + tag + ">", open + 1);
        return open < 0 || close < 0 ? null : block.substring(open + tag.length() + 2, close);
    }

    private static String clean(String value) {
        return value == null ? null : decode(value).strip();
    }

    private static List<String> list(String field) {
        List<String> values = new ArrayList<>();
        if (field != null) {
            Matcher d = D.matcher(field);
            while (d.find()) {
                values.add(d.group(1).strip());
            }
        }
        return values;
    }
}
