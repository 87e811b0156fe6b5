package dev.sosik.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import java.util.zip.GZIPInputStream;

import dev.sosik.DatabaseTest;
import dev.sosik.TestBrowser;
import dev.sosik.TestHttp;
import dev.sosik.TestReaders;
import dev.sosik.article.Articles;
import dev.sosik.article.BodyHtml;
import dev.sosik.article.NewArticle;
import dev.sosik.article.Presses;
import dev.sosik.ranking.ViewCounter;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.TestPropertySource;
import tools.jackson.databind.json.JsonMapper;

/**
 * Guests share one rendered copy of a page for a while (the other tests turn the copies off, so that they see
 * every change at once); signed-in readers always get their own fresh page.
 */
@DatabaseTest
@TestPropertySource(properties = "sosik.pages.guest-ttl=1h")
class GuestPageCacheTests {

    @LocalServerPort
    int port;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    ViewCounter views;
    @Autowired
    Articles articles;
    @Autowired
    Presses presses;

    private final JsonMapper json = JsonMapper.builder().build();

    long article;
    String path;

    @BeforeEach
    void aDemoArticle() {
        article = jdbc.sql("select id from article where status = 'published' order by id desc limit 1")
                .query(Long.class).single();
        path = "/articles/" + article;
    }

    @Test
    void guestsGetOneCopyWithNothingOfTheirOwnWhileReadersSeeChangesAtOnce() {
        HttpResponse<String> first = new TestHttp(port).get(path);
        assertThat(first.statusCode()).isEqualTo(200);
        assertThat(first.headers().firstValue("Cache-Control")).hasValue("private, no-cache");
        assertThat(first.headers().firstValue("ETag")).isPresent();
        Document page = Jsoup.parse(first.body());
        // no form token: a guest's reaction and vote buttons lead to signing in
        assertThat(page.select("input[name=_csrf]")).isEmpty();
        assertThat(page.select("#reactions form").attr("action")).isEqualTo("/login");
        assertThat(page.select("#reactions form input[name=next]").val()).isEqualTo(path + "#reactions");

        jdbc.sql("update article_counter set joy = joy + 100 where article_id = ?").param(article).update();

        HttpResponse<String> another = new TestHttp(port).get(path);
        assertThat(another.body()).isEqualTo(first.body());
        assertThat(another.headers().firstValue("ETag")).isEqualTo(first.headers().firstValue("ETag"));
        TestHttp reader = TestReaders.signedUp(port);
        HttpResponse<String> readers = reader.get(path);
        assertThat(readers.headers().firstValue("ETag")).isEmpty();
        assertThat(joy(readers.body())).isEqualTo(joy(first.body()) + 100);
        assertThat(Jsoup.parse(readers.body()).select("#reactions form").attr("method")).isEqualTo("post");

        HttpResponse<String> otherSort = new TestHttp(port).get(path + "?sort=recommended");
        assertThat(joy(otherSort.body())).isEqualTo(joy(first.body()) + 100);
    }

    @Test
    void aBrowserHoldingTheCopyIsAnswered304AndTheVisitStillCounts() {
        // a robot's request (robots are not counted) leaves the copy and its ETag
        var robot = new TestHttp(port);
        String etag = robot.send(HttpRequest.newBuilder(URI.create(robot.base() + path))
                .header("User-Agent", "curl/8.5.0").GET().build()).headers().firstValue("ETag").orElseThrow();
        views.flush();
        long before = viewCount();

        var guest = new TestHttp(port);
        // another browser than the first guest's on the same address: a visitor of its own
        HttpResponse<String> revalidated = guest.send(HttpRequest.newBuilder(URI.create(guest.base() + path))
                .header("If-None-Match", etag).header("User-Agent", "Mozilla/5.0 (X11; Linux) " + System.nanoTime())
                .GET().build());

        assertThat(revalidated.statusCode()).isEqualTo(304);
        assertThat(revalidated.body()).isEmpty();
        // the view is recorded once the answer has gone out, a moment after the client has it
        TestBrowser.waitUntil(() -> {
            views.flush();
            return viewCount() > before;
        });
        assertThat(viewCount()).isEqualTo(before + 1);
    }

