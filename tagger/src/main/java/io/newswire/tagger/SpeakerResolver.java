package io.newswire.tagger;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.IntPredicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Turns the phrase a cue governs into a speaker: an actor, an unnamed source, or a pronoun's antecedent. */
final class SpeakerResolver {
    /** A whole source phrase that is a pronoun, ASCII case ignored (the regex {@code (?i)he|she|they|it|we|i}). */
    private static final WordTable PRONOUNS = new WordTable(List.of("he", "she", "they", "it", "we", "i"));
    private static final Pattern NAME_TAIL = Pattern.compile(
            "(?:\\p{Lu}[\\p{L}'\u2019.-]*\\s+(?:(?:al|el|de|van|von|bin|da|di|la|le)\\s+)?)*\\p{Lu}[\\p{L}'\u2019.-]*$");
    private static final Pattern DEFINITE_ROLE = Pattern.compile("(?i)the\\s+(?:[\\p{L}.-]+\\s+){0,3}?([\\p{L}-]+)");
    private static final int MAX_UNNAMED_WORDS = 7;
    private static final Pattern WORD = Pattern.compile("\\s+");
    /** The specification of {@link #nameHead}, tried only where {@link #mayNameThenPreposition} holds. */
    static final Pattern NAME_THEN_PREPOSITION = Pattern.compile(
            "((?:\\p{Lu}[\\p{L}.'\u2019-]*\\s+)*\\p{Lu}[\\p{L}'\u2019-]*\\s+\\p{Lu}[\\p{L}'\u2019-]*)\\s+(?:of|for|at|from|with|in)\\s");
    /** The specification of {@link #determinerEnd}, which applies it by hand. */
    static final Pattern LEADING_DETERMINER = Pattern.compile(
            "^(?i:a|an|another|the|one|two|three|four|five|several|some|many|other)(?:\\s+|$)");

    /** The words of {@link #LEADING_DETERMINER}. */
    private static final WordTable DETERMINERS = new WordTable(List.of("a", "an", "another", "the", "one", "two",
            "three", "four", "five", "several", "some", "many", "other"));

    private final String text;
    private final Lexicon lexicon;
    private final ActorMentions mentions;
    private final AnonymousSources anonymous;
    private final IntPredicate insideQuote;

    /** What {@link #fromActor} found for an actor and description: the same pairs recur quote after quote. */
    private record ActorAnswer(String description, String role, String country, boolean official) {}

    /**
     * What this story has learnt about one actor: the answers given for its descriptions, and
     * whether its role names an official one (asked at most once).
     */
    private static final class Known {
        final ActorTag actor;
        final List<ActorAnswer> answers = new ArrayList<>(2);
        Boolean roleOfficial;

        Known(ActorTag actor) {
            this.actor = actor;
        }
    }

    /**
     * Per actor quoted in this story (by identity), in first-quoted order. A list searched by
     * identity: a story quotes a handful of actors, and two identity maps per story cost more
     * to build than the searches.
     */
    private final List<Known> known = new ArrayList<>(4);

    SpeakerResolver(String text, List<ActorTag> actors, Lexicon lexicon, IntPredicate insideQuote) {
        this.text = text;
        this.lexicon = lexicon;
        this.mentions = new ActorMentions(text, actors);
        this.anonymous = new AnonymousSources(text, insideQuote);
        this.insideQuote = insideQuote;
    }

    private boolean isOfficial(String description) {
        return description != null && lexicon.isOfficial(description);
    }

    private String countryOf(String description) {
        return lexicon.countryOf(description);
    }

    /** The speaker for a source phrase, with {@code previous} the last speaker for pronoun preference. */
    Speaker resolve(SourceChunk chunk, Speaker previous) {
        Span span = chunk.span();
        String appositive = chunk.appositive() == null ? "" : text.substring(chunk.appositive().start(), chunk.appositive().end());
        if (isPronoun(span)) {
            return pronoun(span, text.substring(span.start(), span.end()).toLowerCase(Locale.ROOT), previous);
        }
        ActorMentions.ActorMatch match = mentions.inside(span);
        if (match != null && match.actor().isPerson()) {
            return fromActor(match.actor(), match.mention(), description(span.start(), match.mention().start(), appositive));
        }
        AnonymousSources.Source source = anonymous.classify(span);
        // "one EU diplomat": an organisation inside an unnamed source is its affiliation, not the speaker
        boolean affiliation = match != null && source != null && !AnonymousSources.isDefinite(source);
        if (match != null && !affiliation) {
            return fromActor(match.actor(), match.mention(), description(span.start(), match.mention().start(), appositive));
        }
        boolean refersBack = source != null && AnonymousSources.isDefinite(source);
        if (source != null && (!refersBack || anonymous.antecedent(source, span.start()) != null)) {
            return fromDescription(source, span, appositive);
        }
        String words = text.substring(span.start(), span.end());
        Matcher definite = DEFINITE_ROLE.matcher(words);
        ActorTag holder = definite.matches() ? mentions.withRoleBefore(span.start(), definite.group(1)) : null;
        if (holder != null) {
            return fromActor(holder, span, "");
        }
        if (source != null) {
            return fromDescription(source, span, appositive);
        }
        return surface(span, words, appositive);
    }

