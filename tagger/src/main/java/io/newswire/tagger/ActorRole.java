package io.newswire.tagger;

import java.time.LocalDate;
import java.util.Comparator;

/**
 * One dated role of an actor, decoded from a CAMEO code by the generator
 * ({@code tools/actors/build_actors.py}): {@code USAGOV 810120-890120} is the US government from
 * 1981-01-20 to 1989-01-20. Kept so that a story date can later pick the role held then.
 *
 * @param code the CAMEO code as written in the source ("USAGOV", "IGOUNO")
 * @param country ISO 3166-1 alpha-2 code, or {@code null} for transnational codes
 * @param sector readable sector ("government", "military", "government (business)"), or {@code null}
 * @param from first day held, or {@code null} when unknown
 * @param to last day held, or {@code null} when open or unknown
 */
record ActorRole(String code, String country, String sector, LocalDate from, LocalDate to) {
    /**
     * Latest first: an open end ("since 2013") before any end, later ends first, then later
     * starts; an undated role last.
     */
    static final Comparator<ActorRole> LATEST_FIRST = Comparator.comparing(ActorRole::endKey)
            .thenComparing(r -> r.from == null ? LocalDate.MIN : r.from).reversed();
    private static final String ELITE = "elite";

    private LocalDate endKey() {
        if (to != null) {
            return to;
        }
        return from == null ? LocalDate.MIN : LocalDate.MAX;
    }

    /** False for elite status ("ELI"), which CAMEO gives for the years before and after office. */
    boolean isOffice() {
        return !ELITE.equals(sector);
    }

    /** "US government (1981-1989)", "UN intergovernmental organisation (from 2007)". */
    String describe() {
        StringBuilder out = new StringBuilder();
        if (country != null) {
            out.append(country).append(' ');
        }
        out.append(sector);
        if (from != null && to != null) {
            out.append(" (").append(from.getYear());
            if (to.getYear() != from.getYear()) {
                out.append('-').append(to.getYear());
            }
            out.append(')');
        } else if (from != null) {
            out.append(" (from ").append(from.getYear()).append(')');
        } else if (to != null) {
            out.append(" (until ").append(to.getYear()).append(')');
        }
        return out.toString();
    }

    /** True when the role was held on {@code day}; an open bound admits every day on its side. */
    boolean heldOn(LocalDate day) {
        return (from == null || !day.isBefore(from)) && (to == null || !day.isAfter(to));
    }

    /** Parses {@code code,country,sector,from,to} as the generator writes it. */
    static ActorRole parse(String field) {
        String[] f = field.split(",", -1);
        if (f.length != 5) {
            throw new IllegalArgumentException("dated role needs 5 fields: " + field);
        }
        return new ActorRole(f[0], emptyToNull(f[1]), emptyToNull(f[2]), date(f[3]), date(f[4]));
    }

    /** "1981-01-20" read by hand: {@code LocalDate.parse} costs a formatter walk per date, 50,000 at load. */
    private static LocalDate date(String iso) {
        if (iso.isEmpty()) {
            return null;
        }
        if (iso.length() != 10 || iso.charAt(4) != '-' || iso.charAt(7) != '-') {
            throw new IllegalArgumentException("not an ISO date: " + iso);
        }
        return LocalDate.of(Integer.parseInt(iso, 0, 4, 10), Integer.parseInt(iso, 5, 7, 10),
                Integer.parseInt(iso, 8, 10, 10));
    }

    private static String emptyToNull(String s) {
        return s.isEmpty() ? null : s;
    }
}
