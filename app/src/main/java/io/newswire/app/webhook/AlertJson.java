package io.newswire.app.webhook;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.newswire.schemas.Alert;

/** The JSON body posted to webhooks: the alert's fields with ISO-8601 timestamps. */
public final class AlertJson {
    private final ObjectMapper mapper;

    public AlertJson(ObjectMapper mapper) {
        this.mapper = mapper;
    }

    public String render(Alert alert) {
        ObjectNode node = mapper.createObjectNode()
                .put("statement_id", alert.getStatementId())
                .put("speaker", alert.getSpeaker())
                .put("speaker_id", alert.getSpeakerId())
                .put("role", alert.getRole())
                .put("speaker_country", alert.getSpeakerCountry())
                .put("quote", alert.getQuote())
                .put("story_id", alert.getStoryId())
                .put("story_version", alert.getStoryVersion())
                .put("headline", alert.getHeadline())
                .put("story_received_at", alert.getStoryReceivedAt().toString())
                .put("emitted_at", alert.getEmittedAt().toString());
        try {
            return mapper.writeValueAsString(node);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException("cannot render alert " + alert.getStatementId(), e);
        }
    }
}
