package io.newswire.producer.parse;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.function.UnaryOperator;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * Damaged copies of valid fixtures (truncated, bytes flipped, junk inserted, structural characters
 * dropped, up to three damages at once) never make a parser throw: each gives a story or a
 * rejection, as {@link StoryParser} promises.
 */
class ParserRobustnessPropertyTest {
    private static final Instant RECEIVED = Instant.parse("2024-05-14T12:00:00Z");
    private static final List<String> NINJS = List.of(
            "ninjs/ninjs-1x-canceled.json", "ninjs/ninjs-3x.json", "ninjs/ninjs-body-html-only.json",
            "ninjs/ninjs-item-list.json");
    private static final List<String> FEEDS = List.of("feeds/rss-three-items.xml", "feeds/atom-html-content.xml");
    private static final byte[] STRUCTURE = "{}[]<>\":,&;/".getBytes(StandardCharsets.US_ASCII);

    @Property(tries = 400)
    void shouldNeverThrowOnDamagedNinjs(@ForAll("damagedNinjs") byte[] content) {
        assertWellFormed(new NinjsParser().parse(content, "property", RECEIVED));
    }

    @Property(tries = 400)
    void shouldNeverThrowOnDamagedFeeds(@ForAll("damagedFeeds") byte[] content) {
        assertWellFormed(new FeedParser().parse(content, "property", RECEIVED));
    }

    @Provide
    Arbitrary<byte[]> damagedNinjs() {
        return damaged(NINJS);
    }

    @Provide
    Arbitrary<byte[]> damagedFeeds() {
        return damaged(FEEDS);
    }

    private static void assertWellFormed(ParseResult result) {
        assertThat(result.items()).isNotEmpty().allSatisfy(item -> {
            if (item instanceof ParseResult.Parsed parsed) {
                assertThat(parsed.story().getHeadline()).isNotBlank();
                assertThat(parsed.story().getParagraphs()).isNotEmpty();
            } else {
                assertThat(item).isInstanceOf(ParseResult.Rejected.class);
            }
        });
    }

    private static Arbitrary<byte[]> damaged(List<String> fixtures) {
        Arbitrary<UnaryOperator<byte[]>> damage = Arbitraries.oneOf(truncate(), flipByte(), insertJunk(), dropStructure());
        return Combinators.combine(Arbitraries.of(fixtures), damage.list().ofMinSize(1).ofMaxSize(3))
                .as((fixture, damages) -> {
                    byte[] bytes = Fixtures.bytes(fixture);
                    for (UnaryOperator<byte[]> d : damages) {
                        bytes = d.apply(bytes);
                    }
                    return bytes;
                });
    }

    private static Arbitrary<UnaryOperator<byte[]>> truncate() {
        return Arbitraries.doubles().between(0, 1).map(at -> bytes -> Arrays.copyOf(bytes, (int) (bytes.length * at)));
    }

    private static Arbitrary<UnaryOperator<byte[]>> flipByte() {
        return Combinators.combine(Arbitraries.doubles().between(0, 1), Arbitraries.integers().between(1, 255))
                .as((at, mask) -> bytes -> {
                    byte[] copy = bytes.clone();
                    if (copy.length > 0) {
                        copy[(int) ((copy.length - 1) * at)] ^= mask.byteValue();
                    }
                    return copy;
                });
    }

    private static Arbitrary<UnaryOperator<byte[]>> insertJunk() {
        Arbitrary<byte[]> junk = Arbitraries.oneOf(
                Arbitraries.bytes().array(byte[].class).ofMinSize(1).ofMaxSize(16),
                Arbitraries.of("<!DOCTYPE x [<!ENTITY e SYSTEM \"file:///etc/passwd\">]>", "&e;", "\\u0000", "]]>",
                        "<![CDATA[", "\"\"", "{\"uri\":", "</item>", "<item>", "\uFEFF", "99999999999999999999")
                        .map(s -> s.getBytes(StandardCharsets.UTF_8)));
        return Combinators.combine(Arbitraries.doubles().between(0, 1), junk).as((at, inserted) -> bytes -> {
            int position = (int) (bytes.length * at);
            ByteArrayOutputStream out = new ByteArrayOutputStream(bytes.length + inserted.length);
            out.write(bytes, 0, position);
            out.write(inserted, 0, inserted.length);
            out.write(bytes, position, bytes.length - position);
            return out.toByteArray();
        });
    }

    private static Arbitrary<UnaryOperator<byte[]>> dropStructure() {
        return Combinators.combine(Arbitraries.longs(), Arbitraries.doubles().between(0.05, 1))
                .as((seed, share) -> bytes -> {
                    Random random = new Random(seed);
                    byte target = STRUCTURE[random.nextInt(STRUCTURE.length)];
                    ByteArrayOutputStream out = new ByteArrayOutputStream(bytes.length);
                    for (byte b : bytes) {
                        if (b != target || random.nextDouble() >= share) {
                            out.write(b);
                        }
                    }
                    return out.toByteArray();
                });
    }
}
