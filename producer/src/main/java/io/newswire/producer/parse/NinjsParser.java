package io.newswire.producer.parse;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.core.io.JsonEOFException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.json.JsonMapper;
import io.newswire.schemas.serde.AvroTrust;
import java.io.IOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Parses IPTC ninjs (News in JSON) 1.x, 2.x and 3.x items; field mapping in {@link NinjsItem}.
 *
 * <p>The family id is the item's {@code uri} (Superdesk's {@code guid} when there is no uri, a
 * {@link ContentHash} when there is neither), the version its {@code version}, 1 when absent.
 * A content-API answer that wraps items in a list ({@code {"item": [...]}}, {@code items},
 * {@code _items}) becomes a {@link ParseResult.Batch} with one result per item.
 */
public final class NinjsParser implements StoryParser {
    public static final String FORMAT = "ninjs";

    private static final List<String> ITEM_LISTS = List.of("item", "items", "_items");
    private static final ObjectMapper JSON = JsonMapper.builder()
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .build();

    static {
        AvroTrust.trustNewswireSchemas();
    }

    @Override
    public ParseResult parse(byte[] content, String origin, Instant receivedAt) {
        ParseResult.Rejected empty = StoryParser.rejectEmpty(content, receivedAt);
        if (empty != null) {
            return empty;
        }
        JsonNode root;
        try {
            root = JSON.readTree(content);
        } catch (IOException e) {
            return new ParseResult.Rejected(problem(e));
        }
        if (root == null || root.isMissingNode()) {
            return new ParseResult.Rejected("blank input: no JSON value, only whitespace");
        }
        if (!root.isObject()) {
            return new ParseResult.Rejected("not a ninjs item: the JSON document is "
                    + root.getNodeType().name().toLowerCase(Locale.ROOT) + ", a ninjs item is a JSON object");
        }
        if (NinjsItem.looksLikeItem(root)) {
            return NinjsItem.toResult(root, receivedAt);
        }
        for (String list : ITEM_LISTS) {
            if (root.path(list).isArray()) {
                return itemList(root.get(list), list, receivedAt);
            }
        }
        return new ParseResult.Rejected("not a ninjs item: the JSON object has none of the ninjs fields"
                + " uri, guid, headline(s), body_*/bodies or versioncreated (its fields: "
                + JsonFields.fieldNames(root, 8) + ")");
    }

    private static ParseResult itemList(JsonNode items, String name, Instant receivedAt) {
        if (items.isEmpty()) {
            return new ParseResult.Rejected("no items: the item list '" + name + "' is empty");
        }
        List<ParseResult> results = new ArrayList<>();
        int index = 0;
        for (JsonNode item : items) {
            if (NinjsItem.looksLikeItem(item)) {
                results.add(NinjsItem.toResult(item, receivedAt));
            } else {
                results.add(new ParseResult.Rejected("not a ninjs item: element " + index + " of '" + name
                        + "' is " + (item.isObject() ? "an object without ninjs fields" : "not a JSON object")));
            }
            index++;
        }
        return new ParseResult.Batch(results);
    }

    /** A reason naming the kind of problem and where it is, without echoing the content. */
    private static String problem(IOException e) {
        if (!(e instanceof JsonProcessingException json)) {
            return "unreadable JSON: " + e.getClass().getSimpleName();
        }
        String where = where(json.getLocation());
        if (json instanceof JsonEOFException) {
            return "truncated JSON: the input ends inside a value" + where;
        }
        if (json instanceof StreamConstraintsException) {
            return "JSON exceeds the parser's limits (nesting depth, number or string length)" + where;
        }
        if (json instanceof MismatchedInputException) {
            return "not a single JSON value: more content follows the first value" + where;
        }
        String message = json.getOriginalMessage() == null ? "" : json.getOriginalMessage().lines().findFirst().orElse("");
        return "not valid JSON" + where + ": " + (message.length() > 160 ? message.substring(0, 160) + "..." : message);
    }

    private static String where(JsonLocation location) {
        if (location == null || location.getLineNr() < 1) {
            return "";
        }
        return " at line " + location.getLineNr() + ", column " + location.getColumnNr();
    }
}
