package io.newswire.producer.parse;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Arrays;
import java.util.Map;
import java.util.Random;
import java.util.function.BiFunction;
import java.util.function.Supplier;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Property: whatever damage is done to a valid NITF, NewsML-G2, ninjs, RSS or Atom document
 * (truncation, flipped bytes, inserted junk, duplicated or deleted markup), {@link Parsers#parse}
 * returns a result and never throws. (A plain JUnit generator rather than jqwik: jqwik's
 * maintainers ask that it not be used by AI coding agents, which wrote much of this code.) Mutations come from a seeded {@link Random}, so a failing case is reproduced by
 * its test name (fixture, mutation, seed).
 */
class ParserMutationFuzzTest {
    private static final int CASES_PER_MUTATION = 150;
    private static final Instant RECEIVED = Instant.parse("2024-03-05T12:00:00Z");
    private static final Map<String, Supplier<byte[]>> FIXTURES = Map.of(
            "nitf-latin1-canceled.xml", () -> XmlFixtures.bytes("nitf-latin1-canceled.xml"),
            "g2-newsitem-canceled.xml", () -> XmlFixtures.bytes("g2-newsitem-canceled.xml"),
            "g2-newsmessage.xml", () -> XmlFixtures.bytes("g2-newsmessage.xml"),
            "ninjs-1x-canceled.json", () -> Fixtures.bytes("ninjs/ninjs-1x-canceled.json"),
            "ninjs-3x.json", () -> Fixtures.bytes("ninjs/ninjs-3x.json"),
            "ninjs-item-list.json", () -> Fixtures.bytes("ninjs/ninjs-item-list.json"),
            "rss-three-items.xml", () -> Fixtures.bytes("feeds/rss-three-items.xml"),
            "atom-html-content.xml", () -> Fixtures.bytes("feeds/atom-html-content.xml"));

    private enum Mutation {
        TRUNCATE((bytes, random) -> Arrays.copyOf(bytes, random.nextInt(bytes.length))),
        FLIP_BYTES((bytes, random) -> {
            byte[] copy = bytes.clone();
            for (int i = 0, flips = 1 + random.nextInt(8); i < flips; i++) {
                copy[random.nextInt(copy.length)] ^= (byte) (1 + random.nextInt(255));
            }
            return copy;
        }),
        INSERT_JUNK((bytes, random) -> {
            byte[] junk = new byte[1 + random.nextInt(64)];
            random.nextBytes(junk);
            return splice(bytes, random.nextInt(bytes.length + 1), junk);
        }),
        INSERT_MARKUP((bytes, random) -> {
            String[] pieces = {"<", ">", "&", "&amp", "]]>", "<![CDATA[", "<!--", "<?xml version=\"1.0\"?>",
                "<!DOCTYPE x [<!ENTITY e SYSTEM \"file:///etc/passwd\">]>", "&e;", "\"", "</p>", "<p>", "\u0000",
                "{", "}", "[", "]", ":", ",", "{\"uri\":", "99999999999999999999", "</item>", "<item>"};
            byte[] piece = pieces[random.nextInt(pieces.length)].getBytes(StandardCharsets.UTF_8);
            return splice(bytes, random.nextInt(bytes.length + 1), piece);
        }),
        DUPLICATE_TAG((bytes, random) -> {
            String text = new String(bytes, StandardCharsets.ISO_8859_1);
            int start = text.indexOf('<', random.nextInt(text.length()));
            int end = start < 0 ? -1 : text.indexOf('>', start);
            if (end < 0) {
                return bytes;
            }
            byte[] tag = Arrays.copyOfRange(bytes, start, end + 1);
            return splice(bytes, random.nextInt(bytes.length + 1), tag);
        }),
        DELETE_RANGE((bytes, random) -> {
            int from = random.nextInt(bytes.length);
            int to = Math.min(bytes.length, from + 1 + random.nextInt(200));
            byte[] result = new byte[bytes.length - (to - from)];
            System.arraycopy(bytes, 0, result, 0, from);
            System.arraycopy(bytes, to, result, from, bytes.length - to);
            return result;
        });

        private final BiFunction<byte[], Random, byte[]> apply;

        Mutation(BiFunction<byte[], Random, byte[]> apply) {
            this.apply = apply;
        }
    }

    @TestFactory
    Stream<DynamicTest> shouldNeverThrowWhateverTheDamageToAValidDocument() {
        return FIXTURES.keySet().stream().sorted().flatMap(fixture -> Stream.of(Mutation.values()).map(mutation ->
                DynamicTest.dynamicTest(fixture + " / " + mutation, () -> {
                    byte[] valid = FIXTURES.get(fixture).get();
                    IntStream.range(0, CASES_PER_MUTATION).forEach(seed -> {
                        byte[] damaged = mutation.apply.apply(valid, new Random(seed * 31L + mutation.ordinal()));
                        assertThatCode(() -> assertWellFormed(Parsers.parse(damaged, "fuzz", RECEIVED)))
                                .as("%s / %s / seed %d", fixture, mutation, seed)
                                .doesNotThrowAnyException();
                    });
                })));
    }

    private static void assertWellFormed(ParseResult result) {
        assertThat(result).isNotNull();
        assertThat(result.items()).isNotEmpty().allSatisfy(item -> {
            assertThat(item).isInstanceOfAny(ParseResult.Parsed.class, ParseResult.Rejected.class);
            if (item instanceof ParseResult.Rejected rejected) {
                assertThat(rejected.reason()).isNotBlank().doesNotContain("root:");
            }
        });
    }

    private static byte[] splice(byte[] bytes, int at, byte[] inserted) {
        byte[] result = new byte[bytes.length + inserted.length];
        System.arraycopy(bytes, 0, result, 0, at);
        System.arraycopy(inserted, 0, result, at, inserted.length);
        System.arraycopy(bytes, at, result, at + inserted.length, bytes.length - at);
        return result;
    }
}
