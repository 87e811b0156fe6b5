package dev.sosik.ingest.feed;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.io.ByteArrayOutputStream;
import java.net.URI;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.sosik.ingest.TestPressServer;

/** Every feed here is made up for the test: the presses, the people and the news. */
class FeedReaderTest {

    private static final URI GASANG = URI.create("https://news.gasang.example/rss/allArticle.xml");
    private static final Charset CP949 = Charset.forName("x-windows-949");

    private final FeedReader reader = new FeedReader();

    @Test
    void readsRss2WithEverythingAnItemCanCarry() {
        String rss = """
                <?xml version="1.0" encoding="UTF-8"?>
                <rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/"
                     xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:media="http://search.yahoo.com/mrss/">
                  <channel>
                    <title>가상일보 - 전체기사</title>
                    <link>/</link>
                    <description>가상일보의 최신 기사</description>
                    <item>
                      <title>  한강 둔치에
                         봄꽃 축제 열려 </title>
                      <link>/news/articleView.html?idxno=1001</link>
                      <guid isPermaLink="false">gasang-1001</guid>
                      <description><![CDATA[<p>주말 동안 <b>시민 3만 명</b>이 찾았다.</p>]]></description>
                      <content:encoded><![CDATA[<p>본문 첫 문단.</p><p>본문 둘째 문단.</p>]]></content:encoded>
                      <pubDate>Wed, 05 Mar 2025 09:30:00 +0900</pubDate>
                      <dc:creator>김가상 기자</dc:creator>
                      <category>사회</category>
                      <category>지역</category>
                      <category>사회</category>
                      <media:content url="https://cdn.gasang.example/photos/1001.jpg" medium="image"/>
                      <media:thumbnail url="/photos/1001_thumb.jpg" width="120"/>
                    </item>
                    <item>
                      <title>반도체 수출 석 달 연속 증가</title>
                      <link>https://news.gasang.example/news/1002</link>
                      <enclosure url="https://cdn.gasang.example/photos/1002.png" type="image/png" length="1234"/>
                    </item>
                    <item>
                      <title>영상으로 보는 봄 날씨</title>
                      <link>https://news.gasang.example/news/1003</link>
                      <media:group>
                        <media:content url="https://cdn.gasang.example/video/1003.mp4" medium="video"/>
                        <media:content url="https://cdn.gasang.example/photos/1003.jpg" type="image/jpeg"/>
                      </media:group>
                    </item>
                  </channel>
                </rss>
                """;

        Feed feed = reader.read(utf8(rss), "application/rss+xml; charset=UTF-8", GASANG);

        assertThat(feed.title()).isEqualTo("가상일보 - 전체기사");
        assertThat(feed.siteLink()).isEqualTo(URI.create("https://news.gasang.example/"));
        assertThat(feed.skipped()).isEmpty();
        assertThat(feed.items()).hasSize(3);
        FeedItem first = feed.items().get(0);
        assertThat(first.guid()).isEqualTo("gasang-1001");
        assertThat(first.link()).isEqualTo(URI.create("https://news.gasang.example/news/articleView.html?idxno=1001"));
        assertThat(first.title()).isEqualTo("한강 둔치에 봄꽃 축제 열려");
        assertThat(first.summaryHtml()).isEqualTo("<p>주말 동안 <b>시민 3만 명</b>이 찾았다.</p>");
        assertThat(first.contentHtml()).isEqualTo("<p>본문 첫 문단.</p><p>본문 둘째 문단.</p>");
        assertThat(first.publishedAt()).isEqualTo(OffsetDateTime.parse("2025-03-05T00:30:00Z"));
        assertThat(first.author()).isEqualTo("김가상 기자");
        assertThat(first.categories()).containsExactly("사회", "지역");
        assertThat(first.thumbnailUrl()).isEqualTo("https://news.gasang.example/photos/1001_thumb.jpg");
        FeedItem second = feed.items().get(1);
        assertThat(second.guid()).isEqualTo("https://news.gasang.example/news/1002");
        assertThat(second.summaryHtml()).isNull();
        assertThat(second.publishedAt()).isNull();
        assertThat(second.categories()).isEmpty();
        assertThat(second.thumbnailUrl()).isEqualTo("https://cdn.gasang.example/photos/1002.png");
        assertThat(feed.items().get(2).thumbnailUrl()).isEqualTo("https://cdn.gasang.example/photos/1003.jpg");
    }

