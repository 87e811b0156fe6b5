package dev.sosik.ranking;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

import dev.sosik.DatabaseTest;
import dev.sosik.TestAdmin;
import dev.sosik.TestClock;
import dev.sosik.TestHttp;
import dev.sosik.TestReaders;
import dev.sosik.article.Articles;
import dev.sosik.article.Headline;
import dev.sosik.article.NewArticle;
import dev.sosik.article.Reporter;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

@DatabaseTest
@Tag("redis")
class RankingTests {

    private static final String BROWSER = "Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 Chrome/140.0 Safari/537.36";

    private final JsonMapper json = JsonMapper.builder().build();

    @LocalServerPort
    int port;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    Articles articles;
    @Autowired
    Rankings rankings;
    @Autowired
    ViewCounter views;
    @Autowired
    TestClock clock;
    @Autowired
    PointNews pointNews;
    @Autowired
    RankingSnapshots snapshots;

    long press(int index) {
        return jdbc.sql("select id from press order by id").query(Long.class).list().get(index);
    }

    /**
     * A test article of its own story (the same-story detection would join these look-alikes otherwise), with a
     * hashtag as every stored article has.
     */
    long article(long press, String category, Duration age, List<String> tags) {
        List<String> hashtags = new java.util.ArrayList<>(tags);
        hashtags.add("순위시험");
        long id = articles.add(new NewArticle(press, category, "순위 시험 기사 " + UUID.randomUUID(),
                "<p>순위 시험용 문단입니다.</p>", new Reporter("시험기자", ""),
                "https://sosik.example/ranking/" + UUID.randomUUID(), null,
                OffsetDateTime.now(clock).minus(age), null, hashtags));
        jdbc.sql("update article set story_id = null where id = ?").param(id).update();
        return id;
    }

    void counters(long id, long views, long rankingViews, long comments, long cheer) {
        jdbc.sql("update article_counter set views = ?, ranking_views = ?, comments = ?, cheer = ? where article_id = ?")
                .params(views, rankingViews, comments, cheer, id).update();
    }

    long views(long id, String column) {
        return jdbc.sql("select " + column + " from article_counter where article_id = ?").param(id)
                .query(Long.class).single();
    }

    List<Long> ids(RankingKey key) {
        return rankings.current().list(key).stream().map(Headline::id).toList();
    }

    HttpResponse<String> visit(TestHttp visitor, String path, String userAgent) {
        return visitor.send(HttpRequest.newBuilder(URI.create(visitor.base() + path))
                .header("User-Agent", userAgent).GET().build());
    }

    @Test
    void aVisitorIsCountedOncePerHalfHourRobotsNeverAndRankingViewsAreMarked() {
        long id = article(press(0), "society", Duration.ofHours(1), List.of());
        String page = "/articles/" + id;
        var reader = new TestHttp(port);
        assertThat(visit(reader, page, BROWSER).statusCode()).isEqualTo(200);
        assertThat(reader.cookie(ViewCounting.COOKIE)).isPresent();
        visit(reader, page, BROWSER);
        visit(reader, page + "?from=ranking", BROWSER);
        // a client that throws its cookie away is known by its address and browser
        visit(new TestHttp(port), page, BROWSER);
        visit(new TestHttp(port), page, "Mozilla/5.0 (compatible; Googlebot/2.1; +http://www.google.com/bot.html)");
        visit(new TestHttp(port), page, "Mozilla/5.0 (compatible; Yeti/1.1; +https://naver.me/spd)");
        visit(new TestHttp(port), page, "");
        views.flush();
        assertThat(views(id, "views")).isEqualTo(1);
        assertThat(views(id, "ranking_views")).isZero();

        TestHttp signedIn = TestReaders.signedUp(port);
        visit(signedIn, page + "?from=ranking", BROWSER);
        visit(signedIn, page, BROWSER);
        visit(reader, "/articles/99999999", BROWSER);
        views.flush();
        assertThat(views(id, "views")).isEqualTo(2);
        assertThat(views(id, "ranking_views")).isEqualTo(1);
    }

