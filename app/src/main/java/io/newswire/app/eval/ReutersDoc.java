package io.newswire.app.eval;

import java.util.List;

/**
 * One Reuters-21578 story.
 *
 * @param places the {@code <PLACES>} names as given ("usa", "west-germany")
 * @param people the {@code <PEOPLE>} names as given ("reagan", "james-baker")
 * @param dateline the place of the dateline ("SALVADOR"), or {@code null}
 * @param body the body with hard line wraps undone: paragraphs joined by a blank line
 */
public record ReutersDoc(String id, List<String> places, List<String> people, String title, String dateline,
        String body) {
    public ReutersDoc {
        places = List.copyOf(places);
        people = List.copyOf(people);
    }
}
