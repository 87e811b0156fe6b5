package dev.sosik.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.nio.charset.Charset;
import java.time.Duration;
import java.time.OffsetDateTime;

import dev.sosik.DatabaseTest;
import dev.sosik.TestAdmin;
import dev.sosik.TestHttp;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Feeds and article pages served by a local press server, polled through the admin API: what is stored, and what
 * the source's health says when the server misbehaves.
 */
@DatabaseTest
class FeedIngestTests {

    private static final Charset EUC_KR = Charset.forName("x-windows-949");
    private final JsonMapper json = JsonMapper.builder().build();

    @LocalServerPort
    int port;
    @Autowired
    JdbcClient jdbc;

    TestPressServer server;
    TestHttp admin;
    String press;

    @BeforeEach
    void aPressAndItsServer() {
        server = TestPressServer.start();
        admin = TestAdmin.signedIn(port);
        press = "feed-" + System.nanoTime() % 1_000_000;
        assertThat(admin.json("POST", "/api/v1/admin/presses", "{\"code\":\"" + press + "\",\"name\":\"피드일보\","
                + "\"copyright\":\"ⓒ 피드일보 무단전재 및 재배포 금지\"}").statusCode()).isEqualTo(201);
    }

    @AfterEach
    void stopServer() {
        server.close();
    }

    long source(String path, boolean fullText) {
        HttpResponse<String> created = admin.json("POST", "/api/v1/admin/sources", "{\"press_code\":\"" + press
                + "\",\"feed_url\":\"" + server.uri(path) + "\",\"category\":\"경제\",\"full_text\":" + fullText
                + ",\"interval_minutes\":10}");
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        return json.readTree(created.body()).get("id").asLong();
    }

    JsonNode poll(long source) {
        HttpResponse<String> polled = admin.json("POST", "/api/v1/admin/sources/" + source + "/poll", null);
        assertThat(polled.statusCode()).as(polled.body()).isEqualTo(200);
        return json.readTree(polled.body());
    }

    String rss(String... items) {
        return "<?xml version=\"1.0\" encoding=\"UTF-8\"?><rss version=\"2.0\"><channel><title>피드일보</title>"
                + "<link>" + server.uri("/") + "</link><description>시험</description>" + String.join("", items)
                + "</channel></rss>";
    }

    static String item(String guid, String link, String title, String description) {
        return "<item><guid>" + guid + "</guid><link>" + link + "</link><title>" + title + "</title>"
                + "<description><![CDATA[" + description + "]]></description>"
                + "<pubDate>Thu, 06 Mar 2025 02:15:00 GMT</pubDate></item>";
    }

    static final String DAEJEON = "<p>대전시가 지역 연구소 창업을 돕는 예산을 크게 늘린다고 목요일 밝혔다. 시는 인공지능과 바이오 "
            + "분야의 초기 기업을 중심으로 지원 대상을 넓히기로 했다.</p><p>시 관계자는 연구실의 기술이 시장으로 나오는 길을 "
            + "짧게 만드는 것이 목표라고 설명했다. 지원을 받은 기업은 시험 설비와 전문가 상담을 함께 이용할 수 있다.</p>";
    static final String HARBOUR = "<p>부산항 신항의 컨테이너 처리량이 두 배로 늘었다고 항만공사가 금요일 발표했다. 환적 화물이 "
            + "늘면서 야간 하역 인력도 함께 충원됐다.</p><p>항만공사는 자동화 크레인을 추가로 들여와 대기 시간을 줄이겠다고 "
            + "밝혔다. 선사들은 새 부두의 운영 일정을 지켜보고 있다.</p>";

    static String articlePage(String charset, String title, String reporter, String body) {
        return "<!DOCTYPE html><html><head><meta charset=\"" + charset + "\"><title>" + title + "</title>"
                + "<meta property=\"og:title\" content=\"" + title + "\">"
                + "<meta property=\"article:published_time\" content=\"2025-03-06T11:15:00+09:00\"></head><body>"
                + "<nav><a href=\"/\">홈</a><a href=\"/economy\">경제</a></nav><article><h1>" + title + "</h1>"
                + "<div class=\"info\">입력 2025.03.06 11:15</div><div class=\"article-body\">" + body
                + "<p>" + reporter + " 기자 reporter@feed.example</p><p>ⓒ 피드일보 무단전재 및 재배포 금지</p></div>"
                + "</article><aside class=\"related\"><h2>관련 기사</h2><ul><li><a href=\"/x\">다른 기사 제목</a></li>"
                + "</ul></aside></body></html>";
    }