    /**
     * {@link #PRONOUNS} looked up without a matcher: it runs for every source phrase. Only ASCII
     * letters fold, as with {@code (?i)} without {@code UNICODE_CASE}.
     */
    private boolean isPronoun(Span span) {
        return span.end() - span.start() <= 4 && PRONOUNS.containsIgnoreAsciiCase(text, span.start(), span.end());
    }

    /**
     * {@code (text[from, mentionStart) + " " + appositive).strip()}, the words naming an actor
     * besides its mention, without building the joined string: the appositive is a trimmed
     * span, so it neither opens nor ends on whitespace.
     */
    private String description(int from, int mentionStart, String appositive) {
        int s = from;
        int e = mentionStart;
        while (s < e && Character.isWhitespace(text.charAt(s))) {
            s++;
        }
        if (appositive.isEmpty()) {
            while (e > s && Character.isWhitespace(text.charAt(e - 1))) {
                e--;
            }
            return text.substring(s, e);
        }
        return s == e ? appositive : text.substring(s, mentionStart) + " " + appositive;
    }

    private Speaker pronoun(Span span, String word, Speaker previous) {
        if (!word.equals("he") && !word.equals("she")) {
            boolean reuse = previous != null && word.equals("they") && previous.anonymous();
            return reuse ? withSpan(previous, span) : unnamed(word, span, "");
        }
        boolean female = word.equals("she");
        ActorTag actor = mentions.personBefore(span.start(), female, insideQuote);
        if (actor == null) {
            return unnamed(word, span, "");
        }
        return fromActor(actor, span, "");
    }

    /** The speaker for an actor, with {@code desc} the stripped words describing it ("" for none). */
    private Speaker fromActor(ActorTag actor, Span span, String desc) {
        Known k = knownFor(actor);
        ActorAnswer answer = null;
        for (int i = 0; i < k.answers.size(); i++) {
            if (k.answers.get(i).description().equals(desc)) {
                answer = k.answers.get(i);
                break;
            }
        }
        if (answer == null) {
            answer = answerFor(k, desc);
            k.answers.add(answer);
        }
        return new Speaker(actor.name(), actor.id(), span, answer.role(), answer.country(), false, answer.official());
    }

    /** Role, country and official status of an actor named after {@code desc}; a pure function of the two. */
    private ActorAnswer answerFor(Known k, String description) {
        ActorTag actor = k.actor;
        String desc = description;
        // An actor with an official role is official whatever its description, which then
        // decides nothing else (the role is the actor's, titles are looked for only without
        // one): most quoted actors are such, and their descriptions need not be scanned.
        if (actor.role() != null && roleOfficial(k)) {
            String country = actor.country() != null ? actor.country() : countryOf(desc);
            return new ActorAnswer(description, actor.role(), country, true);
        }
        // isOfficial is a pure test of the string: asked once per description, not three times
        boolean descOfficial = isOfficial(desc);
        if (actor.role() == null && !descOfficial) {
            String titled = mentions.titlesBefore(actor).stream().filter(this::isTitle).findFirst().orElse(desc);
            if (titled != desc) {
                desc = titled;
                descOfficial = isOfficial(desc);
            }
        }
        String role = actor.role() != null ? actor.role() : descOfficial ? desc : null;
        String country = actor.country() != null ? actor.country() : countryOf(desc);
        boolean official = descOfficial || roleOfficial(k);
        return new ActorAnswer(description, role, country, official);
    }

    /** {@code isOfficial(actor.role())}, asked once per actor in a story (its descriptions vary, its role does not). */
    private boolean roleOfficial(Known k) {
        if (k.roleOfficial == null) {
            k.roleOfficial = isOfficial(k.actor.role());
        }
        return k.roleOfficial;
    }

    private Known knownFor(ActorTag actor) {
        for (int i = 0; i < known.size(); i++) {
            if (known.get(i).actor == actor) {
                return known.get(i);
            }
        }
        Known k = new Known(actor);
        known.add(k);
        return k;
    }

    /** A title run ends on a role word or a capitalised word right before the name. */
    private boolean isTitle(String words) {
        String last = words.substring(words.lastIndexOf(' ') + 1);
        return isOfficial(last) || Character.isUpperCase(last.charAt(0)) && isOfficial(words);
    }

