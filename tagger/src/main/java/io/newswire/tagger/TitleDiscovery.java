package io.newswire.tagger;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Discovers people the dictionary lacks from a title written before their name: "Foreign
 * Ministry spokeswoman Maria Zakharova", "Prime Minister Jane Doe". The title becomes the role.
 */
final class TitleDiscovery {
    /** First words of every title head ({@link TitledName}): it is only tried where one of them starts. */
    static final Set<String> HEAD_FIRST_WORDS = Set.of("Prime", "Foreign", "Defence",
            "Defense", "Interior", "Finance", "Economy", "Justice", "Oil", "Trade", "Energy",
            "Health", "Minister", "minister", "Secretary", "Spokesman", "spokesman", "Spokeswoman",
            "spokeswoman", "Spokesperson", "spokesperson", "Chancellor", "Vice", "President",
            "Ambassador", "ambassador", "Envoy", "envoy", "Governor", "Mayor", "Senator", "General",
            "Commander", "commander", "Chief", "chief", "Chairman", "chairman", "Chairwoman",
            "chairwoman", "Director", "director", "Leader", "leader", "Crown", "King", "Queen",
            "Speaker", "Premier");
    /** The shortest of {@link #HEAD_FIRST_WORDS} ("Oil"). */
    private static final int HEAD_FIRST_MIN_LENGTH = 3;
    /** {@link #HEAD_FIRST_WORDS} that open on a capital, for lookups straight from the text. */
    private static final WordTable CAPITALISED_HEAD_TABLE = new WordTable(
            HEAD_FIRST_WORDS.stream().filter(w -> Character.isUpperCase(w.charAt(0))).toList());
    /** {@link #HEAD_FIRST_WORDS} that open on a lower-case letter: each is a whole head ("spokesman"). */
    private static final WordTable LOWER_CASE_HEAD_TABLE = new WordTable(
            HEAD_FIRST_WORDS.stream().filter(w -> !Character.isUpperCase(w.charAt(0))).toList());
    private static final int ASCII = 0x80;
    /**
     * Per capital A-Z, bit {@code c & 63} for each second character {@code c} of a capitalised
     * head word: most capitalised words of a story ("Seoul", "Wang") are rejected before the
     * word is read.
     */
    private static final long[] CAPITALISED_HEAD_SECOND_CHARS = new long[26];
    /**
     * Per capital A-Z and second character {@code s}, at {@code (capital - 'A') << 6 | s & 63},
     * bit {@code c & 63} for each third character {@code c} of a capitalised head word: "Mali",
     * "Amina", "Diallo" pass the second-character test ("Mayor", "Ambassador", "Director") and
     * fail here, still before the word is read.
     */
    private static final long[] CAPITALISED_HEAD_THIRD_CHARS = new long[26 << 6];
    /**
     * Per last character {@code c & 63} of a lower-case head word, bit {@code p & 63} for the
     * character {@code p} before it: the word before most capitals ("in", "said", "the") ends
     * otherwise and is rejected before it is read.
     */
    private static final long[] LOWER_CASE_HEAD_ENDINGS = new long[64];
    /** The shortest lower-case head word ("envoy", "chief"). */
    private static final int LOWER_CASE_HEAD_MIN_LENGTH;

    static {
        int shortest = Integer.MAX_VALUE;
        for (String word : HEAD_FIRST_WORDS) {
            if (Character.isUpperCase(word.charAt(0))) {
                CAPITALISED_HEAD_SECOND_CHARS[word.charAt(0) - 'A'] |= 1L << (word.charAt(1) & 63);
                CAPITALISED_HEAD_THIRD_CHARS[(word.charAt(0) - 'A') << 6 | word.charAt(1) & 63] |= 1L << (word.charAt(2) & 63);
            } else {
                LOWER_CASE_HEAD_ENDINGS[word.charAt(word.length() - 1) & 63] |= 1L << (word.charAt(word.length() - 2) & 63);
                shortest = Math.min(shortest, word.length());
            }
        }
        LOWER_CASE_HEAD_MIN_LENGTH = shortest;
    }

