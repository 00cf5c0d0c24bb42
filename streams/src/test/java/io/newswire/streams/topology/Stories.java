package io.newswire.streams.topology;

import io.newswire.schemas.Dateline;
import io.newswire.schemas.WireStory;
import io.newswire.schemas.serde.AvroTrust;
import java.time.Instant;
import java.util.List;

/** Story fixtures written for these tests. */
final class Stories {
    static final Instant RECEIVED = Instant.parse("2016-08-05T10:00:00Z");

    static {
        AvroTrust.trustNewswireSchemas();
    }

    private Stories() {}

    static WireStory aleppo(int version, List<String> paragraphs) {
        return WireStory.newBuilder()
                .setId("aleppo-talks")
                .setVersion(version)
                .setHeadline("Fighting rages in Aleppo as diplomats meet again")
                .setDateline(new Dateline("BEIRUT, Aug 5 (Newswire) -", "BEIRUT"))
                .setSection("Middle East")
                .setParagraphs(paragraphs)
                .setReceivedAt(RECEIVED)
                .build();
    }

    static WireStory aleppo() {
        return aleppo(1, List.of(
                "Fighting raged in the Syrian city of Aleppo on Friday as US and Russian diplomats met again.",
                "\"We remain very concerned about the situation in Aleppo,\" State Department spokesman John Kirby"
                        + " said on Friday.",
                "A local shopkeeper said \"everyone is tired\" of the shelling."));
    }

    static WireStory story(String id, String headline, String... paragraphs) {
        return WireStory.newBuilder()
                .setId(id)
                .setHeadline(headline)
                .setParagraphs(List.of(paragraphs))
                .setReceivedAt(RECEIVED)
                .build();
    }
}