    @Test
    void readsRss1() {
        String rdf = """
                <?xml version="1.0" encoding="UTF-8"?>
                <rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#" xmlns="http://purl.org/rss/1.0/"
                         xmlns:dc="http://purl.org/dc/elements/1.1/">
                  <channel rdf:about="https://rdf.example/rss">
                    <title>알에프신문</title>
                    <link>https://rdf.example/</link>
                    <description>RSS 1.0으로 내보내는 가상의 신문</description>
                    <items><rdf:Seq>
                      <rdf:li rdf:resource="https://rdf.example/a/1"/>
                      <rdf:li rdf:resource="https://rdf.example/a/2"/>
                      <rdf:li rdf:resource="https://rdf.example/a/3"/>
                    </rdf:Seq></items>
                  </channel>
                  <item rdf:about="https://rdf.example/a/1">
                    <title>지방선거 사전투표율 역대 최고</title>
                    <link>https://rdf.example/a/1</link>
                    <description>첫날 투표율이 지난 선거보다 높았다.</description>
                    <dc:date>2025-06-01T18:00:00+09:00</dc:date>
                    <dc:creator>이알프</dc:creator>
                    <dc:subject>정치</dc:subject>
                  </item>
                  <item rdf:about="https://rdf.example/a/2">
                    <title> </title>
                    <link>https://rdf.example/a/2</link>
                  </item>
                  <item rdf:about="https://rdf.example/a/3">
                    <title>장마 시작, 남부지방부터 비</title>
                    <link>https://rdf.example/a/3</link>
                  </item>
                </rdf:RDF>
                """;

        Feed feed = reader.read(utf8(rdf), "application/rdf+xml", URI.create("https://rdf.example/rss"));

        assertThat(feed.title()).isEqualTo("알에프신문");
        assertThat(feed.skipped()).containsExactly("item 2: no title");
        assertThat(feed.items()).extracting(FeedItem::title)
                .containsExactly("지방선거 사전투표율 역대 최고", "장마 시작, 남부지방부터 비");
        FeedItem first = feed.items().get(0);
        assertThat(first.guid()).isEqualTo("https://rdf.example/a/1");
        assertThat(first.summaryHtml()).isEqualTo("첫날 투표율이 지난 선거보다 높았다.");
        assertThat(first.publishedAt()).isEqualTo(OffsetDateTime.parse("2025-06-01T09:00:00Z"));
        assertThat(first.author()).isEqualTo("이알프");
        assertThat(first.categories()).containsExactly("정치");
    }

    @Test
    void readsAtom() {
        String atom = """
                <?xml version="1.0" encoding="utf-8"?>
                <feed xmlns="http://www.w3.org/2005/Atom">
                  <title type="html">아톰&lt;b&gt;경제&lt;/b&gt;</title>
                  <link rel="self" href="https://atom.example/feed.atom"/>
                  <link rel="alternate" href="https://atom.example/"/>
                  <id>tag:atom.example,2025:feed</id>
                  <updated>2025-04-01T03:00:00Z</updated>
                  <entry>
                    <title>금리 동결 &amp; 환율 안정</title>
                    <link rel="alternate" href="/economy/77"/>
                    <link rel="enclosure" type="image/webp" href="/img/77.webp"/>
                    <id>tag:atom.example,2025:77</id>
                    <published>2025-04-01T10:00:00+09:00</published>
                    <updated>2025-04-01T11:30:00+09:00</updated>
                    <author><name>박아톰</name></author>
                    <category term="경제"/>
                    <summary type="text">1 &lt; 2 이고 3 &gt; 2</summary>
                    <content type="html">&lt;p&gt;기준금리를 &lt;em&gt;동결&lt;/em&gt;했다.&lt;/p&gt;</content>
                  </entry>
                  <entry>
                    <title>링크 없는 기사</title>
                    <id>tag:atom.example,2025:78</id>
                    <updated>2025-04-01T04:00:00Z</updated>
                  </entry>
                  <entry>
                    <title>수상한 링크</title>
                    <link href="javascript:alert('소식')"/>
                    <id>tag:atom.example,2025:79</id>
                    <updated>2025-04-01T05:00:00Z</updated>
                  </entry>
                </feed>
                """;

        Feed feed = reader.read(utf8(atom), "application/atom+xml", URI.create("https://atom.example/feed.atom"));

        assertThat(feed.title()).isEqualTo("아톰경제");
        assertThat(feed.siteLink()).isEqualTo(URI.create("https://atom.example/"));
        assertThat(feed.skipped()).containsExactly(
                "item 2: no link",
                "item 3: link is not an http or https URL: javascript:alert('소식')");
        assertThat(feed.items()).hasSize(1);
        FeedItem entry = feed.items().get(0);
        assertThat(entry.guid()).isEqualTo("tag:atom.example,2025:77");
        assertThat(entry.link()).isEqualTo(URI.create("https://atom.example/economy/77"));
        assertThat(entry.title()).isEqualTo("금리 동결 & 환율 안정");
        assertThat(entry.summaryHtml()).isEqualTo("1 &lt; 2 이고 3 &gt; 2");
        assertThat(entry.contentHtml()).isEqualTo("<p>기준금리를 <em>동결</em>했다.</p>");
        assertThat(entry.publishedAt()).isEqualTo(OffsetDateTime.parse("2025-04-01T01:00:00Z"));
        assertThat(entry.updatedAt()).isEqualTo(OffsetDateTime.parse("2025-04-01T02:30:00Z"));
        assertThat(entry.author()).isEqualTo("박아톰");
        assertThat(entry.categories()).containsExactly("경제");
        assertThat(entry.thumbnailUrl()).isEqualTo("https://atom.example/img/77.webp");
    }

