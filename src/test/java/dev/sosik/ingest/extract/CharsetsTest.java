package dev.sosik.ingest.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;

class CharsetsTest {

    private static final Charset MS949 = Charset.forName("x-windows-949");
    /** 똠 and 햏 are not in EUC-KR proper (KS X 1001), only in MS949, which is what "EUC-KR" sites really send. */
    private static final String KOREAN = "소식 똠방각하 햏님 기자 hong@press.example";

    @Test
    void anEucKrPageDecodesByItsMetaTag() {
        byte[] page = bytes("<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=euc-kr\">"
                + "<title>" + KOREAN + "</title></head><body><p>" + KOREAN + "</p></body></html>", MS949);

        assertThat(Charsets.detect(page, null)).isEqualTo(MS949);
        assertThat(Charsets.decode(page, "text/html")).contains("<p>" + KOREAN + "</p>");
    }

    @Test
    void anEucKrFeedDecodesByItsXmlDeclaration() {
        byte[] feed = bytes("<?xml version=\"1.0\" encoding=\"EUC-KR\"?><rss version=\"2.0\"><channel><item><title>"
                + KOREAN + "</title></item></channel></rss>", MS949);

        assertThat(Charsets.decode(feed, "application/rss+xml")).contains("<title>" + KOREAN + "</title>");
    }

    @Test
    void everyKoreanLegacyNameMeansMs949() {
        for (String name : new String[] {"EUC-KR", "euc-kr", "KS_C_5601-1987", "ks_c_5601-1987", "CP949", "ms949"}) {
            byte[] page = bytes("<p>" + KOREAN + "</p>", MS949);
            assertThat(Charsets.detect(page, "text/html; charset=" + name)).as(name).isEqualTo(MS949);
            assertThat(Charsets.decode(page, "text/html; charset=\"" + name + "\"")).as(name).contains(KOREAN);
        }
    }

    @Test
    void theHeaderIsTrustedBeforeTheDocument() {
        byte[] page = bytes("<meta charset=\"utf-8\"><p>" + KOREAN + "</p>", MS949);

        assertThat(Charsets.decode(page, "text/html;charset=EUC-KR")).contains(KOREAN);
    }

    @Test
    void aByteOrderMarkIsTrustedBeforeDeclarationsAndIsNotText() {
        byte[] utf8 = concat(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF},
                bytes("<meta charset=\"euc-kr\"><p>" + KOREAN + "</p>", StandardCharsets.UTF_8));
        byte[] utf16 = concat(new byte[] {(byte) 0xFE, (byte) 0xFF}, bytes("<p>" + KOREAN + "</p>",
                StandardCharsets.UTF_16BE));

        assertThat(Charsets.detect(utf8, null)).isEqualTo(StandardCharsets.UTF_8);
        assertThat(Charsets.decode(utf8, null)).startsWith("<meta");
        assertThat(Charsets.decode(utf16, null)).isEqualTo("<p>" + KOREAN + "</p>");
    }

    @Test
    void aMetaCharsetAttributeIsRead() {
        byte[] page = bytes("<!doctype html><html><head><meta charset='EUC-KR'></head><body>" + KOREAN, MS949);

        assertThat(Charsets.decode(page, null)).endsWith(KOREAN);
    }

    @Test
    void unknownOrIllegalNamesFallBackToTheNextSource() {
        byte[] page = bytes("<meta charset=\"euc-kr\"><p>" + KOREAN + "</p>", MS949);

        assertThat(Charsets.decode(page, "text/html; charset=no-such-charset")).contains(KOREAN);
        assertThat(Charsets.decode(page, "text/html; charset=@@illegal@@")).contains(KOREAN);
        assertThat(Charsets.detect(bytes("<meta charset=\"x-unknown\">", StandardCharsets.US_ASCII),
                "text/html; charset=")).isEqualTo(StandardCharsets.UTF_8);
    }

    @Test
    void withNothingDeclaredItIsUtf8() {
        byte[] page = bytes("<p>" + KOREAN + "</p>", StandardCharsets.UTF_8);

        assertThat(Charsets.detect(page, null)).isEqualTo(StandardCharsets.UTF_8);
        assertThat(Charsets.decode(page, "text/html")).isEqualTo("<p>" + KOREAN + "</p>");
    }

    @Test
    void onlyTheFirstFourKilobytesAreSniffed() {
        String late = "<p>" + "가".repeat(3000) + "</p><meta charset=\"euc-kr\">";

        assertThat(Charsets.detect(bytes(late, StandardCharsets.UTF_8), null)).isEqualTo(StandardCharsets.UTF_8);
    }

    private static byte[] bytes(String text, Charset charset) {
        return text.getBytes(charset);
    }

    private static byte[] concat(byte[] first, byte[] second) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes(first);
        out.writeBytes(second);
        return out.toByteArray();
    }
}