    /** Lower-case words that may qualify a title head ("Russian foreign ministry spokeswoman"). */
    private static final Set<String> QUALIFIER_WORDS = Set.of("of", "for", "the", "foreign", "defence",
            "defense", "interior", "finance", "ministry", "department", "office", "army", "military", "police",
            "party", "opposition", "rebel", "militant", "senior", "deputy", "former", "acting", "state");
    private static final int MAX_QUALIFIERS = 4;
    private static final Set<String> NOT_NAME_WORDS = Set.of("Monday", "Tuesday", "Wednesday",
            "Thursday", "Friday", "Saturday", "Sunday", "January", "February", "March", "April",
            "June", "July", "August", "September", "October", "November", "December", "The",
            "And", "But", "Minister", "President", "Ministry", "Department", "Office", "Party",
            "Council", "Reuters", "Said", "Told", "Jr", "Secretary", "General", "Chairman", "Director",
            "Governor", "Senator", "Speaker", "Chief", "Corp", "Corporation", "Co", "Inc", "Ltd",
            "Motors", "Electric", "Group", "Bank", "Insurance", "Credit", "Fund", "Airlines",
            "Industries", "Holdings", "Company", "Association", "Committee", "Commission",
            "University", "Board", "Institute", "International", "Trust", "Exchange", "House",
            "Senate", "Assembly", "Parliament", "Court", "News", "Agency");
    /** {@link #QUALIFIER_WORDS} and {@link #NOT_NAME_WORDS} looked up from the text without a substring. */
    private static final WordTable QUALIFIER_TABLE = new WordTable(QUALIFIER_WORDS);

    private static final WordTable NOT_NAME_TABLE = new WordTable(NOT_NAME_WORDS);
    private static final Set<String> LEADING = Set.of("the", "a", "an", "his", "her", "its",
            "their", "then", "former", "of", "for");

    /** {@link #LEADING}, looked up from the title without a substring. */
    private static final WordTable LEADING_TABLE = new WordTable(LEADING);

    /** A discovered titled name: where the name is, the whole title, and the title's span. */
    record Titled(Span name, String role, Span title) {}

    private TitleDiscovery() {}

    /**
     * Every title opens on a capitalised head word ("Foreign Minister"), or is a lower-case head
     * word followed by ",? " and a capitalised name ("spokesman Ned Price"). So only ASCII capitals
     * that open a run of letters are looked at, and {@link TitledName} is tried at the head word
     * there or just before. Such capitals are found from the story's {@link WordBits}: the first
     * letter of each word, and inside a word that opens on a digit, a capital right after a digit
     * ("2016President"). A capital after a digit inside a word that opens on a letter ("G7Summit")
     * is not looked at. Only the word starts that are capitals or digits are visited.
     */
    static List<Titled> find(String text, WordBits bits) {
        List<Titled> found = new ArrayList<>();
        long[] wordStarts = bits.starts();
        long[] capitals = bits.capitals();
        long[] digits = bits.digits();
        int resume = 0; // a title found ends the search before the end of its head
        for (int w = 0; w < wordStarts.length; w++) {
            // the word starts that are capitals or digits, walked bit by bit (the shared sets are only read)
            for (long rest = wordStarts[w] & (capitals[w] | digits[w]); rest != 0; rest &= rest - 1) {
                int i = w << 6 | Long.numberOfTrailingZeros(rest);
                if (Chars.isSet(digits, i)) {
                    int end = NameMatcher.wordEnd(bits.words(), i);
                    for (int k = i + 1; k < end; k++) {
                        if (Chars.isAsciiUpperCase(text.charAt(k)) && !Chars.isLetter(text.charAt(k - 1))) {
                            resume = tryAt(text, k, resume, found);
                        }
                    }
                } else {
                    resume = tryAt(text, i, resume, found);
                }
            }
        }
        return found;
    }

    /** Tries a title at the head before the capital at {@code i}, then at {@code i}; returns the new resume point. */
    private static int tryAt(String text, int i, int resume, List<Titled> found) {
        int lowerCaseHead = lowerCaseHeadBefore(text, i);
        if (lowerCaseHead >= resume) {
            resume = Math.max(resume, titleAt(text, lowerCaseHead, found));
        }
        if (i >= resume && isCapitalisedHead(text, i)) {
            resume = Math.max(resume, titleAt(text, i, found));
        }
        return resume;
    }

    /** Where a lower-case head word ends one space (or ", ") before {@code name}, its start; else -1. */
    static int lowerCaseHeadBefore(String text, int name) {
        int end = name - 1;
        if (end < 1 || text.charAt(end) != ' ') {
            return -1;
        }
        if (text.charAt(end - 1) == ',') {
            end--;
        }
        if (end < LOWER_CASE_HEAD_MIN_LENGTH) {
            return -1;
        }
        char last = text.charAt(end - 1);
        char beforeLast = text.charAt(end - 2);
        if ((last | beforeLast) >= ASCII || (LOWER_CASE_HEAD_ENDINGS[last & 63] & 1L << (beforeLast & 63)) == 0) {
            return -1;
        }
        int start = end;
        while (start > 0 && Chars.isLetter(text.charAt(start - 1))) {
            start--;
        }
        return end - start >= HEAD_FIRST_MIN_LENGTH && LOWER_CASE_HEAD_TABLE.contains(text, start, end) ? start : -1;
    }

