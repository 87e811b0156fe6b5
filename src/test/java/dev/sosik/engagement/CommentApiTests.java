package dev.sosik.engagement;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;

import dev.sosik.DatabaseTest;
import dev.sosik.TestClock;
import dev.sosik.TestHttp;
import dev.sosik.TestReaders;
import dev.sosik.web.Kst;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

@DatabaseTest
class CommentApiTests {

    private final JsonMapper json = JsonMapper.builder().build();

    @LocalServerPort
    int port;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    Comments comments;
    @Autowired
    TestClock clock;

    /** An article of its own for each test, so that counts and orders are the test's alone. */
    long freshArticle() {
        long press = jdbc.sql("select id from press order by id limit 1").query(Long.class).single();
        var keys = new GeneratedKeyHolder();
        jdbc.sql("insert into article (press_id, category_code, title, url, published_at)"
                        + " values (?, 'society', '댓글 시험 기사', ?, ?)")
                .params(press, "https://sosik.example/comments/" + System.nanoTime(), OffsetDateTime.now())
                .update(keys, "id");
        long id = keys.getKeyAs(Long.class);
        jdbc.sql("insert into article_body (article_id, body_html) values (?, '<p>본문</p>')").param(id).update();
        jdbc.sql("insert into article_counter (article_id) values (?)").param(id).update();
        return id;
    }

    long commentCount(long article) {
        return jdbc.sql("select comments from article_counter where article_id = ?").param(article)
                .query(Long.class).single();
    }

    JsonNode post(TestHttp reader, String path, String body, int expectedStatus) {
        HttpResponse<String> response = reader.json("POST", path, "{\"body\":" + json.writeValueAsString(body) + "}");
        assertThat(response.statusCode()).as(response.body()).isEqualTo(expectedStatus);
        return json.readTree(response.body());
    }

    JsonNode list(TestHttp client, long article, String query) {
        HttpResponse<String> response = client.get("/api/v1/articles/" + article + "/comments" + query);
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return json.readTree(response.body());
    }

    @Test
    void commentsAndRepliesAreCountedOnceInTheArticle() {
        long article = freshArticle();
        TestHttp writer = TestReaders.signedUp(port);
        TestHttp replier = TestReaders.signedUp(port);

        JsonNode comment = post(writer, "/api/v1/articles/" + article + "/comments", "  좋은 기사네요.  ", 201);
        JsonNode reply = post(replier, "/api/v1/comments/" + comment.get("id").asLong() + "/replies", "동감합니다", 201);

        assertThat(comment.get("body").asString()).isEqualTo("좋은 기사네요.");
        assertThat(reply.get("parent_id").asLong()).isEqualTo(comment.get("id").asLong());
        assertThat(commentCount(article)).isEqualTo(2);
        JsonNode thread = list(new TestHttp(port), article, "").get("items").get(0);
        assertThat(thread.get("reply_count").asLong()).isEqualTo(1);
        assertThat(thread.get("replies").get(0).get("body").asString()).isEqualTo("동감합니다");
        assertThat(new TestHttp(port).get("/api/v1/articles/" + article).body()).contains("\"comments\":2");

        HttpResponse<String> nested = replier.json("POST", "/api/v1/comments/" + reply.get("id").asLong()
                + "/replies", "{\"body\":\"답글의 답글\"}");
        assertThat(nested.statusCode()).isEqualTo(400);
        assertThat(commentCount(article)).isEqualTo(2);
    }