    private Speaker fromDescription(AnonymousSources.Source source, Span span, String appositive) {
        AnonymousSources.Source defining = source;
        if (AnonymousSources.isDefinite(source)) {
            AnonymousSources.Source antecedent = anonymous.antecedent(source, span.start());
            defining = antecedent != null ? antecedent : source;
        }
        String description = defining.description();
        String roleText = description + " " + appositive;
        return new Speaker(description, AnonymousSources.idOf(description), span, stripDeterminer(description),
                countryOf(roleText), true, isOfficial(roleText));
    }

    private Speaker surface(Span chunk, String chunkWords, String appositive) {
        Span span = nameHead(chunk, chunkWords);
        String words = text.substring(span.start(), span.end());
        Matcher name = NAME_TAIL.matcher(words);
        if (name.find()) {
            Span nameSpan = new Span(span.start() + name.start(), span.end());
            String display = text.substring(nameSpan.start(), nameSpan.end());
            String description = words.substring(0, name.start()) + " " + appositive;
            String desc = description.strip();
            String role = stripDeterminer(desc).isEmpty() ? null : desc;
            return new Speaker(display, AnonymousSources.slug(display), nameSpan, role,
                    countryOf(desc), false, isOfficial(desc) || isOfficial(display));
        }
        return WORD.split(words).length <= MAX_UNNAMED_WORDS ? unnamed(words, span, appositive) : null;
    }

    /** "Cameron Easley of Morning Consult": a full name before a preposition is the head. */
    private static Span nameHead(Span chunk, String words) {
        if (!mayNameThenPreposition(words)) {
            return chunk;
        }
        Matcher m = NAME_THEN_PREPOSITION.matcher(words);
        return m.lookingAt() ? new Span(chunk.start(), chunk.start() + m.end(1)) : chunk;
    }

    /** The prepositions of {@link #NAME_THEN_PREPOSITION}. */
    private static final WordTable NAME_PREPOSITIONS = new WordTable(List.of("of", "for", "at", "from", "with", "in"));

    /**
     * Necessary conditions of {@link #NAME_THEN_PREPOSITION} looking at {@code words}, so that
     * most source phrases skip it: they open on an upper-case letter and hold one of its
     * prepositions between spaces somewhere after the first character.
     */
    static boolean mayNameThenPreposition(String words) {
        int n = words.length();
        if (n == 0 || Character.getType(words.codePointAt(0)) != Character.UPPERCASE_LETTER) {
            return false;
        }
        for (int i = 1; i < n; i++) {
            if (!Chars.isRegexSpace(words.charAt(i))) {
                continue;
            }
            int end = i + 1;
            while (end < n && Chars.isAsciiLetter(words.charAt(end))) {
                end++;
            }
            if (end < n && Chars.isRegexSpace(words.charAt(end)) && NAME_PREPOSITIONS.contains(words, i + 1, end)) {
                return true;
            }
        }
        return false;
    }

    private Speaker unnamed(String words, Span span, String appositive) {
        String description = lowerFirstDeterminer(words);
        String roleText = description + " " + appositive;
        return new Speaker(description, AnonymousSources.idOf(description), span, null,
                countryOf(roleText), true, isOfficial(roleText));
    }

    private static Speaker withSpan(Speaker s, Span span) {
        return new Speaker(s.name(), s.id(), span, s.role(), s.country(), s.anonymous(), s.official());
    }

    static String stripDeterminer(String description) {
        int end = determinerEnd(description);
        return end < 0 ? description : description.substring(end);
    }

    static String lowerFirstDeterminer(String words) {
        int end = determinerEnd(words);
        return end >= 0 ? words.substring(0, end).toLowerCase(Locale.ROOT) + words.substring(end) : words;
    }

    /**
     * Where {@link #LEADING_DETERMINER} matches at the start of {@code s}, or -1, by hand (each
     * unnamed source and surface name asks). Its words are ASCII letters and must be followed by
     * spaces or the end, so the match is the leading letter run when that is one of them but for
     * ASCII case, then the spaces after it; {@code $} also matches before a line terminator
     * that ends the text.
     */
    static int determinerEnd(String s) {
        int n = s.length();
        int run = 0;
        while (run < n && Chars.isAsciiLetter(s.charAt(run))) {
            run++;
        }
        if (!DETERMINERS.containsIgnoreAsciiCase(s, 0, run)) {
            return -1;
        }
        int end = run;
        while (end < n && Chars.isRegexSpace(s.charAt(end))) {
            end++;
        }
        return end > run || run == n || run == n - 1 && isFinalLineTerminator(s.charAt(run)) ? end : -1;
    }

    /** Line terminators before which a final {@code $} matches, beyond those {@code \s} takes. */
    private static boolean isFinalLineTerminator(char c) {
        return c == '\u0085' || c == '\u2028' || c == '\u2029';
    }
}