    /**
     * True when the run of letters at {@code start} (an ASCII capital) is a capitalised head
     * word, rejected on its first three characters before the run is read when it cannot be.
     */
    static boolean isCapitalisedHead(String text, int start) {
        char second = start + 1 < text.length() ? text.charAt(start + 1) : 0;
        int capital = text.charAt(start) - 'A';
        if (second >= ASCII || (CAPITALISED_HEAD_SECOND_CHARS[capital] & 1L << (second & 63)) == 0) {
            return false;
        }
        char third = start + 2 < text.length() ? text.charAt(start + 2) : 0;
        if (third >= ASCII || (CAPITALISED_HEAD_THIRD_CHARS[capital << 6 | second & 63] & 1L << (third & 63)) == 0) {
            return false;
        }
        int end = start;
        while (end < text.length() && Chars.isLetter(text.charAt(end))) {
            end++;
        }
        return end - start >= HEAD_FIRST_MIN_LENGTH && CAPITALISED_HEAD_TABLE.contains(text, start, end);
    }

    /**
     * Tries {@link TitledName} at a head word; adds the title when its name is plausible. Returns
     * where the head ends when a title and name matched (the search goes on from there), else -1.
     */
    private static int titleAt(String text, int headStart, List<Titled> found) {
        TitledName.Match m = TitledName.at(text, headStart);
        if (m == null) {
            return -1;
        }
        if (plausibleName(text, m.nameStart(), m.nameEnd())) {
            int start = qualifiersStart(text, m.headStart());
            int roleStart = roleStart(text, start, m.headEnd());
            String role = text.substring(roleStart, m.headEnd());
            // where the role first occurs in the title, as title.indexOf(role) had it
            int titleStart = roleStart == start ? start : text.indexOf(role, start);
            found.add(new Titled(new Span(m.nameStart(), m.nameEnd()), role, new Span(titleStart, m.headEnd())));
        }
        return m.headEnd();
    }

    /** Walks back over up to four qualifier words ("Russian Foreign Ministry") before a title head. */
    private static int qualifiersStart(String text, int headStart) {
        int start = headStart;
        for (int n = 0; n < MAX_QUALIFIERS; n++) {
            int end = start - 1;
            if (end < 1 || text.charAt(end) != ' ') {
                break;
            }
            int begin = end;
            while (begin > 0 && isWordPart(text.charAt(begin - 1))) {
                begin--;
            }
            if (begin == end || !isQualifier(text, begin, end)) {
                break;
            }
            start = begin;
        }
        return start;
    }

    /**
     * A qualifier word: capitalised ({@code [A-Z][A-Za-z.'’-]*}) or one of
     * {@link #QUALIFIER_WORDS}. Checked by hand: it runs for every word before a found title.
     */
    private static boolean isQualifier(String text, int from, int to) {
        char first = text.charAt(from);
        if (first < 'A' || first > 'Z') {
            return QUALIFIER_TABLE.contains(text, from, to);
        }
        for (int k = from + 1; k < to; k++) {
            char c = text.charAt(k);
            boolean letter = c >= 'A' && c <= 'Z' || c >= 'a' && c <= 'z';
            if (!letter && c != '.' && c != '\'' && c != '\u2019' && c != '-') {
                return false;
            }
        }
        return true;
    }

    private static boolean isWordPart(char c) {
        return Character.isLetter(c) || c == '.' || c == '\'' || c == '\u2019' || c == '-';
    }

    private static boolean plausibleName(String text, int from, int to) {
        // the words between spaces and hyphens, as split("[ -]") gives them (empty ones never match)
        int wordStart = from;
        for (int i = from; i <= to; i++) {
            if (i == to || text.charAt(i) == ' ' || text.charAt(i) == '-') {
                if (NOT_NAME_TABLE.contains(text, wordStart, i)) {
                    return false;
                }
                wordStart = i + 1;
            }
        }
        return true;
    }

    /**
     * {@code LEADING.contains(word.toLowerCase(Locale.ROOT))} without the two strings for an
     * ASCII word (nearly all): ASCII case folding is the same as {@code toLowerCase} there.
     */
    private static boolean isLeading(String text, int from, int to) {
        for (int k = from; k < to; k++) {
            if (text.charAt(k) >= 0x80) {
                return LEADING.contains(text.substring(from, to).toLowerCase(Locale.ROOT));
            }
        }
        return LEADING_TABLE.containsIgnoreAsciiCase(text, from, to);
    }

    /**
     * Where the title {@code text[from, to)} starts once its leading determiners and
     * prepositions are dropped, never its last word. The title ends on its head word, never on
     * a space, so the role is a plain suffix of it.
     */
    private static int roleStart(String text, int from, int to) {
        int start = from;
        for (int space = text.indexOf(' ', start); space >= 0 && space < to; space = text.indexOf(' ', start)) {
            if (!isLeading(text, start, space)) {
                break;
            }
            start = space + 1;
        }
        return start;
    }
}
