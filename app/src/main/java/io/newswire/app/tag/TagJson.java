package io.newswire.app.tag;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.newswire.tagger.ActorTag;
import io.newswire.tagger.PlaceTag;
import io.newswire.tagger.Span;
import io.newswire.tagger.StatementTag;
import io.newswire.tagger.StoryTags;

/**
 * The {@code tag --jsonl} output contract (DESIGN.md): one object per story with {@code id},
 * {@code countries}, {@code focus_countries}, {@code regions}, {@code places}, {@code actors} and
 * {@code statements}. Offsets are Java String indices into the input {@code text}, end exclusive.
 * Evaluation tools depend on these names: change them only with the contract.
 */
public final class TagJson {
    private final ObjectMapper mapper;

    public TagJson(ObjectMapper mapper) {
        this.mapper = mapper;
    }

    public ObjectNode toJson(Object id, StoryTags tags) {
        ObjectNode out = mapper.createObjectNode();
        out.set("id", mapper.valueToTree(id));
        strings(out.putArray("countries"), tags.countries());
        strings(out.putArray("focus_countries"), tags.focusCountries());
        strings(out.putArray("regions"), tags.regions());
        ArrayNode places = out.putArray("places");
        for (PlaceTag place : tags.places()) {
            ObjectNode node = places.addObject();
            node.put("name", place.name());
            span(node, place.span());
            node.put("country", place.country());
            node.put("kind", place.kind());
        }
        ArrayNode actors = out.putArray("actors");
        for (ActorTag actor : tags.actors()) {
            ObjectNode node = actors.addObject();
            node.put("name", actor.name());
            node.put("type", actor.type());
            node.put("role", actor.role());
            node.put("country", actor.country());
            ArrayNode mentions = node.putArray("mentions");
            actor.mentions().forEach(m -> span(mentions.addObject(), m));
        }
        ArrayNode statements = out.putArray("statements");
        for (StatementTag statement : tags.statements()) {
            ObjectNode node = statements.addObject();
            node.put("quote", statement.quote());
            span(node, statement.span());
            node.put("speaker", statement.speaker());
            node.put("speaker_start", statement.speakerSpan() == null ? null : statement.speakerSpan().start());
            node.put("speaker_end", statement.speakerSpan() == null ? null : statement.speakerSpan().end());
            node.put("official", statement.official());
        }
        return out;
    }

    private static void strings(ArrayNode array, Iterable<String> values) {
        values.forEach(array::add);
    }

    private static void span(ObjectNode node, Span span) {
        node.put("start", span.start());
        node.put("end", span.end());
    }
}
