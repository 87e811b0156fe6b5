package dev.sosik.article;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpRequest;
import java.time.OffsetDateTime;
import java.util.List;

import dev.sosik.DatabaseTest;
import dev.sosik.TestBrowser;
import dev.sosik.TestHttp;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.TestPropertySource;
import tools.jackson.databind.json.JsonMapper;

/**
 * An article page's content is kept until something it shows changes (the other tests keep it for no time, so
 * that they may write the database directly): a new version of the story and another instance's change show at
 * once, however long the content may be kept.
 */
@DatabaseTest
// the change log is read as a running portal reads it (the other tests read it themselves)
@TestPropertySource(properties = {"sosik.pages.article-ttl=1h", "sosik.search.catch-up-every=200ms"})
class ArticlePageCacheTests {

    @LocalServerPort
    int port;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    Articles articles;
    @Autowired
    Presses presses;
    @Autowired
    JsonMapper json;

    @Test
    void aVersionJoiningTheStoryShowsOnThePagesOfTheOtherVersionsAtOnce() {
        long first = jdbc.sql("""
                        select min(id) from article where story_id in
                            (select story_id from article group by story_id having count(*) > 1)""")
                .query(Long.class).single();
        long story = articles.storyOf(first).orElseThrow();
        var http = new TestHttp(port);
        long before = articles.storyVersionIds(first, story).total();
        assertThat(sameStoryTitle(http.page("/articles/" + first))).isEqualTo("같은 소식 " + before + "건");

        FullArticle original = articles.find(first).orElseThrow();
        List<Long> pressesOfStory = jdbc.sql("select press_id from article where story_id = ?").param(story)
                .query(Long.class).list();
        Press another = presses.all().stream().filter(press -> !pressesOfStory.contains(press.id())).findFirst()
                .orElseThrow();
        long joining = articles.add(new NewArticle(another.id(), original.article().category().code(),
                original.article().title(), original.bodyHtml(), null,
                "https://" + another.code() + ".example/cache-test-" + System.nanoTime(), null,
                original.article().publishedAt().plusMinutes(20), null, original.article().hashtags()));

        assertThat(articles.storyOf(joining)).contains(story);
        Document page = http.page("/articles/" + first);
        assertThat(sameStoryTitle(page)).isEqualTo("같은 소식 " + (before + 1) + "건");
        assertThat(page.select(".same-story .article-title").eachAttr("href")).contains("/articles/" + joining);
    }

    @Test
    void whatAnotherInstanceChangesShowsOnceThisOneReadsTheChangeLog() {
        Press press = presses.all().getFirst();
        long id = articles.add(new NewArticle(press.id(), "life", "국립극장, 겨울 시즌 공연 일정 발표",
                BodyHtml.fromParagraphs(List.of("국립극장이 겨울 시즌 공연 여섯 편의 일정을 발표했다.")), null,
                "https://" + press.code() + ".example/cache-elsewhere-" + System.nanoTime(), null,
                OffsetDateTime.now(), null, List.of("국립극장", "공연")));
        var http = new TestHttp(port);
        assertThat(title(http.page("/articles/" + id))).isEqualTo("국립극장, 겨울 시즌 공연 일정 발표");

        // another instance revises the title: not seen here before its change is in the log
        jdbc.sql("update article set title = '국립극장, 겨울 시즌 공연 일정 변경' where id = ?").param(id).update();
        assertThat(title(http.page("/articles/" + id))).isEqualTo("국립극장, 겨울 시즌 공연 일정 발표");
        jdbc.sql("insert into article_change (article_id, instance_id) values (?, 'another-instance')").param(id)
                .update();

        TestBrowser.waitUntil(() -> title(http.page("/articles/" + id)).endsWith("변경"));
        assertThat(title(http.page("/articles/" + id))).isEqualTo("국립극장, 겨울 시즌 공연 일정 변경");
    }

    @Test
    void pointNewsDecidedOnThisInstanceShowsOrHidesTheReadingBoxAtOnce() {
        long id = jdbc.sql("select min(id) from article where point_news = false and status = 'published'")
                .query(Long.class).single();
        var guest = new TestHttp(port);
        assertThat(guest.page("/articles/" + id).select("#read-reward")).isEmpty();

        articles.markPointNews(id, true);
        assertThat(guest.page("/articles/" + id).select("#read-reward")).hasSize(1);

        articles.markPointNews(id, false);
        assertThat(guest.page("/articles/" + id).select("#read-reward")).isEmpty();
    }

    @Test
    void theStructuredDataNamesThePageUnderTheAddressItWasAskedFor() {
        long id = jdbc.sql("select min(id) from article where status = 'published'").query(Long.class).single();
        String path = "/articles/" + id;
        var http = new TestHttp(port);

        assertThat(structuredDataUrl(http.page(path))).isEqualTo("http://localhost:" + port + path);
        String other = http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path)).GET().build())
                .body();
        assertThat(structuredDataUrl(Jsoup.parse(other))).isEqualTo("http://127.0.0.1:" + port + path);
        assertThat(structuredDataUrl(http.page(path))).isEqualTo("http://localhost:" + port + path);
    }

    private String structuredDataUrl(Document page) {
        return json.readTree(page.selectFirst("script[type=application/ld+json]").data()).get("url").asString();
    }

    private static String title(Document page) {
        return page.selectFirst("h1.article-title").text();
    }

    private static String sameStoryTitle(Document page) {
        return page.selectFirst(".same-story h2").text();
    }
}
