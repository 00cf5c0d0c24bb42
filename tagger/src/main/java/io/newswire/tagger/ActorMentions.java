package io.newswire.tagger;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.RandomAccess;
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

    private final String text;
    /** Every mention and its actor, by start; equal starts keep the actors' and mentions' order. */
    private final Span[] spans;
    private final ActorTag[] owners;
    /**
     * {@code spans[k].start()} for each k: the binary searches and the scan of
     * {@link #inside} read the starts alone, without a pointer to follow per mention.
     */
    private final int[] starts;

    ActorMentions(String text, List<ActorTag> given) {
        this.text = text;
        List<ActorTag> actors = given instanceof RandomAccess ? given : new ArrayList<>(given);
        int total = 0;
        for (int a = 0; a < actors.size(); a++) {
            total += actors.get(a).mentions().size();
        }
        Span[] allSpans = new Span[total];
        ActorTag[] allOwners = new ActorTag[total];
        // start and input index in one long: a primitive sort gives the order of a stable sort by start
        long[] keys = new long[total];
        int n = 0;
        // indexed loops: no iterator per actor
        for (int a = 0; a < actors.size(); a++) {
            ActorTag actor = actors.get(a);
            List<Span> mentions = actor.mentions();
            for (int m = 0; m < mentions.size(); m++) {
                Span s = mentions.get(m);
                if (s.end() <= text.length()) {
                    allSpans[n] = s;
                    allOwners[n] = actor;
                    keys[n] = ((long) s.start() << 32) | n;
                    n++;
                }
            }
        }
        Arrays.sort(keys, 0, n);
        this.spans = new Span[n];
        this.owners = new ActorTag[n];
        this.starts = new int[n];
        for (int k = 0; k < n; k++) {
            int index = (int) keys[k];
            spans[k] = allSpans[index];
            owners[k] = allOwners[index];
            starts[k] = (int) (keys[k] >>> 32);
        }
    }

    /** The actor a source phrase names: the last person mention inside it, else the last mention. */
    ActorMatch inside(Span chunk) {
        int best = -1;
        for (int i = firstAtOrAfter(chunk.start()); i < starts.length; i++) {
            if (starts[i] >= chunk.end()) {
                break;
            }
            if (chunk.contains(spans[i]) && (best < 0 || owners[i].isPerson() || !owners[best].isPerson())) {
                best = i;
            }
        }
        return best < 0 ? null : new ActorMatch(owners[best], spans[best]);
    }

    /**
     * The person a pronoun at {@code pos} most likely stands for: the latest person mentioned
     * before it outside quotes, skipping possessives and objects of prepositions, and persons
     * whose known gender does not agree.
     */
    ActorTag personBefore(int pos, boolean female, IntPredicate insideQuote) {
        for (int i = firstAtOrAfter(pos) - 1; i >= 0; i--) {
            if (!owners[i].isPerson() || insideQuote.test(spans[i].start()) || isPossessive(spans[i])
                    || isObject(spans[i])) {
                continue;
            }
            Boolean g = femaleOf(owners[i]);
            if (g == null || g == female) {
                return owners[i];
            }
        }
        return null;
    }

    /** The latest actor before {@code pos} whose role contains {@code roleWord} ("the minister"). */
    ActorTag withRoleBefore(int pos, String roleWord) {
        String wanted = roleWord.toLowerCase(Locale.ROOT);
        for (int i = firstAtOrAfter(pos) - 1; i >= 0; i--) {
            ActorTag actor = owners[i];
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
        int hi = starts.length;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (starts[mid] < pos) {
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
