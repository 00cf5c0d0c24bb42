package io.newswire.tagger;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The location part of a dateline as the agency wrote it, with the state, province or country
 * that follows the city: "TROY, Mich., March 2 -" gives "TROY, Mich.", "VANCOUVER, British
 * Columbia, March 11 -" gives "VANCOUVER, British Columbia", "BEIRUT, Sept 19 (Reuters) -" gives
 * "BEIRUT". Wire style (AP, Reuters) names the state or country after every city that is not
 * well known on its own, so keeping it is what lets "BIRMINGHAM, Ala." resolve to the US and a
 * small town such as "STOUGHTON, Mass" resolve at all.
 *
 * <p>The location ends at the first comma-separated part that opens a date (a month, a weekday,
 * a digit), at an agency credit in brackets, or at the dash that closes the dateline.
 */
public final class DatelineLocation {
    /** Compiled once: {@code String.split("\\s+")} compiles its pattern on every call. */
    private static final Pattern SPACES = Pattern.compile("\\s+");
    /** Parts after the city are short: "Mich.", "British Columbia", "N.J.", "England". */
    private static final int MAX_PART_WORDS = 3;

    private static final Set<String> DATE_WORDS = Set.of(
            "jan", "january", "feb", "february", "mar", "march", "apr", "april", "may", "jun", "june",
            "jul", "july", "aug", "august", "sep", "sept", "september", "oct", "october", "nov",
            "november", "dec", "december", "mon", "monday", "tue", "tues", "tuesday", "wed",
            "wednesday", "thu", "thur", "thurs", "thursday", "fri", "friday", "sat", "saturday", "sun",
            "sunday", "today", "tonight", "yesterday");

    private static final String[] CREDIT_MARKS = {"(", " - ", " \u2013", " \u2014"};

    private DatelineLocation() {}

    /**
     * The location of a dateline, or {@code null} when it names none.
     *
     * @param dateline a dateline as written ("TROY, Mich., March 2 -"), or just its place
     */
    public static String of(String dateline) {
        return dateline == null ? null : read(dateline, false);
    }

    /**
     * The location of a dateline that opens the body ("TROY, Mich., March 2 - Kmart said..."):
     * the parts after the city are kept only when a date, a credit or a dash closes them, so
     * "WASHINGTON, Mr Smith said" gives "WASHINGTON".
     *
     * @param lead the start of the body from the city on
     */
    static String leading(String lead) {
        int line = lead.indexOf('\n');
        return read(line < 0 ? lead : lead.substring(0, line), true);
    }

    private static String read(String dateline, boolean mustClose) {
        int credit = creditAt(dateline);
        String head = dateline.substring(0, credit).strip();
        boolean closed = credit < dateline.length();
        List<String> parts = new ArrayList<>();
        for (String raw : head.split(",")) {
            String part = raw.strip();
            if (!part.isEmpty() && (parts.isEmpty() ? isDateOnly(part) : opensDate(part))) {
                closed = true;
                break;
            }
            if (part.isEmpty() || !parts.isEmpty() && !looksLikeRegion(part)) {
                break;
            }
            parts.add(part);
        }
        if (parts.isEmpty()) {
            return null;
        }
        return mustClose && !closed ? parts.get(0) : String.join(", ", parts);
    }

    /** Where "(Reuters)" or the dash that closes the dateline starts, else the length. */
    private static int creditAt(String dateline) {
        int end = dateline.length();
        for (String mark : CREDIT_MARKS) {
            int at = dateline.indexOf(mark);
            if (at >= 0 && at < end) {
                end = at;
            }
        }
        if (end == dateline.length() && dateline.stripTrailing().endsWith("-")) {
            end = dateline.lastIndexOf('-');
        }
        return end;
    }

    private static boolean opensDate(String part) {
        if (Character.isDigit(part.charAt(0))) {
            return true;
        }
        int space = part.indexOf(' ');
        String first = (space < 0 ? part : part.substring(0, space)).replace(".", "").toLowerCase(Locale.ROOT);
        return DATE_WORDS.contains(first);
    }

    /**
     * The first part is a date only when nothing but a number follows its first word ("March 2",
     * "Monday"): "SUN CITY" and "MAY PEN" are towns.
     */
    private static boolean isDateOnly(String part) {
        if (!opensDate(part)) {
            return false;
        }
        int space = part.indexOf(' ');
        return space < 0 || Character.isDigit(part.charAt(0)) || part.substring(space + 1).strip().chars().allMatch(Character::isDigit);
    }

    /** A state or country after the city: capitalised and at most a few words. */
    private static boolean looksLikeRegion(String part) {
        return Character.isUpperCase(part.charAt(0)) && SPACES.split(part).length <= MAX_PART_WORDS;
    }
}
