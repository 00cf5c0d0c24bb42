package io.newswire.streams.topology;

import io.newswire.schemas.Actor;
import io.newswire.schemas.PlaceMention;
import io.newswire.schemas.Span;
import io.newswire.schemas.Statement;
import io.newswire.schemas.TaggedStory;
import io.newswire.schemas.WireStory;
import io.newswire.tagger.ActorTag;
import io.newswire.tagger.PlaceTag;
import io.newswire.tagger.StatementTag;
import io.newswire.tagger.StoryTags;
import java.time.Instant;
import java.util.List;

/** Converts the tagger's plain-Java result into the Avro records on the topics. */
final class TaggedStoryMapper {
    private TaggedStoryMapper() {}

    static TaggedStory toTaggedStory(WireStory story, StoryTags tags, List<String> feeds, Instant taggedAt) {
        return TaggedStory.newBuilder()
                .setStory(story)
                .setCountries(tags.countries())
                .setFocusCountries(tags.focusCountries())
                .setMacroRegions(tags.regions())
                .setPlaces(tags.places().stream().map(TaggedStoryMapper::place).toList())
                .setActors(tags.actors().stream().map(TaggedStoryMapper::actor).toList())
                .setStatements(tags.statements().stream().map(s -> statement(story, s)).toList())
                .setFeeds(feeds)
                .setTaggedAt(taggedAt)
                .build();
    }

    static Statement statement(WireStory story, StatementTag tag) {
        return Statement.newBuilder()
                .setId(StatementIds.of(tag.speakerId(), tag.quote()))
                .setStoryId(story.getId())
                .setStoryVersion(story.getVersion())
                .setHeadline(story.getHeadline())
                .setStoryReceivedAt(story.getReceivedAt())
                .setQuote(tag.quote())
                .setQuoteSpan(span(tag.span()))
                .setCue(tag.cue())
                .setSpeaker(tag.speaker())
                .setSpeakerId(tag.speakerId())
                .setSpeakerSpan(tag.speakerSpan() == null ? null : span(tag.speakerSpan()))
                .setSpeakerRole(tag.speakerRole())
                .setSpeakerCountry(tag.speakerCountry())
                .setAnonymous(tag.anonymous())
                .setOfficial(tag.official())
                .build();
    }

    private static PlaceMention place(PlaceTag tag) {
        return PlaceMention.newBuilder()
                .setName(tag.name())
                .setKind(tag.kind())
                .setCountry(tag.country())
                .setSpan(span(tag.span()))
                .build();
    }

    private static Actor actor(ActorTag tag) {
        return Actor.newBuilder()
                .setId(tag.id())
                .setName(tag.name())
                .setType(tag.type())
                .setRole(tag.role())
                .setCountry(tag.country())
                .setMentions(tag.mentions().stream().map(TaggedStoryMapper::span).toList())
                .build();
    }

    private static Span span(io.newswire.tagger.Span span) {
        return new Span(span.start(), span.end());
    }
}
