package io.newswire.tagger;

import java.text.Normalizer;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * A known actor: canonical id, name, type, role and country, the aliases it is written as, and
 * its dated roles. {@code role} is the hand-written role of a curated actor, or {@code null};
 * {@code roles} keeps the dated history decoded from CAMEO codes (see {@code SOURCES.md}).
 */
record ActorDef(String id, String name, String type, String role, String country, List<String> aliases,
        List<ActorRole> roles) {
    private static final Pattern MARKS = Pattern.compile("\\p{M}");
    private static final Pattern NOT_SLUG = Pattern.compile("[^a-z0-9]+");
    private static final Pattern EDGE_DASHES = Pattern.compile("^-+|-+$");
    private static final String FORMER = "former ";
    private static final String LATE = "late ";

    ActorDef {
        aliases = List.copyOf(aliases);
        roles = roles instanceof DatedRoles ? roles : List.copyOf(roles);
    }

    /** An actor without dated roles (discovered from a title, or hand-made in tests). */
    ActorDef(String id, String name, String type, String role, String country, List<String> aliases) {
        this(id, name, type, role, country, aliases, List.of());
    }

    /**
     * The role to report when the dictionary has no hand-written one and the story writes no
     * title, for a story without a date: the latest dated role (by end, an open end first,
     * then by start), as "US government (1981-1989)". Elite status ("ELI": before and
     * after office) is taken only when there is no other role.
     */
    String latestRole() {
        ActorRole latest = null;
        for (ActorRole r : roles) {
            if (r.sector() != null && (latest == null || r.isOffice() && !latest.isOffice()
                    || r.isOffice() == latest.isOffice() && ActorRole.LATEST_FIRST.compare(r, latest) < 0)) {
                latest = r;
            }
        }
        return latest == null ? null : latest.describe();
    }

    /**
     * The role to report for a story written on {@code day}, when the dictionary role cannot
     * be trusted for that day: {@code null} while the latest office (the one a hand-written
     * role describes) was held then, or when the actor has no dated office; otherwise the
     * office held that day ("US government (legislature) (from 2011)") or {@code ""} when
     * the actor held none then (a 2016 story about a 2025 Secretary of State).
     */
    String roleOtherThanLatestOn(LocalDate day) {
        ActorRole latest = latestOffice();
        if (latest == null || latest.heldOn(day)) {
            return null;
        }
        ActorRole then = null;
        for (ActorRole r : roles) {
            if (r.sector() != null && r.isOffice() && r.heldOn(day)
                    && (then == null || ActorRole.LATEST_FIRST.compare(r, then) < 0)) {
                then = r;
            }
        }
        return then == null ? "" : then.describe();
    }

    /**
     * The hand-written role for a story written on {@code day}: a text about an office that
     * has ended ("former US President") loses "former "/"late " when the latest office was
     * held that day (a 2023 story about Joe Biden). {@code null} without a hand-written role.
     */
    String roleTextOn(LocalDate day) {
        if (role == null || day == null || !(role.startsWith(FORMER) || role.startsWith(LATE))) {
            return role;
        }
        ActorRole latest = latestOffice();
        if (latest == null || !latest.heldOn(day)) {
            return role;
        }
        return role.substring(role.indexOf(' ') + 1);
    }

    /** The latest dated office (elite status left out), the one a hand-written role describes; or {@code null}. */
    private ActorRole latestOffice() {
        ActorRole latest = null;
        for (ActorRole r : roles) {
            if (r.sector() != null && r.isOffice() && (latest == null || ActorRole.LATEST_FIRST.compare(r, latest) < 0)) {
                latest = r;
            }
        }
        return latest;
    }

    /**
     * True for a person the curated layer does not describe (a Phoenix dictionary entry): no
     * hand-written role. Such a name may be anyone's ("Juan Carlos Rodriguez, a teacher").
     */
    boolean isUncuratedPerson() {
        return isPerson() && role == null;
    }

    boolean isPerson() {
        return ActorTag.PERSON.equals(type);
    }

    /** The last word of a person's name ("Kerry" for John Kerry), used for coreference. */
    String surname() {
        String[] words = name.split(" ");
        return words[words.length - 1];
    }

    /** A lower-case ASCII slug: "Bashar al-Assad" becomes {@code bashar-al-assad}. */
    static String slug(String name) {
        if (Chars.isAscii(name, 0, name.length())) {
            return asciiSlug(name);
        }
        String ascii = MARKS.matcher(Normalizer.normalize(name, Normalizer.Form.NFKD)).replaceAll("");
        String slug = NOT_SLUG.matcher(ascii.toLowerCase(Locale.ROOT)).replaceAll("-");
        return EDGE_DASHES.matcher(slug).replaceAll("");
    }

    /** The same slug without normaliser or regex: NFKD leaves ASCII unchanged. Called per discovered name. */
    private static String asciiSlug(String name) {
        StringBuilder out = new StringBuilder(name.length());
        boolean dash = false;
        for (int i = 0; i < name.length(); i++) {
            char c = name.charAt(i);
            char lower = c >= 'A' && c <= 'Z' ? (char) (c + ('a' - 'A')) : c;
            if (lower >= 'a' && lower <= 'z' || lower >= '0' && lower <= '9') {
                if (dash && out.length() > 0) {
                    out.append('-');
                }
                out.append(lower);
                dash = false;
            } else {
                dash = true;
            }
        }
        return out.toString();
    }

}
