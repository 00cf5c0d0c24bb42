package io.newswire.app.eval;

import io.newswire.tagger.Span;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A brat standoff annotation ({@code .ann}): text-bound annotations ({@code T1\tSource 89 106\t...},
 * discontinuous ones with {@code ;}-separated fragments) and events ({@code E1\tAttribution:T4
 * Content:T3 ...}). brat offsets count Unicode code points; they are converted to Java
 * {@code String} indices of the text they annotate. Other lines (attributes, notes) are ignored.
 */
public record BratDocument(Map<String, TextBound> textBounds, List<Event> events) {
    /** A text-bound annotation: its type and its fragments in text order. */
    public record TextBound(String id, String type, List<Span> fragments) {
        public TextBound {
            fragments = List.copyOf(fragments);
        }
    }

    /** An event: role ("Content", "Source2") to the id of the text-bound annotation that fills it. */
    public record Event(String id, Map<String, String> arguments) {
        public Event {
            arguments = Map.copyOf(arguments);
        }

        /** The filler of the first argument whose role starts with {@code role}, if any. */
        public String argument(String role) {
            return arguments.entrySet().stream().filter(e -> e.getKey().startsWith(role))
                    .sorted(Map.Entry.comparingByKey()).map(Map.Entry::getValue).findFirst().orElse(null);
        }
    }

    public BratDocument {
        textBounds = Map.copyOf(textBounds);
        events = List.copyOf(events);
    }

    public static BratDocument parse(String ann, String text) {
        int[] charAt = codePointToChar(text);
        Map<String, TextBound> textBounds = new HashMap<>();
        List<Event> events = new ArrayList<>();
        for (String line : ann.split("\n")) {
            String[] cols = line.split("\t");
            if (cols.length < 2) {
                continue;
            }
            if (line.startsWith("T")) {
                String[] typeAndOffsets = cols[1].split(" ", 2);
                List<Span> fragments = new ArrayList<>();
                for (String fragment : typeAndOffsets[1].split(";")) {
                    String[] se = fragment.trim().split(" ");
                    fragments.add(new Span(charAt[Integer.parseInt(se[0])], charAt[Integer.parseInt(se[1])]));
                }
                textBounds.put(cols[0], new TextBound(cols[0], typeAndOffsets[0], fragments));
            } else if (line.startsWith("E")) {
                Map<String, String> arguments = new HashMap<>();
                for (String argument : cols[1].trim().split(" ")) {
                    String[] kv = argument.split(":", 2);
                    if (kv.length == 2) {
                        arguments.put(kv[0], kv[1]);
                    }
                }
                events.add(new Event(cols[0], arguments));
            }
        }
        return new BratDocument(textBounds, events);
    }

    public TextBound textBound(String id) {
        return id == null ? null : textBounds.get(id);
    }

    private static int[] codePointToChar(String text) {
        int[] map = new int[text.codePointCount(0, text.length()) + 1];
        int cp = 0;
        for (int i = 0; i < text.length(); i = text.offsetByCodePoints(i, 1)) {
            map[cp++] = i;
        }
        map[cp] = text.length();
        return map;
    }
}
