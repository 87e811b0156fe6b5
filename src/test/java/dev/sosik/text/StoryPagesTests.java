package dev.sosik.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.List;
import java.util.Map;

import dev.sosik.DatabaseTest;
import dev.sosik.TestHttp;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The demo set's same-event pairs (one per section, by two presses) come together as stories on the pages. */
@DatabaseTest
class StoryPagesTests {

    @LocalServerPort
    int port;
    @Autowired
    JdbcClient jdbc;

    record Story(long storyId, long articles, long sections, long presses) {
    }

    List<Story> stories() {
        return jdbc.sql("""
                        select story_id, count(*) as articles, count(distinct category_code) as sections,
                               count(distinct press_id) as presses
                        from article where story_id is not null group by story_id having count(*) > 1""")
                .query(Story.class).list();
    }

    @Test
    void theDemoSameEventPairsAreGroupedAndNothingElseIs() {
        List<Story> stories = stories();

        assertThat(stories).hasSizeGreaterThanOrEqualTo(6);
        assertThat(stories).allSatisfy(story -> {
            assertThat(story.sections()).isEqualTo(1);
            assertThat(story.presses()).isEqualTo(story.articles());
        });
    }

    @Test
    void anArticlePageShowsTheOtherVersionsAndTheHomePageOneEntryPerStory() {
        Story story = stories().getFirst();
        List<Long> members = jdbc.sql("select id from article where story_id = ? order by id").param(story.storyId())
                .query(Long.class).list();
        var http = new TestHttp(port);

        Document page = http.page("/articles/" + members.getFirst());
        Document home = http.page("/");

        assertThat(page.selectFirst(".same-story h2").text()).isEqualTo("같은 소식 " + (members.size() - 1) + "건");
        assertThat(page.select(".same-story .article-title").eachAttr("href"))
                .containsExactlyInAnyOrderElementsOf(members.subList(1, members.size()).stream()
                        .map(id -> "/articles/" + id).toList());
        List<String> latest = home.select(".home-latest .article-title").eachAttr("href");
        Map<Long, Long> storyOf = new java.util.HashMap<>();
        jdbc.sql("select id, coalesce(story_id, id) from article").query(rs -> {
            storyOf.put(rs.getLong(1), rs.getLong(2));
        });
        var seen = new HashSet<Long>();
        for (String href : latest) {
            assertThat(seen.add(storyOf.get(Long.parseLong(href.substring("/articles/".length())))))
                    .as("one entry per story on the home page").isTrue();
        }
    }

    @Test
    void aBigStoryShowsItsFirstTenOtherVersionsAndHowManyThereAre() {
        Map<Long, Long> before = new java.util.LinkedHashMap<>();
        jdbc.sql("select id, story_id from article where status = 'published' order by id desc limit 13")
                .query(rs -> {
                    before.put(rs.getLong(1), rs.getObject(2, Long.class));
                });
        List<Long> ids = List.copyOf(before.keySet());
        long story = ids.getLast();
        try {
            ids.forEach(id -> jdbc.sql("update article set story_id = ? where id = ?").params(story, id).update());

            Document page = new TestHttp(port).page("/articles/" + story);

            assertThat(page.selectFirst(".same-story h2").text()).isEqualTo("같은 소식 12건");
            assertThat(page.select(".same-story .article-title")).hasSize(10);
        } finally {
            before.forEach((id, original) -> jdbc.sql("update article set story_id = ? where id = ?")
                    .params(original, id).update());
        }
    }
}