    @Test
    void aFeedLabelledEucKrIsReadAsTheCp949ItReallyIs() {
        // 똠 and 햏 are outside EUC-KR proper: only CP949, which servers call EUC-KR, encodes them.
        String rss = rss2("EUC-KR", "똠방각하 햏님의 칼럼", "https://euckr.example/column/1");
        byte[] body = rss.getBytes(CP949);

        Feed feed = reader.read(body, "text/xml", URI.create("https://euckr.example/rss"));

        assertThat(feed.items()).extracting(FeedItem::title).containsExactly("똠방각하 햏님의 칼럼");
        assertThat(feed.title()).isEqualTo("한글 피드");
    }

    @Test
    void theCharsetMayComeFromTheHttpHeaderAlone() {
        String rss = rss2(null, "지하철 요금 인상 예고", "https://euckr.example/news/2");
        byte[] body = rss.getBytes(Charset.forName("EUC-KR"));

        Feed feed = reader.read(body, "application/rss+xml; charset=euc-kr", URI.create("https://euckr.example/rss"));

        assertThat(feed.items()).extracting(FeedItem::title).containsExactly("지하철 요금 인상 예고");
    }

    @Test
    void theHeaderCharsetIsTrustedBeforeTheXmlDeclaration() {
        // re-encoded on the way (a proxy, a CMS export) without touching the declaration
        byte[] body = utf8(rss2("euc-kr", "뙇! 놀라운 신상품", "https://euckr.example/news/3"));

        Feed feed = reader.read(body, "text/xml; charset=UTF-8", URI.create("https://euckr.example/rss"));

        assertThat(feed.items()).extracting(FeedItem::title).containsExactly("뙇! 놀라운 신상품");
    }

    @Test
    void textXmlWithoutACharsetIsUtf8NotAscii() {
        Feed feed = reader.read(utf8(rss2(null, "국회 본회의 법안 통과", "https://a.example/1")), "text/xml",
                URI.create("https://a.example/rss"));

        assertThat(feed.items()).extracting(FeedItem::title).containsExactly("국회 본회의 법안 통과");
    }

    @Test
    void aByteOrderMarkSaysUtf8WithoutAnyHeader() {
        var body = new ByteArrayOutputStream();
        body.writeBytes(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF});
        body.writeBytes(utf8(rss2(null, "새 학기 급식 메뉴 공개", "https://bom.example/1")));

        Feed feed = reader.read(body.toByteArray(), null, URI.create("https://bom.example/rss"));

