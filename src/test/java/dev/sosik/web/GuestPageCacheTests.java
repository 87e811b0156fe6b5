package dev.sosik.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import dev.sosik.DatabaseTest;
import dev.sosik.TestBrowser;
import dev.sosik.TestHttp;
import dev.sosik.TestReaders;
import dev.sosik.ranking.ViewCounter;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.TestPropertySource;

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

    private long viewCount() {
        return jdbc.sql("select views from article_counter where article_id = ?").param(article)
                .query(Long.class).single();
    }

    private static long joy(String html) {
        return Long.parseLong(Jsoup.parse(html).select("#reactions [data-reaction=joy] .count").text());
    }
}
