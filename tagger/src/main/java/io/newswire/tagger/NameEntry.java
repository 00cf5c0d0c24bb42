package io.newswire.tagger;

import java.util.List;

/**
 * One name in the compiled gazetteer: a place reading, a demonym or an actor alias.
 *
 * @param name the name as spelled in the dictionary; capitals in it must be capitals in text
 * @param kind what the name denotes
 * @param codes countries (first = default reading), the macro-region slug, or the actor id
 * @param personLike true for places that are also common person names ("Jordan", "Chad")
 * @param minor true for a reading that needs corroboration: a first-level region outside the
 *     curated lists or a small town ("Paul" in Cape Verde, "Piedmont") is a place only when the
 *     story names its country otherwise, or when an administrative suffix follows it
 * @param titleLength for an actor alias written with a title ("President Reagan"), the length
 *     of the title and its space: the mention is the rest, the title a role the story gives
 */
record NameEntry(String name, Kind kind, List<String> codes, boolean personLike, boolean minor, int titleLength) {

    enum Kind {
        COUNTRY("country"),
        CITY("city"),
        REGION("region"),
        MACRO_REGION("macro-region"),
        DEMONYM("demonym"),
        ACTOR("actor");

        private final String label;

        Kind(String label) {
            this.label = label;
        }

        String label() {
            return label;
        }

        boolean isPlace() {
            return this == COUNTRY || this == CITY || this == REGION || this == MACRO_REGION;
        }

        static Kind of(String label) {
            for (Kind kind : values()) {
                if (kind.label.equals(label)) {
                    return kind;
                }
            }
            throw new IllegalArgumentException("unknown name kind: " + label);
        }
    }

    NameEntry {
        codes = List.copyOf(codes);
    }

    NameEntry(String name, Kind kind, List<String> codes, boolean personLike) {
        this(name, kind, codes, personLike, false);
    }

    NameEntry(String name, Kind kind, List<String> codes, boolean personLike, boolean minor) {
        this(name, kind, codes, personLike, minor, 0);
    }

    /**
     * An actor alias; "{president} Reagan" in the dictionary is the name "president Reagan"
     * whose first 10 characters are a title. {@code actorId} is the actor's one-id list, shared by its names.
     */
    static NameEntry actorAlias(String alias, List<String> actorId) {
        int close = alias.startsWith("{") ? alias.indexOf('}') : -1;
        if (close < 0) {
            return new NameEntry(alias, Kind.ACTOR, actorId, false);
        }
        String title = alias.substring(1, close);
        String rest = alias.substring(close + 1).strip();
        return new NameEntry(title + " " + rest, Kind.ACTOR, actorId, false, false, title.length() + 1);
    }

    /** The default country of a place or demonym reading. */
    String country() {
        return kind == Kind.MACRO_REGION || kind == Kind.ACTOR || codes.isEmpty() ? null : codes.get(0);
    }

    /** True for all-capital abbreviations such as "US", "U.S." or "NATO", matched case-exactly. */
    boolean isAcronym() {
        int upper = 0;
        for (int i = 0; i < name.length(); i++) {
            char c = name.charAt(i);
            if (Character.isLowerCase(c)) {
                return false;
            }
            if (Character.isUpperCase(c)) {
                upper++;
            }
        }
        return upper >= 2;
    }
}
