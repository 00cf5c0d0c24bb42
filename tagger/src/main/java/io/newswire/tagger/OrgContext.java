package io.newswire.tagger;

import java.util.Set;

/**
 * Tells whether a place name is part of an organisation name the dictionary does not know:
 * followed by a corporate word within three capitalised words ("Nippon Steel", "Texas Air
 * Corp", "Georgia Gulf Corp") or the object of "Bank of" / "University of" ("Bank of Japan").
 */
final class OrgContext {
    private static final Set<String> CORPORATE = Set.of("Corp", "Corporation", "Co", "Inc",
            "Ltd", "Plc", "PLC", "AG", "NV", "Bank", "Group", "Holdings", "Airlines", "Airways",
            "Steel", "Motors", "Electric", "Energy", "Petroleum", "Gas", "Power", "Industries",
            "Times", "Post", "Journal", "University", "Company", "Fund", "Trust", "Insurance",
            "Telecom", "Instruments", "Railroad", "Railway", "Utilities", "Bancorp", "Financial",
            "Securities", "Chemical", "Chemicals", "Mining", "Resources", "Partners", "Pictures",
            "Association", "Agency", "Board", "Society", "Academy", "Foundation", "Institute",
            "League", "Broadcasting", "Code");
    /** {@link #CORPORATE} for lookups straight from the text: every place name is tested. */
    private static final WordTable CORPORATE_TABLE = new WordTable(CORPORATE);
    private static final Set<String> ORG_OF = Set.of("Bank", "University", "Institute",
            "College", "Museum", "Council", "Parliament", "Archbishop", "Governor", "Mayor");
    /** {@link #ORG_OF} for lookups straight from the text ("capital of Syria" is common). */
    private static final WordTable ORG_OF_TABLE = new WordTable(ORG_OF);
    private static final int LOOKAHEAD_WORDS = 3;

    private OrgContext() {}

    static boolean inOrganisationName(String text, Span span) {
        return corporateWordFollows(text, span.end()) || ofOrganisation(text, span.start());
    }

    private static boolean corporateWordFollows(String text, int end) {
        int i = end;
        for (int n = 0; n < LOOKAHEAD_WORDS; n++) {
            if (i + 1 >= text.length() || text.charAt(i) != ' ' || !isUpperCase(text.charAt(i + 1))) {
                return false;
            }
            int j = i + 1;
            while (j < text.length() && (Chars.isLetter(text.charAt(j)) || text.charAt(j) == '.')) {
                j++;
            }
            // the word without one trailing full stop ("Corp."), looked up without a substring
            int wordEnd = j > i + 1 && text.charAt(j - 1) == '.' ? j - 1 : j;
            if (wordEnd > i + 1 && CORPORATE_TABLE.contains(text, i + 1, wordEnd)) {
                return true;
            }
            i = j;
        }
        return false;
    }

    private static boolean ofOrganisation(String text, int start) {
        if (start < 4 || !text.startsWith(" of ", start - 4)) {
            return false;
        }
        int end = start - 4;
        int begin = end;
        while (begin > 0 && Chars.isLetter(text.charAt(begin - 1))) {
            begin--;
        }
        return ORG_OF_TABLE.contains(text, begin, end);
    }

    /** {@link Character#isUpperCase(char)}, answered inline for ASCII: every place name is followed up. */
    private static boolean isUpperCase(char c) {
        return c < 0x80 ? Chars.isAsciiUpperCase(c) : Character.isUpperCase(c);
    }
}