    @Test
    void aTeaserFeedIsCompletedFromTheArticlePagesOnceAndThenAsksConditionally() {
        server.page("/news/1.html", "text/html; charset=UTF-8",
                articlePage("UTF-8", "대전시 창업 예산 확대", "김피드", DAEJEON));
        server.page("/news/2.html", "text/html; charset=EUC-KR",
                articlePage("EUC-KR", "부산항 처리량 두 배", "이피드", HARBOUR).getBytes(EUC_KR));
        server.page("/rss.xml", "application/rss+xml; charset=UTF-8", rss(
                item("g-1", server.uri("/news/1.html").toString(), "대전시 창업 예산 확대", "요약만 있는 글"),
                item("g-2", server.uri("/news/2.html").toString(), "부산항 처리량 두 배", "요약만 있는 글 둘")),
                "ETag", "\"v1\"");
        long source = source("/rss.xml", true);

        JsonNode first = poll(source);
        JsonNode second = poll(source);

        assertThat(first.get("report").get("imported").asInt()).isEqualTo(2);
        assertThat(second.get("report").get("status").asString()).isEqualTo("not-modified");
        assertThat(server.lastRequestHeaders("/rss.xml").getFirst("If-None-Match")).isEqualTo("\"v1\"");
        JsonNode health = second.get("source");
        assertThat(health.get("articles_taken").asInt()).isEqualTo(2);
        assertThat(health.get("failures").asInt()).isZero();
        assertThat(health.get("last_success_at").isNull()).isFalse();

        long euckr = jdbc.sql("select id from article where url = ?").param(server.uri("/news/2.html").toString())
                .query(Long.class).single();
        Document page = new TestHttp(port).page("/articles/" + euckr);
        assertThat(page.selectFirst("h1.article-title").text()).isEqualTo("부산항 처리량 두 배");
        assertThat(page.selectFirst(".article-body").text()).contains("컨테이너 처리량이 두 배로")
                .doesNotContain("관련 기사", "이피드 기자", "무단전재");
        assertThat(page.selectFirst(".press-lead").text()).isEqualTo("[ 피드일보 ]");
        assertThat(page.selectFirst(".byline").text()).contains("이피드");
        assertThat(page.selectFirst(".copyright").text()).contains("피드일보");
        assertThat(page.selectFirst(".article-info .published").text()).isEqualTo("입력 2025.03.06 11:15");
    }

    @Test
    void atomAndRss1FeedsWithTheirOwnTextAreTaken() {
        server.page("/atom.xml", "application/atom+xml", """
                <?xml version="1.0" encoding="utf-8"?>
                <feed xmlns="http://www.w3.org/2005/Atom"><title>피드일보</title><id>urn:feed</id>
                <updated>2025-03-06T02:15:00Z</updated>
                <entry><id>urn:a1</id><title>아톰으로 온 기사</title><link href="%s"/>
                <updated>2025-03-06T02:15:00Z</updated><author><name>박아톰</name></author>
                <content type="html">&lt;p&gt;아톰 피드에 본문이 들어 있는 기사입니다. 여러 문장으로 이루어진 시험용 글입니다.&lt;/p&gt;</content>
                </entry></feed>""".formatted(server.uri("/atom/1")));
        server.page("/rdf.xml", "application/rdf+xml", """
                <?xml version="1.0" encoding="utf-8"?>
                <rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#" xmlns="http://purl.org/rss/1.0/"
                         xmlns:dc="http://purl.org/dc/elements/1.1/">
                <channel rdf:about="%s"><title>피드일보</title><link>%s</link><description>시험</description>
                <items><rdf:Seq><rdf:li resource="%s"/></rdf:Seq></items></channel>
                <item rdf:about="%s"><title>RSS 1.0으로 온 기사</title><link>%s</link>
                <description>RSS 1.0 피드의 설명에 담긴 본문입니다. 시험을 위해 몇 문장을 더 적었습니다.</description>
                <dc:date>2025-03-06T11:15:00+09:00</dc:date></item></rdf:RDF>"""
                .formatted(server.uri("/rdf.xml"), server.uri("/"), server.uri("/rdf/1"), server.uri("/rdf/1"),
                        server.uri("/rdf/1")));

        assertThat(poll(source("/atom.xml", false)).get("report").get("imported").asInt()).isEqualTo(1);
        assertThat(poll(source("/rdf.xml", false)).get("report").get("imported").asInt()).isEqualTo(1);
        assertThat(jdbc.sql("select title from article where url = ?").param(server.uri("/atom/1").toString())
                .query(String.class).single()).isEqualTo("아톰으로 온 기사");
    }