    @Test
    void viewsWaitingAtShutdownAreWritten() {
        long id = article(press(1), "society", Duration.ofHours(1), List.of());
        for (int i = 0; i < 5; i++) {
            views.record(new View(id, List.of("vshutdown-" + i), false));
        }
        views.stop();
        try {
            assertThat(views(id, "views")).isEqualTo(5);
        } finally {
            views.start();
        }
    }

    @Test
    void popularOrdersByDecayedScoreLeavingRankingViewsOut() {
        long fresh = article(press(2), "life", Duration.ofHours(1), List.of());
        long older = article(press(3), "life", Duration.ofHours(10), List.of());
        long fromLists = article(press(4), "life", Duration.ofHours(1), List.of());
        // 50,000 / 3^1.5 ≈ 9,623 beats (150,000 + 3 × 100 + 5 × 20) / 12^1.5 ≈ 3,620; views from lists count nothing
        counters(fresh, 50_000, 0, 0, 0);
        counters(older, 150_000, 0, 20, 100);
        counters(fromLists, 900_000, 900_000, 0, 0);
        rankings.refresh();
        List<Long> popular = ids(RankingKey.of(RankingKind.POPULAR, "life"));
        assertThat(popular).contains(fresh, older);
        assertThat(popular.indexOf(fresh)).isLessThan(popular.indexOf(older));
        int listed = popular.indexOf(fromLists);
        assertThat(listed == -1 || listed > popular.indexOf(older)).as("%s after %s", fromLists, older).isTrue();
        List<Long> overall = ids(RankingKey.of(RankingKind.POPULAR, null));
        assertThat(overall).contains(fresh);
        assertThat(overall.indexOf(older) == -1 || overall.indexOf(fresh) < overall.indexOf(older)).isTrue();
    }

    @Test
    void topNewsShowsPinsFirstThenTheBestWithTwoPerPressAndOnePerStory() {
        long press = press(5);
        List<Long> same = List.of(article(press, "world", Duration.ofHours(1), List.of()),
                article(press, "world", Duration.ofHours(2), List.of()),
                article(press, "world", Duration.ofHours(3), List.of()));
        long other = article(press(6), "world", Duration.ofHours(1), List.of());
        long sameStory = article(press(7), "world", Duration.ofHours(1), List.of());
        jdbc.sql("update article set story_id = ? where id = ?").params(other, sameStory).update();
        jdbc.sql("update article set story_id = ? where id = ?").params(other, other).update();
        long pinned = article(press(8), "world", Duration.ofDays(5), List.of());
        for (long id : List.of(same.get(0), same.get(1), same.get(2), other, sameStory)) {
            counters(id, 5_000_000, 0, 0, 0);
        }
        counters(sameStory, 6_000_000, 0, 0, 0);
        TestHttp admin = TestAdmin.signedIn(port);
        HttpResponse<String> pin = admin.json("POST", "/api/v1/admin/pins",
                "{\"article_id\":" + pinned + ",\"hours\":2}");
        assertThat(pin.statusCode()).as(pin.body()).isEqualTo(201);

        List<Long> top = ids(RankingKey.of(RankingKind.TOP, "world"));
        assertThat(top).hasSizeLessThanOrEqualTo(10).first().isEqualTo(pinned);
        assertThat(top.subList(1, 4)).containsExactly(sameStory, same.get(0), same.get(1));
        assertThat(top).doesNotContain(same.get(2), other);
        assertThat(admin.page("/admin/rankings").select("#pin-" + pinned)).hasSize(1);

        // the pin's time passes (moving the shared clock by hours would disturb other tests' schedules)
        jdbc.sql("update ranking_pin set pinned_until = ? where article_id = ?")
                .params(OffsetDateTime.now(clock).minusMinutes(1), pinned).update();
        rankings.refresh();
        assertThat(ids(RankingKey.of(RankingKind.TOP, "world")).getFirst()).isNotEqualTo(pinned);
        assertThat(admin.json("POST", "/api/v1/admin/pins", "{\"article_id\":" + pinned + ",\"hours\":0}")
                .statusCode()).isEqualTo(400);
        assertThat(new TestHttp(port).json("POST", "/api/v1/admin/pins", "{\"article_id\":" + pinned + "}")
                .statusCode()).isIn(401, 403);
    }

