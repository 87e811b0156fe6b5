package dev.sosik.rewards;

import static dev.sosik.rewards.RewardsHttp.balance;
import static dev.sosik.rewards.RewardsHttp.ok;
import static dev.sosik.rewards.RewardsHttp.refused;
import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import dev.sosik.DatabaseTest;
import dev.sosik.TestClock;
import dev.sosik.TestHttp;
import dev.sosik.TestReaders;
import dev.sosik.article.Articles;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

@DatabaseTest
class ReadingRewardTests {

    @LocalServerPort
    int port;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    TestClock clock;
    @Autowired
    Articles articles;

    /** Point news articles of the test's own, so other tests' claims never meet its daily cap. */
    List<Long> pointNews(int count) {
        List<Long> ids = jdbc.sql("select id from article where point_news = false and status = 'published'"
                        + " order by id desc limit ?")
                .param(count).query(Long.class).list();
        ids.forEach(id -> articles.markPointNews(id, true));
        return ids;
    }

    String token(TestHttp reader, long article) {
        Document page = reader.page("/articles/" + article);
        return page.selectFirst("#read-reward input[name=token]").val();
    }

    HttpResponse<String> claim(TestHttp reader, long article, String token) {
        return reader.json("POST", "/api/v1/articles/" + article + "/read-reward",
                "{\"token\":\"" + token + "\"}");
    }

    @Test
    void aReaderEarnsPointsAfterTheDwellTimeOncePerArticle() {
        long article = pointNews(1).getFirst();
        TestHttp reader = TestReaders.signedUp(port);
        String token = token(reader, article);

        assertThat(refused(claim(reader, article, token), 409)).contains("15초");
        clock.advance(Duration.ofSeconds(16));
        var paid = ok(claim(reader, article, token));
        assertThat(paid.get("points").asInt()).isEqualTo(10);
        assertThat(balance(reader)).isEqualTo(10);

        assertThat(refused(claim(reader, article, token), 409)).contains("이미");
        assertThat(reader.page("/articles/" + article).selectFirst("#read-reward").text())
                .contains("10포인트를 받았습니다");
        assertThat(balance(reader)).isEqualTo(10);
    }

    @Test
    void forgedForeignAndExpiredTokensCreditNothing() {
        long article = pointNews(1).getFirst();
        TestHttp reader = TestReaders.signedUp(port);
        TestHttp other = TestReaders.signedUp(port);
        String token = token(reader, article);
        String othersToken = token(other, article);
        clock.advance(Duration.ofSeconds(20));

        String forged = token.substring(0, token.lastIndexOf('.') + 1) + "AAAA" + token.substring(
                token.lastIndexOf('.') + 5);
        refused(claim(reader, article, forged), 400);
        refused(claim(reader, article, "garbage"), 400);
        assertThat(refused(claim(reader, article, othersToken), 403)).contains("다른 독자");
        long anotherArticle = pointNews(1).getFirst();
        refused(claim(reader, anotherArticle, token), 403);
        clock.advance(Duration.ofHours(3));
        assertThat(refused(claim(reader, article, token), 400)).contains("만료");

        assertThat(balance(reader)).isZero();
        assertThat(balance(other)).isZero();
    }

    @Test
    void anArticleThatIsNotPointNewsHasNoBoxAndGuestsAreAskedToSignIn() {
        long plain = jdbc.sql("select min(id) from article where point_news = false").query(Long.class).single();
        long article = pointNews(1).getFirst();
        TestHttp reader = TestReaders.signedUp(port);
        assertThat(reader.page("/articles/" + plain).select("#read-reward")).isEmpty();

        var guest = new TestHttp(port);
        Document page = guest.page("/articles/" + article);
        assertThat(page.selectFirst("#read-reward").text()).contains("로그인");
        assertThat(page.select("#read-reward input[name=token]")).isEmpty();
    }

    @Test
    void theFormWorksWithoutScriptOnceTheDwellTimeHasPassed() {
        long article = pointNews(1).getFirst();
        TestHttp reader = TestReaders.signedUp(port);
        Document page = reader.page("/articles/" + article);
        clock.advance(Duration.ofSeconds(16));

        var form = page.selectFirst("form[data-read-reward]");
        HttpResponse<String> sent = reader.form(form.attr("action"), Map.of(
                "_csrf", form.selectFirst("input[name=_csrf]").val(),
                "token", form.selectFirst("input[name=token]").val()));

        assertThat(sent.statusCode()).isEqualTo(303);
        assertThat(balance(reader)).isEqualTo(10);
    }

    @Test
    void theDailyCapStopsReadingPointsWithAClearAnswerUntilTheNextKoreanDay() {
        List<Long> eleven = pointNews(11);
        TestHttp reader = TestReaders.signedUp(port);
        List<String> tokens = eleven.stream().map(article -> token(reader, article)).toList();
        clock.advance(Duration.ofSeconds(16));
        for (int i = 0; i < 10; i++) {
            ok(claim(reader, eleven.get(i), tokens.get(i)));
        }

        HttpResponse<String> capped = claim(reader, eleven.get(10), tokens.get(10));
        assertThat(refused(capped, 429)).contains("100점을 모두 받았습니다");
        assertThat(capped.headers().firstValue("Retry-After")).isPresent();
        assertThat(balance(reader)).isEqualTo(100);

        clock.advance(Duration.ofDays(1));
        String tomorrows = token(reader, eleven.get(10));
        clock.advance(Duration.ofSeconds(16));
        ok(claim(reader, eleven.get(10), tomorrows));
        assertThat(balance(reader)).isEqualTo(110);
    }

    @Test
    void fiftySimultaneousClaimsOfTheSameRewardCreditItOnce() throws Exception {
        long article = pointNews(1).getFirst();
        TestHttp reader = TestReaders.signedUp(port);
        String token = token(reader, article);
        clock.advance(Duration.ofSeconds(16));

        var start = new CountDownLatch(1);
        List<Integer> statuses = new ArrayList<>();
        try (ExecutorService pool = Executors.newFixedThreadPool(50)) {
            List<Future<Integer>> done = new ArrayList<>();
            for (int i = 0; i < 50; i++) {
                done.add(pool.submit(() -> {
                    start.await();
                    return claim(reader, article, token).statusCode();
                }));
            }
            start.countDown();
            for (Future<Integer> future : done) {
                statuses.add(future.get());
            }
        }

        assertThat(statuses).filteredOn(status -> status == 200).hasSize(1);
        assertThat(statuses).filteredOn(status -> status != 200).containsOnly(409);
        assertThat(balance(reader)).isEqualTo(10);
        assertThat(jdbc.sql("select count(*) from point_entry where idempotency_key like ?")
                .param("read:%:" + article).query(Long.class).single()).isEqualTo(1);
    }
}