    @Test
    void aCopyCarriesTheRenderedPagesHeadersButNoneOfItsCookiesAndGoesOutCompressedToBrowsersThatTakeIt()
            throws IOException {
        String fresh = "/articles/" + articles.add(new NewArticle(presses.all().getFirst().id(), "life",
                "시험용 복사본 기사", BodyHtml.fromParagraphs(List.of("복사본을 시험하는 문단입니다.".repeat(40))), null,
                "https://sosik.example/test/" + UUID.randomUUID(), null, OffsetDateTime.now(), null, List.of()));
        HttpResponse<String> rendered = new TestHttp(port).get(fresh);
        assertThat(rendered.headers().allValues("Set-Cookie")).anyMatch(cookie -> cookie.startsWith("XSRF-TOKEN="));

        HttpResponse<String> copy = new TestHttp(port).get(fresh);
        assertThat(copy.body()).isEqualTo(rendered.body());
        // the guest's own visitor cookie at most: nothing the rendered page's response handed out
        assertThat(copy.headers().allValues("Set-Cookie")).allMatch(cookie -> cookie.startsWith("sosik_visitor="));
        for (String header : List.of("Content-Security-Policy", "X-Frame-Options", "X-Content-Type-Options",
                "Cache-Control", "ETag", "Content-Type", "Vary")) {
            assertThat(copy.headers().allValues(header)).as(header).isEqualTo(rendered.headers().allValues(header));
        }

        var browser = new TestHttp(port);
        HttpResponse<byte[]> zipped = browser.send(HttpRequest.newBuilder(URI.create(browser.base() + fresh))
                .header("Accept-Encoding", "gzip, deflate, br").GET().build(), HttpResponse.BodyHandlers.ofByteArray());
        assertThat(zipped.headers().firstValue("Content-Encoding")).hasValue("gzip");
        assertThat(zipped.body().length).isLessThan(rendered.body().getBytes(StandardCharsets.UTF_8).length / 2);
        try (var unzipped = new GZIPInputStream(new ByteArrayInputStream(zipped.body()))) {
            assertThat(new String(unzipped.readAllBytes(), StandardCharsets.UTF_8)).isEqualTo(rendered.body());
        }
        String zippedTag = zipped.headers().firstValue("ETag").orElseThrow();
        assertThat(zippedTag).isNotEqualTo(rendered.headers().firstValue("ETag").orElseThrow());
        HttpResponse<byte[]> revalidated = browser.send(HttpRequest.newBuilder(URI.create(browser.base() + fresh))
                .header("Accept-Encoding", "gzip").header("If-None-Match", zippedTag).GET().build(),
                HttpResponse.BodyHandlers.ofByteArray());
        assertThat(revalidated.statusCode()).isEqualTo(304);
    }

    @Test
    void aRequestNamingAnotherAddressNeitherGetsNorMakesTheCopyOthersAreServed() {
        var guest = new TestHttp(port);
        String canonical = canonical(guest.get(path).body());
        assertThat(canonical).startsWith("http://localhost:");

        // the same page asked for under another name of the site (a forged Host header alike)
        String other = canonical(guest.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                .GET().build()).body());
        assertThat(other).startsWith("http://127.0.0.1:");
        assertThat(canonical(new TestHttp(port).get(path).body())).isEqualTo(canonical);
    }

    private static String canonical(String html) {
        return Jsoup.parse(html).selectFirst("link[rel=canonical]").attr("href");
    }

    @Test
    void aDeletedCommentLeavesTheGuestsCopyAtOnce() {
        TestHttp reader = TestReaders.signedUp(port);
        reader.get(path);
        HttpResponse<String> posted = reader.json("POST", "/api/v1/articles/" + article + "/comments",
                "{\"body\":\"복사본에서 곧 사라질 댓글입니다\"}");
        assertThat(posted.statusCode()).as(posted.body()).isEqualTo(201);
        long comment = json.readTree(posted.body()).get("id").asLong();
        TestBrowser.waitUntil(() -> comments(new TestHttp(port).page(path)).contains("곧 사라질 댓글"));

        assertThat(reader.json("DELETE", "/api/v1/comments/" + comment, null).statusCode()).isEqualTo(204);

        assertThat(comments(new TestHttp(port).page(path))).doesNotContain("곧 사라질 댓글");
    }

    private static String comments(Document page) {
        return page.select("#comments .comment-list").text();
    }

    private long viewCount() {
        return jdbc.sql("select views from article_counter where article_id = ?").param(article)
                .query(Long.class).single();
    }

    private static long joy(String html) {
        return Long.parseLong(Jsoup.parse(html).select("#reactions [data-reaction=joy] .count").text());
    }
}
