package io.newswire.tagger;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
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
            + "|involved in|in)\\s+(?:the\\s+)?\\p{L}+(?:\\s+\\p{L}+)?)?";
    private static final Pattern DESCRIPTION = Pattern.compile(
            "\\b(?:" + DET + "\\s+)?" + MOD + HEAD + "\\b" + QUALIFIER);

    /** An unnamed source as first described. */
    record Source(Span span, String description, String head, boolean plural) {}

    private final String text;
    private final IntPredicate insideQuote;
    private List<Source> antecedents;

    AnonymousSources(String text, IntPredicate insideQuote) {
        this.text = text;
        this.insideQuote = insideQuote;
    }

    /** The description when the whole chunk is an unnamed source, else {@code null}. */
    Source classify(Span chunk) {
        Matcher m = DESCRIPTION.matcher(text).region(chunk.start(), chunk.end());
        if (!m.lookingAt() || m.end() < chunk.end() - 1) {
            return null;
        }
        return source(m);
    }

    /** True when the description is definite and so refers back ("the official"). */
    static boolean isDefinite(Source s) {
        return s.description().startsWith("the ") && !s.description().startsWith("the same");
    }

    /** The most recent indefinite source before {@code pos} that {@code definite} can refer to. */
    Source antecedent(Source definite, int pos) {
        List<Source> all = antecedents();
        boolean ordinal = definite.description().matches("the (second|third|fourth) .*");
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

    private List<Source> antecedents() {
        if (antecedents == null) {
            antecedents = new ArrayList<>();
            Matcher m = DESCRIPTION.matcher(text);
            while (m.find()) {
                Source s = source(m);
                boolean bare = m.group("det") == null;
                if (!insideQuote.test(m.start()) && !isDefinite(s) && (!bare || s.plural())) {
                    antecedents.add(s);
                }
            }
        }
        return antecedents;
    }

    private static Source source(Matcher m) {
        String written = m.group();
        String det = m.group("det");
        String description = det == null ? written : det.toLowerCase(Locale.ROOT) + written.substring(det.length());
        String head = m.group("head").toLowerCase(Locale.ROOT);
        boolean plural = m.group("plural") != null || head.equals("people") || head.endsWith("men");
        String lemma = plural && m.group("plural") != null ? head.substring(0, head.length() - m.group("plural").length()) : head;
        return new Source(new Span(m.start(), m.end()), description, lemma, plural);
    }

    /** A stable id for a description: {@code anon:} and a lower-case slug. */
    static String idOf(String description) {
        return "anon:" + slug(description);
    }

    static String slug(String s) {
        String lower = s.toLowerCase(Locale.ROOT).replace(".", "");
        return lower.replaceAll("[^\\p{L}\\p{Nd}]+", "-").replaceAll("^-|-$", "");
    }
}
