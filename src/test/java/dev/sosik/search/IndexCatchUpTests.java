package dev.sosik.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.util.List;

import dev.sosik.DatabaseTest;
import dev.sosik.TestHttp;
import dev.sosik.article.Articles;
import dev.sosik.article.BodyHtml;
import dev.sosik.article.NewArticle;
import dev.sosik.article.Presses;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import tools.jackson.databind.json.JsonMapper;

/** Articles stored by another instance of Sosik (simulated by writing to the database behind this one's back). */
@DatabaseTest
class IndexCatchUpTests {

    @LocalServerPort
    int port;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    IndexCatchUp catchUp;
    @Autowired
    Articles articles;
    @Autowired
    Presses presses;

    long storedByAnotherInstance(String title, String body) {
        long press = jdbc.sql("select id from press order by id limit 1").query(Long.class).single();
        var keys = new GeneratedKeyHolder();
        jdbc.sql("insert into article (press_id, category_code, title, url, published_at) values (?, 'it', ?, ?, ?)")
                .params(press, title, "https://other.example/" + System.nanoTime(), OffsetDateTime.now())
                .update(keys, "id");
        long id = keys.getKeyAs(Long.class);
        jdbc.sql("insert into article_body (article_id, body_html) values (?, ?)").params(id, "<p>" + body + "</p>")
                .update();
        jdbc.sql("insert into article_counter (article_id) values (?)").param(id).update();
        recordChangeByAnotherInstance(id);
        return id;
    }

    void recordChangeByAnotherInstance(long id) {
        jdbc.sql("insert into article_change (article_id, instance_id) values (?, 'another-instance')").param(id)
                .update();
    }

    long hits(String query) {
        String body = new TestHttp(port).get("/api/v1/search?q=" + URLEncoder.encode(query, StandardCharsets.UTF_8))
                .body();
        return JsonMapper.builder().build().readTree(body).get("total").asLong();
    }

    @Test
    void anArticleAnotherInstanceStoredBecomesSearchableHereAndLeavesWhenWithdrawn() {
        long id = storedByAnotherInstance("QX7 통신망 시범 개통", "QX7 통신망이 시범 개통했다.");
        assertThat(hits("QX7")).isZero();

        catchUp.catchUp();
        assertThat(hits("QX7")).isEqualTo(1);

        jdbc.sql("update article set status = 'withdrawn' where id = ?").param(id).update();
        recordChangeByAnotherInstance(id);
        catchUp.catchUp();
        assertThat(hits("QX7")).isZero();
    }

    @Test
    void everyArticleThisInstanceStoresIsRecordedForTheOthers() {
        long id = articles.add(new NewArticle(presses.findByCode("hanbit").orElseThrow().id(), "it", "기록되는 기사",
                BodyHtml.fromParagraphs(List.of("다른 인스턴스가 따라잡을 기사다.")), null,
                "https://sosik.example/change/" + System.nanoTime(), null, OffsetDateTime.now(), null, List.of()));
        articles.replaceHashtags(id, List.of("따라잡기"));

        assertThat(jdbc.sql("select count(*) from article_change where article_id = ? and instance_id <> ?")
                .params(id, "another-instance").query(Long.class).single()).isEqualTo(2);
    }
}