    @Test
    void commentedAndReactedCountOnlyTheirWindow() {
        long recent = article(press(0), "it", Duration.ofHours(30), List.of());
        long earlier = article(press(1), "it", Duration.ofHours(30), List.of());
        OffsetDateTime now = OffsetDateTime.now(clock);
        for (int i = 0; i < 3; i++) {
            comment(recent, now.minusHours(1));
            comment(earlier, now.minusHours(10));
            comment(earlier, now.minusHours(11));
            react(earlier, "cheer", now.minusHours(5));
        }
        react(recent, "sad", now.minusMinutes(30));
        rankings.refresh();
        assertThat(ids(new RankingKey(RankingKind.COMMENTED, "it", null, RankingWindow.HOURS_3)))
                .contains(recent).doesNotContain(earlier);
        List<Long> day = ids(new RankingKey(RankingKind.COMMENTED, "it", null, RankingWindow.HOURS_24));
        assertThat(day.indexOf(earlier)).isLessThan(day.indexOf(recent));
        assertThat(ids(new RankingKey(RankingKind.REACTED, "it", dev.sosik.engagement.ReactionType.CHEER,
                RankingWindow.HOURS_24))).contains(earlier).doesNotContain(recent);
        assertThat(ids(new RankingKey(RankingKind.REACTED, "it", dev.sosik.engagement.ReactionType.CHEER,
                RankingWindow.HOURS_3))).doesNotContain(earlier);
        assertThat(ids(new RankingKey(RankingKind.REACTED, "it", null, RankingWindow.HOURS_3))).contains(recent);
    }

    void comment(long article, OffsetDateTime at) {
        jdbc.sql("insert into comment (article_id, account_id, body, created_at) values (?, ?, '시험 댓글', ?)")
                .params(article, TestReaders.inserted(jdbc), at).update();
    }

    void react(long article, String type, OffsetDateTime at) {
        jdbc.sql("insert into reaction (article_id, account_id, type, chosen_at) values (?, ?, ?, ?)")
                .params(article, TestReaders.inserted(jdbc), type, at).update();
    }

    @Test
    void aHashtagTrendsWhenItRisesAboveItsUsualRateWithEnoughArticles() {
        String rising = "급상승" + Long.toString(System.nanoTime() % 100_000, 36);
        String tooFew = "드문" + Long.toString(System.nanoTime() % 100_000, 36);
        List<Long> risingArticles = List.of(
                article(press(0), "economy", Duration.ofHours(1), List.of(rising)),
                article(press(1), "economy", Duration.ofHours(2), List.of(rising)),
                article(press(2), "economy", Duration.ofHours(3), List.of(rising)));
        article(press(3), "economy", Duration.ofHours(1), List.of(tooFew));
        article(press(4), "economy", Duration.ofHours(2), List.of(tooFew));
        rankings.refresh();

        JsonNode keywords = ok(new TestHttp(port).get("/api/v1/trends/keywords"));
        JsonNode found = null;
        for (JsonNode item : keywords.get("items")) {
            assertThat(item.get("keyword").asString()).isNotEqualTo(tooFew);
            if (item.get("keyword").asString().equals(rising)) {
                found = item;
            }
        }
        assertThat(found).as("rising keyword in %s", keywords).isNotNull();
        assertThat(found.get("recent_count").asLong()).isEqualTo(3);
        assertThat(found.get("articles").findValuesAsString("id").stream().map(Long::parseLong).toList())
                .containsExactlyElementsOf(risingArticles);

        Document page = new TestHttp(port).page("/collections/trend");
        assertThat(page.select(".keyword-tag").eachText()).contains("#" + rising);
    }

