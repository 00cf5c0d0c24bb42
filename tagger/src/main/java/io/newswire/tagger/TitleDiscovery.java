package io.newswire.tagger;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Discovers people the dictionary lacks from a title written before their name: "Foreign
 * Ministry spokeswoman Maria Zakharova", "Prime Minister Jane Doe". The title becomes the role.
 */
final class TitleDiscovery {
    private static final String HEAD = "(?:(?:Prime|Foreign|Defen[cs]e|Interior|Finance|Economy|"
            + "Justice|Oil|Trade|Energy|Health) [Mm]inister|Minister|Secretary of State|"
            + "Secretary[- ]General|Secretary|[Ss]pokes(?:man|woman|person)|Chancellor|Vice President|"
            + "President|[Aa]mbassador|[Ee]nvoy|Governor|Mayor|Senator|General|[Cc]ommander|"
            + "[Cc]hief|[Cc]hairman|[Cc]hairwoman|[Dd]irector|[Ll]eader|Crown Prince|King|Queen|"
            + "Speaker|Premier|[Mm]inister)";
    private static final String WORD = "[A-Z][a-z]+(?:-[A-Z]?[a-z]+)?";
    private static final String PARTICLE = "(?:(?:al|bin|ibn|de|da|van|von|der|del|el|la|le|abu)[ -])?";
    private static final Pattern HEAD_AND_NAME = Pattern.compile("(" + HEAD + "),? ("
            + WORD + "(?: " + PARTICLE + WORD + "){1,2})\\b");
    /** First words of every title head: the regex is only tried where one of them starts. */
    private static final Set<String> HEAD_FIRST_WORDS = Set.of("Prime", "Foreign", "Defence",
            "Defense", "Interior", "Finance", "Economy", "Justice", "Oil", "Trade", "Energy",
            "Health", "Minister", "minister", "Secretary", "Spokesman", "spokesman", "Spokeswoman",
            "spokeswoman", "Spokesperson", "spokesperson", "Chancellor", "Vice", "President",
            "Ambassador", "ambassador", "Envoy", "envoy", "Governor", "Mayor", "Senator", "General",
            "Commander", "commander", "Chief", "chief", "Chairman", "chairman", "Chairwoman",
            "chairwoman", "Director", "director", "Leader", "leader", "Crown", "King", "Queen",
            "Speaker", "Premier");
    /** {@link #HEAD_FIRST_WORDS} for lookups straight from the text: every word of a story is tested. */
    private static final WordTable HEAD_FIRST_TABLE = new WordTable(HEAD_FIRST_WORDS);
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
    private static final Set<String> LEADING = Set.of("the", "a", "an", "his", "her", "its",
            "their", "then", "former", "of", "for");

    /** {@link #LEADING}, looked up from the title without a substring. */
    private static final WordTable LEADING_TABLE = new WordTable(LEADING);

    /** A discovered titled name: where the name is, the whole title, and the title's span. */
    record Titled(Span name, String role, Span title) {}

    private TitleDiscovery() {}

    static List<Titled> find(String text) {
        List<Titled> found = new ArrayList<>();
        Matcher m = HEAD_AND_NAME.matcher(text);
        // every character is tested: an array is scanned much faster than String.charAt
        char[] chars = text.toCharArray();
        for (int i = 0; i < chars.length; i++) {
            // Cheap filter first: the regex is only tried at word starts that can open a title.
            if (!Chars.isLetter(chars[i]) || (i > 0 && Chars.isLetter(chars[i - 1]))) {
                continue;
            }
            int wordEnd = i;
            while (wordEnd < chars.length && Chars.isLetter(chars[wordEnd])) {
                wordEnd++;
            }
            if (wordEnd - i < 3 || !HEAD_FIRST_TABLE.contains(text, i, wordEnd)
                    || !m.region(i, text.length()).lookingAt()) {
                i = wordEnd - 1;
                continue;
            }
            i = m.end(1);
            String name = m.group(2);
            if (!plausibleName(name)) {
                continue;
            }
            int start = qualifiersStart(text, m.start(1));
            String title = text.substring(start, m.end(1));
            String role = trimLeading(title);
            int titleStart = start + title.indexOf(role);
            found.add(new Titled(new Span(m.start(2), m.end(2)), role, new Span(titleStart, m.end(1))));
        }
        return found;
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
            if (begin == end || !isQualifier(text.substring(begin, end))) {
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
    private static boolean isQualifier(String word) {
        if (word.isEmpty()) {
            return false;
        }
        if (word.charAt(0) < 'A' || word.charAt(0) > 'Z') {
            return QUALIFIER_WORDS.contains(word);
        }
        for (int k = 1; k < word.length(); k++) {
            char c = word.charAt(k);
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

    private static boolean plausibleName(String name) {
        // the words between spaces and hyphens, as split("[ -]") gives them (empty ones never match)
        int from = 0;
        for (int i = 0; i <= name.length(); i++) {
            if (i == name.length() || name.charAt(i) == ' ' || name.charAt(i) == '-') {
                if (NOT_NAME_WORDS.contains(name.substring(from, i))) {
                    return false;
                }
                from = i + 1;
            }
        }
        return true;
    }

    /**
     * {@code LEADING.contains(word.toLowerCase(Locale.ROOT))} without the two strings for an
     * ASCII word (nearly all): ASCII case folding is the same as {@code toLowerCase} there.
     */
    private static boolean isLeading(String title, int from, int to) {
        for (int k = from; k < to; k++) {
            if (title.charAt(k) >= 0x80) {
                return LEADING.contains(title.substring(from, to).toLowerCase(Locale.ROOT));
            }
        }
        return LEADING_TABLE.containsIgnoreAsciiCase(title, from, to);
    }

    /**
     * Drops leading determiners and prepositions, never the last word. The title ends on its head
     * word, never on a space, so the rest is a plain suffix of it.
     */
    private static String trimLeading(String title) {
        int from = 0;
        for (int space = title.indexOf(' '); space >= 0; space = title.indexOf(' ', from)) {
            if (!isLeading(title, from, space)) {
                break;
            }
            from = space + 1;
        }
        return title.substring(from);
    }
}
