package io.newswire.producer.source.http;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.newswire.producer.IngestOutcome;
import io.newswire.producer.IngestSummary.Stage;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The answer to one request: a status and a small JSON body. {@link #of} turns the outcomes of a
 * pushed input into 202 (something was published or was already there), 422 (nothing in it could
 * be read as a story) or 503 (the broker did not take a story, or did not record a rejection:
 * worth retrying).
 *
 * @param status the HTTP status
 * @param json the body
 * @param storyIds the ids listed in the body, for the request log
 * @param headers response headers besides Content-Type
 */
record PushReply(int status, String json, List<String> storyIds, Map<String, String> headers) {
    static final int OK = 200;
    static final int ACCEPTED = 202;
    static final int UNAUTHORIZED = 401;
    static final int NOT_FOUND = 404;
    static final int METHOD_NOT_ALLOWED = 405;
    static final int PAYLOAD_TOO_LARGE = 413;
    static final int UNPROCESSABLE = 422;
    static final int SERVER_ERROR = 500;
    static final int UNAVAILABLE = 503;

    private static final ObjectMapper JSON = new ObjectMapper();

    PushReply {
        storyIds = List.copyOf(storyIds);
        headers = Map.copyOf(headers);
    }

    static PushReply ok(String json) {
        return new PushReply(OK, json, List.of(), Map.of());
    }

    static PushReply error(int status, String reason) {
        ObjectNode body = JSON.createObjectNode().put("error", reason);
        return new PushReply(status, body.toString(), List.of(), Map.of());
    }

    PushReply withHeader(String name, String value) {
        Map<String, String> more = new LinkedHashMap<>(headers);
        more.put(name, value);
        return new PushReply(status, json, storyIds, more);
    }

    static PushReply of(List<IngestOutcome> outcomes) {
        if (outcomes.isEmpty()) {
            return error(UNPROCESSABLE, "no story in the input");
        }
        for (IngestOutcome outcome : outcomes) {
            if (outcome.isRejected() && outcome.stage() == Stage.SEND && outcome.retriable()) {
                return error(UNAVAILABLE, outcome.reason());
            }
            if (outcome.deadLetterFailure() != null) {
                // refused input that is not recorded either: the client keeps it and tries again
                return error(UNAVAILABLE, "could not record the rejection (" + outcome.reason() + "): "
                        + outcome.deadLetterFailure());
            }
        }
        List<IngestOutcome> accepted = outcomes.stream().filter(outcome -> !outcome.isRejected()).toList();
        if (accepted.isEmpty() && outcomes.size() == 1) {
            return error(UNPROCESSABLE, outcomes.get(0).reason());
        }
        ObjectNode body = JSON.createObjectNode();
        if (accepted.isEmpty()) {
            body.put("error", "none of the " + outcomes.size() + " items is a story");
        } else {
            ArrayNode stories = body.putArray("stories");
            accepted.forEach(outcome -> stories.addObject().put("id", outcome.storyId()).put("version", outcome.version())
                    .put("status", outcome.kind().name().toLowerCase(Locale.ROOT)));
        }
        if (accepted.size() < outcomes.size()) {
            ArrayNode rejected = body.putArray("rejected");
            for (int i = 0; i < outcomes.size(); i++) {
                if (outcomes.get(i).isRejected()) {
                    rejected.addObject().put("item", i + 1).put("reason", outcomes.get(i).reason());
                }
            }
        }
        return new PushReply(accepted.isEmpty() ? UNPROCESSABLE : ACCEPTED, body.toString(),
                accepted.stream().map(IngestOutcome::storyId).toList(), Map.of());
    }
}