    @Test
    void theRankingApiAnswersEachListAndRefusesUnknownCodesInKorean() {
        var api = new TestHttp(port);
        JsonNode top = ok(api.get("/api/v1/rankings/top?category=economy"));
        assertThat(top.get("ranking").asString()).isEqualTo("top");
        assertThat(top.get("name").asString()).isEqualTo("주요뉴스");
        assertThat(top.get("category").asString()).isEqualTo("economy");
        assertThat(top.get("items")).isNotEmpty();
        JsonNode first = top.get("items").get(0);
        assertThat(first.get("rank").asInt()).isEqualTo(1);
        assertThat(first.get("page_url").asString()).endsWith("/articles/" + first.get("id").asLong());
        assertThat(first.has("press") && first.has("comments") && first.has("published_at")).isTrue();
        assertThat(ok(api.get("/api/v1/rankings/latest")).get("items")).hasSize(RankingComputation.LIST_SIZE);
        JsonNode reacted = ok(api.get("/api/v1/rankings/reacted?reaction=cheer&window=3h"));
        assertThat(reacted.get("reaction").asString()).isEqualTo("cheer");
        assertThat(reacted.get("window").asString()).isEqualTo("3h");
        assertThat(ok(api.get("/api/v1/rankings/commented")).get("window").asString()).isEqualTo("24h");

        for (String bad : List.of("/api/v1/rankings/best", "/api/v1/rankings/top?category=weather",
                "/api/v1/rankings/reacted?reaction=angry", "/api/v1/rankings/commented?window=7d",
                "/api/v1/rankings/popular?window=3h", "/api/v1/rankings/top?reaction=joy")) {
            HttpResponse<String> refused = api.get(bad);
            assertThat(refused.statusCode()).as(bad).isEqualTo(400);
            assertThat(refused.headers().firstValue("Content-Type").orElse("")).contains("application/problem+json");
            assertThat(json.readTree(refused.body()).get("detail").asString()).as(bad).matches(".*[가-힣].*");
        }
        assertThat(api.get("/collections/trend?window=1y").statusCode()).isEqualTo(400);
    }

    @Test
    void theCollectionPagesAndTheArticlePageShowTheRankings() {
        rankings.refresh();
        var reader = new TestHttp(port);
        Document trend = reader.page("/collections/trend");
        assertThat(trend.selectFirst("h1").text()).isEqualTo("트렌드 뉴스 모아보기");
        assertThat(trend.select("section.popular li")).isNotEmpty();
        assertThat(trend.select("section.popular a").attr("href")).endsWith("?from=ranking");

        long point = article(press(9), "sports", Duration.ofHours(1), List.of());
        TestHttp admin = TestAdmin.signedIn(port);
        HttpResponse<String> marked = admin.json("PUT", "/api/v1/admin/articles/" + point + "/point-news",
                "{\"point_news\":true}");
        assertThat(marked.statusCode()).as(marked.body()).isEqualTo(200);
        assertThat(articles.isPointNews(point)).isTrue();
        Document points = reader.page("/collections/point");
        assertThat(points.selectFirst("h1").text()).isEqualTo("포인트 뉴스 모아보기");
        assertThat(points.select(".point-news a").eachAttr("href")).contains("/articles/" + point);

        Document page = reader.page("/articles/" + point);
        assertThat(page.select("section.section-top li")).isNotEmpty().hasSizeLessThanOrEqualTo(10);
        assertThat(page.select("#trend-popular a").attr("href")).endsWith("?from=ranking");
        assertThat(page.selectFirst("link[rel=canonical]").attr("href")).endsWith("/articles/" + point);
    }

    @Test
    void theRuleMakesTopArticlesPointNewsButNeverOverridesAnAdmin() {
        rankings.refresh();
        List<Long> top = ids(RankingKey.of(RankingKind.TOP, "economy"));
        assertThat(articles.isPointNews(top.getFirst())).isTrue();
        long undone = top.getFirst();
        TestHttp admin = TestAdmin.signedIn(port);
        admin.json("PUT", "/api/v1/admin/articles/" + undone + "/point-news", "{\"point_news\":false}");
        rankings.refresh();
        assertThat(articles.isPointNews(undone)).isFalse();
    }

    @Test
    void aStartingInstanceShowsTheLastComputedRankingsWithoutComputingThem() {
        rankings.refresh();
        RankingKey latest = RankingKey.of(RankingKind.LATEST, null);
        List<Long> computed = ids(latest);

        // a new instance with nothing published (in process) and no way to compute (it would fail)
        var starting = new Rankings(null, new InProcessState(clock, Duration.ofMinutes(30), 1000), articles,
                pointNews, snapshots);

        assertThat(starting.current().list(latest).stream().map(Headline::id).toList())
                .isNotEmpty().isEqualTo(computed);
    }

    JsonNode ok(HttpResponse<String> response) {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return json.readTree(response.body());
    }
}