        assertThat(feed.items()).extracting(FeedItem::title).containsExactly("새 학기 급식 메뉴 공개");
    }

    @Test
    void malformedXmlIsRejected() {
        byte[] broken = utf8("<rss version=\"2.0\"><channel><title>깨진 피드</title><item></channel></rss>");

        FeedRejected rejected = catchThrowableOfType(FeedRejected.class,
                () -> reader.read(broken, "application/rss+xml", GASANG));

        assertThat(rejected.reason()).startsWith("not well-formed XML at line 1: ").contains("item");
    }

    @Test
    void xmlThatIsNoFeedIsRejected() {
        assertThatThrownBy(() -> reader.read(utf8("<html><body><p>점검 중입니다</p></body></html>"), "text/html", GASANG))
                .isInstanceOfSatisfying(FeedRejected.class,
                        rejected -> assertThat(rejected.reason()).isEqualTo("not an RSS or Atom feed"));
    }

    @Test
    void anUnknownCharsetNameIsPassedOverForTheNextSource() {
        byte[] body = utf8(rss2("x-no-such-charset", "제목", "https://a.example/1"));

        assertThat(reader.read(body, null, GASANG).items()).extracting(FeedItem::title).containsExactly("제목");
    }

    @Test
    void externalEntitiesAreRefusedWithoutReadingAnyFileOrUrl(@TempDir Path dir) throws Exception {
        Path secret = Files.writeString(dir.resolve("secret.txt"), "TOP-SECRET");
        try (var press = TestPressServer.start()) {
            List<String> attacks = List.of(
                    """
                    <?xml version="1.0"?>
                    <!DOCTYPE rss [
                      <!ENTITY leak SYSTEM "%s">
                      <!ENTITY remote SYSTEM "%s">
                    ]>
                    <rss version="2.0"><channel><title>&leak;</title><link>https://x.example/</link>
                    <item><title>&remote;</title><link>https://x.example/1</link></item></channel></rss>
                    """.formatted(secret.toUri(), press.uri("/entity")),
                    """
                    <?xml version="1.0"?>
                    <!DOCTYPE rss SYSTEM "%s">
                    <rss version="2.0"><channel><title>t</title><link>https://x.example/</link></channel></rss>
                    """.formatted(press.uri("/external.dtd")),
                    """
                    <?xml version="1.0"?>
                    <!DOCTYPE rss [ <!ENTITY %% remote SYSTEM "%s"> %%remote; ]>
                    <rss version="2.0"><channel><title>t</title><link>https://x.example/</link></channel></rss>
                    """.formatted(press.uri("/parameter.dtd")));

            for (String attack : attacks) {
                FeedRejected rejected = assertTimeoutPreemptively(Duration.ofSeconds(1),
                        () -> catchThrowableOfType(FeedRejected.class,
                                () -> reader.read(utf8(attack), "application/rss+xml", GASANG)));

                assertThat(rejected).as(attack).isNotNull();
                assertThat(rejected.reason()).isEqualTo("DOCTYPE is not allowed");
            }
            assertThat(press.requests("/entity") + press.requests("/external.dtd") + press.requests("/parameter.dtd"))
                    .isZero();
        }
    }

    @Test
    void entityExpansionIsRefusedAtOnce() {
        String billionLaughs = """
                <?xml version="1.0"?>
                <!DOCTYPE rss [
                  <!ENTITY lol "lol">
                  <!ENTITY lol1 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">
                  <!ENTITY lol2 "&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;">
                  <!ENTITY lol3 "&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;">
                  <!ENTITY lol4 "&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;">
                  <!ENTITY lol5 "&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;">
                  <!ENTITY lol6 "&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;">
                  <!ENTITY lol7 "&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;">
                  <!ENTITY lol8 "&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;">
                  <!ENTITY lol9 "&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;">
                ]>
                <rss version="2.0"><channel><title>&lol9;</title><link>https://x.example/</link></channel></rss>
                """;

        FeedRejected rejected = assertTimeoutPreemptively(Duration.ofSeconds(1),
                () -> catchThrowableOfType(FeedRejected.class,
                        () -> reader.read(utf8(billionLaughs), "application/rss+xml", GASANG)));

        assertThat(rejected.reason()).isEqualTo("DOCTYPE is not allowed");
    }

    /** A one-item RSS 2.0 feed titled 한글 피드; {@code encoding} goes into the XML declaration unless null. */
    private static String rss2(String encoding, String itemTitle, String itemLink) {
        String declaration = encoding == null
                ? "<?xml version=\"1.0\"?>"
                : "<?xml version=\"1.0\" encoding=\"" + encoding + "\"?>";
        return declaration + """
                <rss version="2.0"><channel>
                  <title>한글 피드</title><link>https://feed.example/</link><description>설명</description>
                  <item><title>%s</title><link>%s</link></item>
                </channel></rss>
                """.formatted(itemTitle, itemLink);
    }

    private static byte[] utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }
}
