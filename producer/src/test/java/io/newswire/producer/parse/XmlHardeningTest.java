package io.newswire.producer.parse;

import static io.newswire.producer.parse.XmlFixtures.parse;
import static io.newswire.producer.parse.XmlFixtures.reason;
import static io.newswire.producer.parse.XmlFixtures.utf8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Arrays;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

class XmlHardeningTest {
    private static final String BODY = "<body><body.head><hedline><hl1>%s</hl1></hedline></body.head>"
            + "<body.content><p>%s</p></body.content></body>";

    @Test
    void shouldRejectAnXxeReadingEtcPasswdWithoutLeakingTheFile() {
        String xxe = "<?xml version=\"1.0\"?>\n<!DOCTYPE nitf [<!ENTITY xxe SYSTEM \"file:///etc/passwd\">]>\n<nitf>"
                + BODY.formatted("&xxe;", "&xxe;") + "</nitf>";

        String reason = reason(parse(utf8(xxe)));

        assertThat(reason).contains("xxe").contains("not declared").doesNotContain("root:");
    }

    @Test
    void shouldRejectAParameterEntityXxeWithoutLeakingTheFile() {
        String xxe = "<?xml version=\"1.0\"?>\n<!DOCTYPE newsItem [<!ENTITY % p SYSTEM \"file:///etc/passwd\"> %p;]>\n"
                + "<newsItem xmlns=\"http://iptc.org/std/nar/2006-10-01/\" guid=\"g\"><contentMeta><headline>H</headline>"
                + "</contentMeta><contentSet><inlineData>Body text.</inlineData></contentSet></newsItem>";

        ParseResult result = parse(utf8(xxe));

        assertThat(result.items()).allSatisfy(item -> assertThat(item.toString()).doesNotContain("root:"));
    }

    @Test
    @Timeout(5)
    void shouldRejectBillionLaughsQuickly() {
        StringBuilder dtd = new StringBuilder("<?xml version=\"1.0\"?>\n<!DOCTYPE nitf [<!ENTITY lol0 \"lol\">");
        for (int i = 1; i <= 9; i++) {
            dtd.append("<!ENTITY lol").append(i).append(" \"").append(("&lol" + (i - 1) + ";").repeat(10)).append("\">");
        }
        String laughs = dtd + "]>\n<nitf>" + BODY.formatted("&lol9;", "&lol9;") + "</nitf>";

        assertThat(reason(parse(utf8(laughs)))).contains("lol9").contains("not declared");
    }

    @Test
    void shouldStillReadADocumentThatReferencesAnExternalDtdWithoutFetchingIt() {
        String nitf = "<?xml version=\"1.0\"?>\n<!DOCTYPE nitf SYSTEM \"http://127.0.0.1:9/nitf-3-6.dtd\">\n<nitf>"
                + BODY.formatted("Headline", "Body text.") + "</nitf>";

        assertThat(parse(utf8(nitf))).isInstanceOf(ParseResult.Parsed.class);
    }

    @Test
    void shouldRejectTruncatedXmlNamingTheLineAndColumn() {
        String nitf = "<?xml version=\"1.0\"?>\n<nitf>" + BODY.formatted("Headline", "Body text.") + "</nitf>";
        byte[] truncated = Arrays.copyOf(utf8(nitf), nitf.length() - 20);

        assertThat(reason(parse(truncated))).startsWith("malformed XML at line 2, column").contains("truncated");
    }

    @Test
    void shouldRejectBytesThatAreNotInTheDeclaredCharsetWithTheirOffset() {
        byte[] latin1 = ("<?xml version=\"1.0\" encoding=\"UTF-8\"?><nitf>" + BODY.formatted("Grève", "Texte.") + "</nitf>")
                .getBytes(StandardCharsets.ISO_8859_1);

        assertThat(reason(parse(latin1))).startsWith("wrong charset: bytes at offset").contains("UTF-8");
    }

    @Test
    void shouldRejectAnUnknownDeclaredCharset() {
        byte[] xml = utf8("<?xml version=\"1.0\" encoding=\"x-no-such-charset\"?><nitf/>");

        assertThat(reason(parse(xml))).startsWith("unsupported charset");
    }

    @Test
    void shouldRejectUndeclaredHtmlEntitiesWithTheirName() {
        String nitf = "<nitf>" + BODY.formatted("Headline", "A&nbsp;B") + "</nitf>";

        assertThat(reason(parse(utf8(nitf)))).contains("nbsp").contains("line 1");
    }

    @Test
    void shouldLeaveBinaryJunkToTheTextParserAndItsRejection() {
        byte[] junk = new byte[4096];
        new Random(42).nextBytes(junk);
        junk[0] = (byte) 0x89;

        assertThat(Parsers.forContent(junk)).isInstanceOf(ScrapedTextParser.class);
        assertThat(parse(junk)).isInstanceOf(ParseResult.Rejected.class);
    }

    @Test
    void shouldRejectBinaryJunkAfterAnXmlStartWithAPosition() {
        byte[] junk = new byte[512];
        new Random(7).nextBytes(junk);
        byte[] content = new byte[junk.length + 6];
        System.arraycopy(utf8("<nitf>"), 0, content, 0, 6);
        System.arraycopy(junk, 0, content, 6, junk.length);

        assertThat(parse(content)).isInstanceOf(ParseResult.Rejected.class);
    }

    @Test
    void shouldRejectAnEmptyFile() {
        assertThat(reason(parse(new byte[0]))).startsWith("empty input");
    }

    @Test
    void shouldRejectADocumentNestedDeeperThanTheLimit() {
        String deep = "<nitf>" + "<p>".repeat(SafeXml.MAX_DEPTH + 10) + "x" + "</p>".repeat(SafeXml.MAX_DEPTH + 10) + "</nitf>";

        assertThat(reason(parse(utf8(deep)))).contains("nested");
    }

    /** Runs within the module's 512 MB test heap (surefire argLine); the limit is 10 MB of XML. */
    @Test
    void shouldRejectA50MegabyteXmlFileAsTooLargeWithoutRunningOutOfMemory() {
        assertThat(Runtime.getRuntime().maxMemory()).as("test heap").isLessThanOrEqualTo(512L * 1024 * 1024);
        byte[] huge = fiftyMegabyteNitf();

        assertThatCode(() -> {
            long started = System.nanoTime();
            String reason = reason(parse(huge));
            assertThat(reason).startsWith("too large: " + huge.length + " bytes");
            assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(5));
        }).doesNotThrowAnyException();
    }

    private static byte[] fiftyMegabyteNitf() {
        ByteArrayOutputStream out = new ByteArrayOutputStream(50 * 1024 * 1024 + 1024);
        out.writeBytes(utf8("<?xml version=\"1.0\"?><nitf><body><body.head><hedline><hl1>Big</hl1></hedline></body.head><body.content>"));
        byte[] paragraph = utf8("<p>" + "All work and no play makes a very large wire story. ".repeat(20) + "</p>\n");
        while (out.size() < 50 * 1024 * 1024) {
            out.writeBytes(paragraph);
        }
        out.writeBytes(utf8("</body.content></body></nitf>"));
        return out.toByteArray();
    }
}