    @Test
    void aDeletedCommentWithRepliesStaysAsANotice() {
        long article = freshArticle();
        TestHttp writer = TestReaders.signedUp(port);
        TestHttp other = TestReaders.signedUp(port);
        long withReply = post(writer, "/api/v1/articles/" + article + "/comments", "첫 댓글", 201).get("id").asLong();
        post(other, "/api/v1/comments/" + withReply + "/replies", "답글", 201);
        clock.advance(Duration.ofSeconds(61));
        long alone = post(writer, "/api/v1/articles/" + article + "/comments", "둘째 댓글", 201).get("id").asLong();

        assertThat(other.json("DELETE", "/api/v1/comments/" + withReply, null).statusCode()).isEqualTo(403);
        assertThat(writer.json("DELETE", "/api/v1/comments/" + withReply, null).statusCode()).isEqualTo(204);
        assertThat(writer.json("DELETE", "/api/v1/comments/" + alone, null).statusCode()).isEqualTo(204);

        JsonNode items = list(new TestHttp(port), article, "").get("items");
        assertThat(items.size()).isEqualTo(1);
        assertThat(items.get(0).get("status").asString()).isEqualTo("deleted");
        assertThat(items.get(0).get("text").asString()).isEqualTo("삭제된 댓글입니다.");
        assertThat(items.get(0).get("body").isNull()).isTrue();
        assertThat(items.get(0).get("replies").size()).isEqualTo(1);
        assertThat(commentCount(article)).isEqualTo(1);
    }

    @Test
    void theThreeSortOrders() {
        long article = freshArticle();
        TestHttp first = TestReaders.signedUp(port);
        TestHttp second = TestReaders.signedUp(port);
        TestHttp third = TestReaders.signedUp(port);
        long oldest = post(first, "/api/v1/articles/" + article + "/comments", "하나", 201).get("id").asLong();
        long middle = post(second, "/api/v1/articles/" + article + "/comments", "둘", 201).get("id").asLong();
        long newest = post(third, "/api/v1/articles/" + article + "/comments", "셋", 201).get("id").asLong();
        first.json("PUT", "/api/v1/comments/" + middle + "/vote", "{\"type\":\"up\"}");
        third.json("PUT", "/api/v1/comments/" + middle + "/vote", "{\"type\":\"up\"}");
        second.json("PUT", "/api/v1/comments/" + oldest + "/vote", "{\"type\":\"up\"}");
        clock.advance(Duration.ofSeconds(61));
        post(second, "/api/v1/comments/" + oldest + "/replies", "답글", 201);

        assertThat(ids(list(first, article, "?sort=latest"))).containsExactly(newest, middle, oldest);
        assertThat(ids(list(first, article, "?sort=recommended"))).containsExactly(middle, oldest, newest);
        assertThat(ids(list(first, article, "?sort=replies"))).containsExactly(oldest, newest, middle);
        assertThat(first.get("/api/v1/articles/" + article + "/comments?sort=best").statusCode()).isEqualTo(400);
    }

    @Test
    void pagesOfCommentsFollowOneAnotherWithoutRepeats() {
        long article = freshArticle();
        for (int i = 0; i < 25; i++) {
            comments.post(article, TestReaders.inserted(jdbc), "댓글 " + i + "번째");
        }
        var guest = new TestHttp(port);

        List<Long> seen = new ArrayList<>();
        String cursor = null;
        int pages = 0;
        do {
            JsonNode page = list(guest, article, cursor == null ? "" : "?cursor=" + cursor);
            seen.addAll(ids(page));
            cursor = page.get("next_cursor").isNull() ? null : page.get("next_cursor").asString();
            pages++;
        } while (cursor != null);

        assertThat(pages).isEqualTo(2);
        assertThat(seen).hasSize(25);
        assertThat(new HashSet<>(seen)).hasSize(25);
        assertThat(guest.get("/api/v1/articles/" + article + "/comments?cursor=broken").statusCode()).isEqualTo(400);
    }