    @Test
    void aBusyServerIsAskedAgainWhenItSaysAndAFailingOneBacksOff() {
        server.status("/busy.xml", 429, "Retry-After", "120");
        server.status("/broken.xml", 500);
        long busy = source("/busy.xml", false);
        long broken = source("/broken.xml", false);
        OffsetDateTime before = OffsetDateTime.now();

        JsonNode busyHealth = poll(busy).get("source");
        JsonNode brokenHealth = poll(broken).get("source");

        assertThat(busyHealth.get("last_error").asString()).contains("429");
        assertThat(OffsetDateTime.parse(busyHealth.get("next_fetch_at").asString()))
                .isBetween(before.plusSeconds(110), before.plusSeconds(140));
        assertThat(brokenHealth.get("last_error").asString()).contains("500");
        assertThat(brokenHealth.get("failures").asInt()).isEqualTo(1);
        // ten minutes doubled once, give or take the jitter
        assertThat(Duration.between(before, OffsetDateTime.parse(brokenHealth.get("next_fetch_at").asString())))
                .isBetween(Duration.ofMinutes(15), Duration.ofMinutes(25));
        assertThat(poll(broken).get("source").get("failures").asInt()).isEqualTo(2);
    }

    @Test
    void hostileOrBrokenFeedsAreRefusedWithTheirReasonAndNothingIsStored() {
        server.page("/xxe.xml", "application/rss+xml", "<?xml version=\"1.0\"?><!DOCTYPE r [<!ENTITY x SYSTEM "
                + "\"file:///etc/passwd\">]><rss version=\"2.0\"><channel><title>&x;</title></channel></rss>");
        server.page("/bad.xml", "application/rss+xml", "<rss><channel><item><title>닫히지 않은");
        server.huge("/huge.xml", 10L * 1024 * 1024);
        server.trickle("/slow.xml", Duration.ofMillis(500));
        server.redirect("/loop-a.xml", "/loop-b.xml");
        server.redirect("/loop-b.xml", "/loop-a.xml");
        long articles = jdbc.sql("select count(*) from article").query(Long.class).single();

        assertThat(lastError(source("/xxe.xml", false))).containsIgnoringCase("doctype");
        assertThat(lastError(source("/bad.xml", false))).containsIgnoringCase("xml");
        assertThat(lastError(source("/huge.xml", false))).contains("larger than");
        assertThat(lastError(source("/slow.xml", false))).contains("timed out");
        assertThat(lastError(source("/loop-a.xml", false))).containsIgnoringCase("redirect");
        assertThat(jdbc.sql("select count(*) from article").query(Long.class).single()).isEqualTo(articles);
    }

    @Test
    void anItemWithoutLinkIsSkippedAndTheOthersAreTaken() {
        server.page("/mixed.xml", "application/rss+xml", rss(
                "<item><title>링크 없는 글</title><description>본문</description></item>",
                item("m-1", server.uri("/m/1").toString(), "제대로 된 글",
                        "<p>링크와 제목이 있는 항목의 본문입니다. 이 항목은 저장되어야 합니다.</p>")));

        JsonNode polled = poll(source("/mixed.xml", false));

        assertThat(polled.get("report").get("imported").asInt()).isEqualTo(1);
        assertThat(polled.get("source").get("last_error").asString()).contains("link");
    }

    @Test
    void addressesOutsideTheAllowlistAreNeverFetched() {
        long source = source("/rss.xml", false);
        jdbc.sql("update source set feed_url = ? where id = ?")
                .params(server.uri("/rss.xml").toString().replace("127.0.0.1", "127.0.0.2"), source).update();

        assertThat(lastError(source)).contains("loopback");
        assertThat(server.requests("/rss.xml")).isZero();
    }

    private String lastError(long source) {
        return poll(source).get("source").get("last_error").asString();
    }
}
