package io.newswire.producer.parse;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.temporal.ChronoField;
import java.time.temporal.TemporalAccessor;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Source timestamps as ISO-8601 strings that keep the offset the source wrote: {@code +0200}
 * becomes {@code +02:00}, {@code GMT} and {@code +00:00} become {@code Z}, and a time the source
 * gave without any offset stays without one (it is not guessed). Unreadable times give null, so
 * a bad date never costs the story.
 */
final class SourceTimes {
    private static final DateTimeFormatter ISO_WITH_OPTIONAL_OFFSET = new DateTimeFormatterBuilder()
            .parseCaseInsensitive()
            .append(DateTimeFormatter.ISO_LOCAL_DATE_TIME)
            .optionalStart().appendOffset("+HH:MM:ss", "Z").optionalEnd()
            .optionalStart().appendOffset("+HHMM", "Z").optionalEnd()
            .optionalStart().appendOffset("+HH", "Z").optionalEnd()
            .toFormatter(Locale.ROOT);

    /** RFC 822 / RFC 1123 as RSS uses it: optional weekday, 2- or 4-digit year, optional seconds. */
    private static final Pattern RFC_822 = Pattern.compile(
            "(?:[A-Za-z]{3,9},?\\s*)?(\\d{1,2})\\s+([A-Za-z]{3})[A-Za-z]*\\.?\\s+(\\d{2,4})\\s+"
                    + "(\\d{1,2}):(\\d{2})(?::(\\d{2}))?(?:\\s*([A-Za-z]{1,5}|[+-]\\d{2}:?\\d{2}))?");
    private static final List<String> MONTHS = List.of(
            "jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec");
    /** The zone names RFC 822 defines (military letters other than Z are too ambiguous to trust). */
    private static final Map<String, ZoneOffset> ZONES = Map.ofEntries(
            Map.entry("gmt", ZoneOffset.UTC), Map.entry("ut", ZoneOffset.UTC),
            Map.entry("utc", ZoneOffset.UTC), Map.entry("z", ZoneOffset.UTC),
            Map.entry("est", ZoneOffset.ofHours(-5)), Map.entry("edt", ZoneOffset.ofHours(-4)),
            Map.entry("cst", ZoneOffset.ofHours(-6)), Map.entry("cdt", ZoneOffset.ofHours(-5)),
            Map.entry("mst", ZoneOffset.ofHours(-7)), Map.entry("mdt", ZoneOffset.ofHours(-6)),
            Map.entry("pst", ZoneOffset.ofHours(-8)), Map.entry("pdt", ZoneOffset.ofHours(-7)));

    private static final Pattern AS_WRITTEN = Pattern.compile(
            "(\\d{4})-?(\\d{2})-?(\\d{2})"
                    + "(?:[T ](\\d{2}):?(\\d{2})(?::?(\\d{2})([.,]\\d{1,9})?)?)?"
                    + "\\s*(Z|[+-]\\d{2}(?::?\\d{2})?)?");

    private SourceTimes() {}

    /** An ISO-8601 / RFC 3339 date-time (ninjs, Atom, Dublin Core), or null. */
    static String iso(String raw) {
        if (raw == null || raw.isBlank()) {
            return null;
        }
        try {
            TemporalAccessor parsed = ISO_WITH_OPTIONAL_OFFSET.parse(raw.strip());
            LocalDateTime local = LocalDateTime.from(parsed);
            if (parsed.isSupported(ChronoField.OFFSET_SECONDS)) {
                return format(OffsetDateTime.of(local, ZoneOffset.from(parsed)));
            }
            return DateTimeFormatter.ISO_LOCAL_DATE_TIME.format(local);
        } catch (DateTimeException e) {
            return null;
        }
    }

    /** An RFC 822 date as in RSS ({@code Tue, 10 Jun 2003 04:00:00 GMT}), or null. */
    static String rfc822(String raw) {
        if (raw == null) {
            return null;
        }
        Matcher m = RFC_822.matcher(raw.strip());
        if (!m.matches()) {
            return null;
        }
        int month = MONTHS.indexOf(m.group(2).toLowerCase(Locale.ROOT)) + 1;
        if (month == 0) {
            return null;
        }
        try {
            LocalDateTime local = LocalDateTime.of(year(m.group(3)), month, Integer.parseInt(m.group(1)),
                    Integer.parseInt(m.group(4)), Integer.parseInt(m.group(5)),
                    m.group(6) == null ? 0 : Integer.parseInt(m.group(6)));
            if (m.group(7) == null) {
                return DateTimeFormatter.ISO_LOCAL_DATE_TIME.format(local);
            }
            ZoneOffset offset = offset(m.group(7));
            return offset == null ? null : format(OffsetDateTime.of(local, offset));
        } catch (DateTimeException e) {
            return null;
        }
    }

    /** Either form: feeds in the wild put ISO dates in pubDate and RFC 822 dates in dc:date. */
    static String any(String raw) {
        String iso = iso(raw);
        return iso != null ? iso : rfc822(raw);
    }

    private static int year(String digits) {
        int year = Integer.parseInt(digits);
        if (digits.length() == 2) {
            return year < 50 ? 2000 + year : 1900 + year;
        }
        return year;
    }

    private static ZoneOffset offset(String zone) {
        char first = zone.charAt(0);
        if (first == '+' || first == '-') {
            try {
                return ZoneOffset.of(zone.length() == 5 ? zone.substring(0, 3) + ":" + zone.substring(3) : zone);
            } catch (DateTimeException e) {
                return null;
            }
        }
        String name = zone.toLowerCase(Locale.ROOT);
        return ZONES.get(name);
    }

    private static String format(OffsetDateTime time) {
        return DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(time);
    }

    /**
     * NewsML-G2 / NITF timestamps kept as written: extended ISO stays exactly as the source wrote it,
     * NITF's basic form ({@code 20151014T043001+0100}) becomes extended with the same offset
     * ({@code 2015-10-14T04:30:01+01:00}); a time without offset stays without one.
     * The timestamp in extended ISO-8601, or null when {@code raw} is null or not a timestamp. */
    static String asWritten(String raw) {
        if (raw == null) {
            return null;
        }
        String text = raw.strip();
        Matcher m = AS_WRITTEN.matcher(text);
        if (!m.matches()) {
            return null;
        }
        String date = m.group(1) + "-" + m.group(2) + "-" + m.group(3);
        if (m.group(4) == null) {
            return m.group(8) == null && isValidIso(date, null) ? date : null;
        }
        StringBuilder iso = new StringBuilder(date).append('T').append(m.group(4)).append(':').append(m.group(5));
        if (m.group(6) != null) {
            iso.append(':').append(m.group(6));
            if (m.group(7) != null) {
                iso.append('.').append(m.group(7).substring(1));
            }
        }
        String offset = extendedOffset(m.group(8));
        String result = offset == null ? iso.toString() : iso + offset;
        return isValidIso(result, offset) ? (result.equals(text) ? text : result) : null;
    }

    private static String extendedOffset(String raw) {
        if (raw == null || raw.equals("Z")) {
            return raw;
        }
        String digits = raw.substring(1).replace(":", "");
        String minutes = digits.length() == 4 ? digits.substring(2) : "00";
        return raw.charAt(0) + digits.substring(0, 2) + ":" + minutes;
    }

    private static boolean isValidIso(String iso, String offset) {
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