    @Test
    void oneVotePerReaderChangeableAndWithdrawableButNotOnOnesOwnComment() {
        long article = freshArticle();
        TestHttp writer = TestReaders.signedUp(port);
        TestHttp voter = TestReaders.signedUp(port);
        long comment = post(writer, "/api/v1/articles/" + article + "/comments", "추천해 주세요", 201).get("id").asLong();
        String path = "/api/v1/comments/" + comment + "/vote";

        JsonNode up = json.readTree(voter.json("PUT", path, "{\"type\":\"up\"}").body());
        JsonNode upAgain = json.readTree(voter.json("PUT", path, "{\"type\":\"up\"}").body());
        JsonNode down = json.readTree(voter.json("PUT", path, "{\"type\":\"down\"}").body());
        JsonNode withdrawn = json.readTree(voter.json("DELETE", path, null).body());

        assertThat(up.get("up").asLong()).isEqualTo(1);
        assertThat(upAgain.get("up").asLong()).isEqualTo(1);
        assertThat(down.get("up").asLong()).isZero();
        assertThat(down.get("down").asLong()).isEqualTo(1);
        assertThat(withdrawn.get("down").asLong()).isZero();
        assertThat(writer.json("PUT", path, "{\"type\":\"up\"}").statusCode()).isEqualTo(400);
        assertThat(voter.json("PUT", path, "{\"type\":\"maybe\"}").statusCode()).isEqualTo(400);
    }

    @Test
    void aReaderReportsACommentOnce() {
        long article = freshArticle();
        TestHttp writer = TestReaders.signedUp(port);
        TestHttp reporter = TestReaders.signedUp(port);
        long comment = post(writer, "/api/v1/articles/" + article + "/comments", "신고될 댓글", 201).get("id").asLong();
        String path = "/api/v1/comments/" + comment + "/reports";

        assertThat(reporter.json("POST", path, "{\"reason\":\"\"}").statusCode()).isEqualTo(400);
        assertThat(reporter.json("POST", path, "{\"reason\":\"광고\"}").statusCode()).isEqualTo(201);
        assertThat(reporter.json("POST", path, "{\"reason\":\"광고\"}").statusCode()).isEqualTo(409);
        assertThat(writer.json("POST", path, "{\"reason\":\"내 댓글\"}").statusCode()).isEqualTo(400);
        assertThat(jdbc.sql("select count(*) from comment_report where comment_id = ?").param(comment)
                .query(Long.class).single()).isEqualTo(1);
    }

    @Test
    void textIsTrimmedNormalizedAndBetweenOneAnd500Characters() {
        long article = freshArticle();
        TestHttp writer = TestReaders.signedUp(port);
        String path = "/api/v1/articles/" + article + "/comments";

        assertThat(post(writer, path, "   ", 400).get("detail").asString()).isEqualTo("댓글 내용을 입력해 주세요.");
        assertThat(post(writer, path, "가".repeat(501), 400).get("detail").asString()).contains("500자");
        // decomposed Hangul (NFD) and a zero-width space come out as one normal word
        JsonNode stored = post(writer, path, "\u1100\u1161\u11a8\u200b기사", 201);
        assertThat(stored.get("body").asString()).isEqualTo("각기사");
        assertThat(commentCount(article)).isEqualTo(1);
    }

    @Test
    void abusiveCommentsAreSentBackForEditingAndNeverStored() {
        long article = freshArticle();
        TestHttp writer = TestReaders.signedUp(port);

        JsonNode refused = post(writer, "/api/v1/articles/" + article + "/comments", "이 기사 쓴 사람 시 발 뭐냐", 422);

        assertThat(refused.get("detail").asString()).contains("고친 뒤 다시 등록해 주세요");
        assertThat(commentCount(article)).isZero();
        assertThat(jdbc.sql("select count(*) from comment where article_id = ?").param(article)
                .query(Long.class).single()).isZero();
        assertThat(jdbc.sql("select count(*) from filtered_comment where article_id = ?").param(article)
                .query(Long.class).single()).isEqualTo(1);
    }

