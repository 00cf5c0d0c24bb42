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

    /** A story of agency length (about 155 words) filed by one desk. */
    static WireStory aleppoFromDesk(String id, String deskLine) {
        return story(id, "Fighting rages in Aleppo as diplomats meet again",
                deskLine + " Fighting raged in the Syrian city of Aleppo on Friday as United States and Russian"
                        + " diplomats met again in Geneva to discuss a ceasefire that would let aid convoys reach the"
                        + " besieged eastern districts of the city.",
                "\"We remain very concerned about the situation in Aleppo,\" State Department spokesman John Kirby"
                        + " told reporters in Washington, adding that talks between the two sides had made limited"
                        + " progress.",
                "Rebel groups said they had broken through government lines in the south-west of the city, opening"
                        + " a route for food and fuel, while the Syrian army said its forces had pushed the attackers"
                        + " back.",
                "A local shopkeeper said everyone was tired of the shelling and that prices of bread and vegetables"
                        + " had doubled in a week. Hospitals in the east of the city were running short of medicine and"
                        + " staff, according to aid workers who asked not to be named.");
    }

    /** A story of similar length on another subject. */
    static WireStory centralBank(String id) {
        return story(id, "Central bank holds rates as inflation cools",
                "FRANKFURT, Aug 5 (Newswire) - The central bank left its main interest rate unchanged on Thursday"
                        + " and said inflation was cooling faster than it had expected in the spring, sending the euro"
                        + " lower against the dollar in afternoon trading.",
                "\"The outlook remains uncertain and we will act if needed,\" the bank's president told a news"
                        + " conference, declining to say whether a cut was likely before the end of the year.",
                "Economists polled before the meeting had expected no change. Several said weak factory orders and a"
                        + " slowing labour market in the largest economies of the bloc made a cut in the autumn more"
                        + " likely.");
    }
}
