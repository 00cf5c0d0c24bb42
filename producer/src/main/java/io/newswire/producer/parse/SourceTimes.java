package io.newswire.producer.parse;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Source timestamps as ISO-8601 strings with the source's own offset kept, never shifted to UTC.
 * NewsML-G2 writes extended ISO ({@code 2016-10-18T13:12:21-05:00}), kept exactly as written;
 * NITF's {@code norm} attributes use the basic form ({@code 20151014T043001+0100}), rewritten as
 * extended ({@code 2015-10-14T04:30:01+01:00}) with the same instant and offset. A time written
 * without an offset stays without one: inventing UTC would misplace it by the source's offset.
 */
final class SourceTimes {
    private static final Pattern TIMESTAMP = Pattern.compile(
            "(\\d{4})-?(\\d{2})-?(\\d{2})"
                    + "(?:[T ](\\d{2}):?(\\d{2})(?::?(\\d{2})([.,]\\d{1,9})?)?)?"
                    + "\\s*(Z|[+-]\\d{2}(?::?\\d{2})?)?");

    private SourceTimes() {}

    /** The timestamp in extended ISO-8601, or null when {@code raw} is null or not a timestamp. */
    static String iso(String raw) {
        if (raw == null) {
            return null;
        }
        String text = raw.strip();
        Matcher m = TIMESTAMP.matcher(text);
        if (!m.matches()) {
            return null;
        }
        String date = m.group(1) + "-" + m.group(2) + "-" + m.group(3);
        if (m.group(4) == null) {
            return m.group(8) == null && valid(date, null) ? date : null;
        }
        StringBuilder iso = new StringBuilder(date).append('T').append(m.group(4)).append(':').append(m.group(5));
        if (m.group(6) != null) {
            iso.append(':').append(m.group(6));
            if (m.group(7) != null) {
                iso.append('.').append(m.group(7).substring(1));
            }
        }
        String offset = offset(m.group(8));
        String result = offset == null ? iso.toString() : iso + offset;
        return valid(result, offset) ? (result.equals(text) ? text : result) : null;
    }

    private static String offset(String raw) {
        if (raw == null || raw.equals("Z")) {
            return raw;
        }
        String digits = raw.substring(1).replace(":", "");
        String minutes = digits.length() == 4 ? digits.substring(2) : "00";
        return raw.charAt(0) + digits.substring(0, 2) + ":" + minutes;
    }

    private static boolean valid(String iso, String offset) {
        try {
            if (!iso.contains("T")) {
                LocalDate.parse(iso);
            } else if (offset == null) {
                LocalDateTime.parse(iso);
            } else {
                OffsetDateTime.parse(iso);
            }
            return true;
        } catch (DateTimeException e) {
            return false;
        }
    }
}
