package io.newswire.tagger;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.function.IntPredicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Every actor mention in text order, for finding the actor inside a source phrase or before a pronoun. */
final class ActorMentions {
    private static final Pattern OBJECT_BEFORE = Pattern.compile(
            "(?:\\b(?:to|with|by|for|against|about|from|of|on|at|than|and)|counterpart,)\\s*$");
    private static final int TITLE_WINDOW = 48;
    private static final Pattern TITLE_BEFORE = Pattern.compile(
            "((?:[\\p{L}.'\u2019-]+\\s+){1,5})$");
    private static final Pattern NON_LETTERS = Pattern.compile("[^\\p{L}]+");
    private static final Pattern FEMALE_BEFORE = Pattern.compile("(?:\\b(?:Mrs|Ms|Miss|Madam)\\.?)\\s*$");
    private static final Pattern MALE_BEFORE = Pattern.compile("\\bMr\\.?\\s*$");
    private static final Pattern FEMALE_ROLE = Pattern.compile(
            "(?i)\\b(?:(?:spokes|chair|congress|business|council)woman|queen|first lady|princess|duchess|wife|mother|sister|daughter)\\b");
    private static final Pattern MALE_ROLE = Pattern.compile(
            "(?i)\\b(?:(?:spokes|chair|congress|business|council|states)man|king|prince|duke|husband|father|brother|son)\\b");

    private record Mention(Span span, ActorTag actor) {}

    private final String text;
    private final List<Mention> mentions;

    ActorMentions(String text, List<ActorTag> actors) {
        this.text = text;
        List<Mention> all = new ArrayList<>();
        for (ActorTag actor : actors) {
            for (Span s : actor.mentions()) {
                if (s.end() <= text.length()) {
                    all.add(new Mention(s, actor));
                }
            }
        }
        all.sort(Comparator.comparingInt(m -> m.span().start()));
        this.mentions = all;
    }

    /** The actor a source phrase names: the last person mention inside it, else the last mention. */
    ActorMatch inside(Span chunk) {
        Mention best = null;
        for (int i = firstAtOrAfter(chunk.start()); i < mentions.size(); i++) {
            Mention m = mentions.get(i);
            if (m.span().start() >= chunk.end()) {
                break;
            }
            if (chunk.contains(m.span()) && (best == null || m.actor().isPerson() || !best.actor().isPerson())) {
                best = m;
            }
        }
        return best == null ? null : new ActorMatch(best.actor(), best.span());
    }

    /**
     * The person a pronoun at {@code pos} most likely stands for: the latest person mentioned
     * before it outside quotes, skipping possessives and objects of prepositions, and persons
     * whose known gender does not agree.
     */
    ActorTag personBefore(int pos, boolean female, IntPredicate insideQuote) {
        for (int i = firstAtOrAfter(pos) - 1; i >= 0; i--) {
            Mention m = mentions.get(i);
            if (!m.actor().isPerson() || insideQuote.test(m.span().start()) || isPossessive(m.span())
                    || isObject(m.span())) {
                continue;
            }
            Boolean g = femaleOf(m.actor());
            if (g == null || g == female) {
                return m.actor();
            }
        }
        return null;
    }

    /** The latest actor before {@code pos} whose role contains {@code roleWord} ("the minister"). */
    ActorTag withRoleBefore(int pos, String roleWord) {
        String wanted = roleWord.toLowerCase(Locale.ROOT);
        for (int i = firstAtOrAfter(pos) - 1; i >= 0; i--) {
            ActorTag actor = mentions.get(i).actor();
            if (actor.role() != null && Arrays.asList(NON_LETTERS.split(actor.role().toLowerCase(Locale.ROOT))).contains(wanted)) {
                return actor;
            }
        }
        return null;
    }

    /** The words written right before each of the actor's mentions ("US President" Barack Obama). */
    List<String> titlesBefore(ActorTag actor) {
        List<String> titles = new ArrayList<>(2);
        for (Span s : actor.mentions()) {
            String window = text.substring(Math.max(0, s.start() - TITLE_WINDOW), Math.min(s.start(), text.length()));
            Matcher m = TITLE_BEFORE.matcher(window);
            if (m.find()) {
                titles.add(m.group(1).strip());
            }
        }
        return titles;
    }

    /** True when the actor is known female, false when known male, null when unknown. */
    Boolean femaleOf(ActorTag actor) {
        if (actor.role() != null && FEMALE_ROLE.matcher(actor.role()).find()) {
            return true;
        }
        if (actor.role() != null && MALE_ROLE.matcher(actor.role()).find()) {
            return false;
        }
        for (Span s : actor.mentions()) {
            String before = text.substring(Math.max(0, s.start() - 8), s.start());
            if (FEMALE_BEFORE.matcher(before).find()) {
                return true;
            }
            if (MALE_BEFORE.matcher(before).find()) {
                return false;
            }
        }
        return null;
    }

    private boolean isPossessive(Span s) {
        int e = s.end();
        return e + 1 < text.length() && (text.charAt(e) == '\'' || text.charAt(e) == '\u2019') && text.charAt(e + 1) == 's';
    }

    private boolean isObject(Span s) {
        return OBJECT_BEFORE.matcher(text.substring(Math.max(0, s.start() - 14), s.start())).find();
    }

    private int firstAtOrAfter(int pos) {
        int lo = 0;
        int hi = mentions.size();
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (mentions.get(mid).span().start() < pos) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }

    /** An actor and the mention of it that matched. */
    record ActorMatch(ActorTag actor, Span mention) {}
}
