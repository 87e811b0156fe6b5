package dev.sosik.web;

import static org.assertj.core.api.Assertions.assertThat;

import dev.sosik.DatabaseTest;
import dev.sosik.TestHttp;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.TestPropertySource;

/** A guest's copy of an article page lives about a minute (here two seconds), then the page is made anew. */
@DatabaseTest
@TestPropertySource(properties = {"sosik.pages.guest-ttl=2s", "sosik.pages.guest-kept-ttl=2s"})
class GuestCopyExpiryTests {

    @LocalServerPort
    int port;
    @Autowired
    JdbcClient jdbc;

    @Test
    void anExpiredCopyIsRenderedAnewWithTheFiguresOfNow() throws InterruptedException {
        long article = jdbc.sql("select id from article where status = 'published' order by id limit 1")
                .query(Long.class).single();
        String path = "/articles/" + article;
        // the first page computes the rankings, whose rule may make this article point news: that page is not kept
        joy(path);
        long joy = joy(path);

        jdbc.sql("update article_counter set joy = joy + 100 where article_id = ?").param(article).update();
        assertThat(joy(path)).isEqualTo(joy);

        Thread.sleep(2_500);
        assertThat(joy(path)).isEqualTo(joy + 100);
        assertThat(joy(path)).isEqualTo(joy + 100);
    }

    private long joy(String path) {
        return Long.parseLong(Jsoup.parse(new TestHttp(port).get(path).body())
                .select("#reactions [data-reaction=joy] .count").text());
    }
}