    @Test
    void postingTooFastIsRefusedUntilTheIntervalHasPassed() {
        long article = freshArticle();
        TestHttp writer = TestReaders.signedUp(port);
        post(writer, "/api/v1/articles/" + article + "/comments", "첫째", 201);

        HttpResponse<String> tooSoon = writer.json("POST", "/api/v1/articles/" + article + "/comments",
                "{\"body\":\"둘째\"}");

        assertThat(tooSoon.statusCode()).isEqualTo(429);
        assertThat(json.readTree(tooSoon.body()).get("detail").asString()).contains("60초에 한 번");
        assertThat(Long.parseLong(tooSoon.headers().firstValue("Retry-After").orElseThrow())).isBetween(1L, 60L);
        clock.advance(Duration.ofSeconds(61));
        post(writer, "/api/v1/articles/" + article + "/comments", "둘째", 201);
    }

    @Test
    void threeCommentsPerArticleButRepliesStillAllowed() {
        long article = freshArticle();
        TestHttp writer = TestReaders.signedUp(port);
        long first = 0;
        for (int i = 0; i < 3; i++) {
            long id = post(writer, "/api/v1/articles/" + article + "/comments", "댓글 " + i, 201).get("id").asLong();
            first = first == 0 ? id : first;
            clock.advance(Duration.ofSeconds(61));
        }

        JsonNode fourth = post(writer, "/api/v1/articles/" + article + "/comments", "넷째", 429);

        assertThat(fourth.get("detail").asString()).contains("한 기사에는 댓글을 3개까지");
        post(writer, "/api/v1/comments/" + first + "/replies", "답글은 됩니다", 201);
    }

    @Test
    void twentyCommentsADayThenTheLimitSaysWhenItResets() {
        // start just after midnight in Korea so that the whole test stays within one Korean day
        OffsetDateTime now = OffsetDateTime.now(clock);
        OffsetDateTime nextKoreanDay = now.atZoneSameInstant(Kst.ZONE).toLocalDate().plusDays(1)
                .atStartOfDay(Kst.ZONE).toOffsetDateTime();
        clock.advance(Duration.between(now, nextKoreanDay).plusMinutes(5));
        TestHttp writer = TestReaders.signedUp(port);
        long article = 0;
        for (int i = 0; i < 20; i++) {
            if (i % 3 == 0) {
                article = freshArticle();
            }
            post(writer, "/api/v1/articles/" + article + "/comments", "오늘의 댓글 " + i + "번째", 201);
            clock.advance(Duration.ofSeconds(61));
        }

        HttpResponse<String> over = writer.json("POST", "/api/v1/articles/" + freshArticle() + "/comments",
                "{\"body\":\"스물한 번째\"}");

        assertThat(over.statusCode()).isEqualTo(429);
        assertThat(json.readTree(over.body()).get("detail").asString())
                .contains("오늘 쓸 수 있는 댓글 20개", "내일 0시");
        long retryAfter = Long.parseLong(over.headers().firstValue("Retry-After").orElseThrow());
        assertThat(retryAfter).isBetween(Duration.ofHours(23).toSeconds(), Duration.ofHours(24).toSeconds());
    }

    @Test
    void guestsCannotWriteAndOversizedBodiesAreRefused() {
        long article = freshArticle();
        var guest = new TestHttp(port);
        guest.get("/api/v1/me");
        assertThat(guest.json("POST", "/api/v1/articles/" + article + "/comments", "{\"body\":\"손님\"}")
                .statusCode()).isEqualTo(401);

        TestHttp writer = TestReaders.signedUp(port);
        HttpResponse<String> huge = writer.json("POST", "/api/v1/articles/" + article + "/comments",
                "{\"body\":\"" + "가".repeat(2_000_000) + "\"}");
        assertThat(huge.statusCode()).isBetween(400, 499);
        assertThat(writer.json("POST", "/api/v1/articles/" + article + "/comments", "{\"body\":").statusCode())
                .isEqualTo(400);
        assertThat(writer.json("POST", "/api/v1/articles/99999999/comments", "{\"body\":\"없는 기사\"}")
                .statusCode()).isEqualTo(404);
        assertThat(commentCount(article)).isZero();
    }


    private static List<Long> ids(JsonNode page) {
        List<Long> ids = new ArrayList<>();
        page.get("items").forEach(item -> ids.add(item.get("id").asLong()));
        return ids;
    }
}
