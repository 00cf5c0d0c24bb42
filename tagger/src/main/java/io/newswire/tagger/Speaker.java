package io.newswire.tagger;

/**
 * A resolved source of a statement.
 *
 * @param name canonical actor name or the description as first written
 * @param id actor id or {@code anon:} slug
 * @param span the mention the cue governs
 * @param role role, or {@code null}
 * @param country ISO 3166-1 alpha-2 code, or {@code null}
 * @param anonymous true for unnamed sources
 * @param official true for holders of an official role
 */
record Speaker(
        String name,
        String id,
        Span span,
        String role,
        String country,
        boolean anonymous,
        boolean official) {}
