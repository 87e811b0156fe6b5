package dev.sosik.engagement;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.Map;

import dev.sosik.DatabaseTest;
import dev.sosik.TestAdmin;
import dev.sosik.TestHttp;
import dev.sosik.TestReaders;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

@DatabaseTest
class ModerationTests {

    private final JsonMapper json = JsonMapper.builder().build();

    @LocalServerPort
    int port;
    @Autowired
    JdbcClient jdbc;

    TestHttp admin() {
        return TestAdmin.signedIn(port);
    }

    long commentCount(long article) {
        return jdbc.sql("select comments from article_counter where article_id = ?").param(article)
                .query(Long.class).single();
    }

    @Test
    void anAdminHidesARestoresAndSuspendsAndEveryActionIsRecorded() {
        long article = jdbc.sql("select min(id) from article where category_code = 'entertainment'")
                .query(Long.class).single();
        TestHttp writer = TestReaders.signedUp(port);
        TestHttp reporter = TestReaders.signedUp(port);
        JsonNode comment = json.readTree(writer.json("POST", "/api/v1/articles/" + article + "/comments",
                "{\"body\":\"광고성 댓글입니다 www.example.com\"}").body());
        long commentId = comment.get("id").asLong();
        reporter.json("POST", "/api/v1/comments/" + commentId + "/reports", "{\"reason\":\"광고\"}");
        long countBefore = commentCount(article);

        TestHttp admin = admin();
        Document queue = admin.page("/admin/moderation");
        Element reported = queue.getElementById("reported-" + commentId);
        assertThat(reported.text()).contains("광고성 댓글입니다", "신고 1건", "사유: 광고");

        String csrf = queue.selectFirst("input[name=_csrf]").val();
        assertThat(admin.form("/admin/moderation/comments/" + commentId + "/hide", Map.of("_csrf", csrf))
                .statusCode()).isEqualTo(303);
        assertThat(commentCount(article)).isEqualTo(countBefore - 1);
        assertThat(writer.get("/api/v1/comments/" + commentId).statusCode()).isEqualTo(404);
        assertThat(admin.page("/admin/moderation").getElementById("reported-" + commentId)).isNull();

        admin.form("/admin/moderation/comments/" + commentId + "/restore", Map.of("_csrf", csrf));
        assertThat(commentCount(article)).isEqualTo(countBefore);

        long writerId = json.readTree(writer.get("/api/v1/me").body()).get("id").asLong();
        admin.form("/admin/moderation/accounts/" + writerId + "/suspend",
                Map.of("_csrf", csrf, "days", "3", "note", "광고 반복"));
        HttpResponse<String> suspended = writer.json("POST", "/api/v1/articles/" + article + "/comments",
                "{\"body\":\"정지 중에 쓰는 댓글\"}");
        assertThat(suspended.statusCode()).isEqualTo(403);
        assertThat(json.readTree(suspended.body()).get("detail").asString()).contains("활동이 제한된 계정입니다");

        Document history = admin.page("/admin/moderation");
        assertThat(history.select(".history tbody tr").eachText())
                .anyMatch(row -> row.contains("hide") && row.contains("#" + commentId) && row.contains("관리자"))
                .anyMatch(row -> row.contains("restore") && row.contains("#" + commentId))
                .anyMatch(row -> row.contains("suspend") && row.contains("3일: 광고 반복"));
    }

    @Test
    void filteredCommentsWaitInTheQueue() {
        long article = jdbc.sql("select min(id) from article where category_code = 'life'").query(Long.class)
                .single();
        TestHttp writer = TestReaders.signedUp(port);
        writer.json("POST", "/api/v1/articles/" + article + "/comments", "{\"body\":\"개새끼들 다 꺼져\"}");

        Document queue = admin().page("/admin/moderation");

        assertThat(queue.select(".queue.filtered li").eachText()).anyMatch(item -> item.contains("개새끼들 다 꺼져"));
    }

    @Test
    void onlyAdminsReachTheQueue() {
        TestHttp reader = TestReaders.signedUp(port);
        assertThat(reader.get("/admin/moderation").statusCode()).isEqualTo(403);
        var guest = new TestHttp(port);
        HttpResponse<String> redirected = guest.get("/admin/moderation");
        assertThat(redirected.statusCode()).isEqualTo(302);
        assertThat(redirected.headers().firstValue("Location").orElseThrow()).contains("/login?next=");
    }
}
