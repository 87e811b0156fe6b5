package dev.sosik.article;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;

import dev.sosik.DatabaseTest;
import dev.sosik.TestHttp;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

@DatabaseTest
class ArticleApiTests {

    private final JsonMapper json = JsonMapper.builder().build();

    @LocalServerPort
    int port;
    @Autowired
    Articles articles;
    @Autowired
    JdbcClient jdbc;

    TestHttp http;

    @BeforeEach
    void client() {
        http = new TestHttp(port);
    }

    @Test
    void listItemsCarryEveryFieldButTheBody() {
        JsonNode item = ok("/api/v1/articles?size=1").get("items").get(0);

        assertThat(fieldNames(item)).containsExactlyInAnyOrder("id", "url", "page_url", "title", "category", "press",
                "reporter", "published_at", "updated_at", "hashtags", "counts");
        assertThat(fieldNames(item.get("category"))).containsExactly("code", "name");
        assertThat(fieldNames(item.get("press"))).containsExactly("code", "name");
        assertThat(fieldNames(item.get("counts"))).containsExactly("views", "comments", "reactions");
        assertThat(fieldNames(item.get("counts").get("reactions")))
                .containsExactly("joy", "cheer", "disappointed", "sad");
        assertThat(item.get("page_url").asString()).isEqualTo(http.base() + "/articles/" + item.get("id").asLong());
        assertThat(item.get("published_at").asString()).endsWith("+09:00");
    }

    @Test
    void oneArticleComesWithItsBodyAndMatchesTheStore() {
        FullArticle stored = articles.latest(ArticleFilter.category("economy"), null, 1).items().stream()
                .findFirst().flatMap(article -> articles.find(article.id())).orElseThrow();
        Article article = stored.article();

        JsonNode read = ok("/api/v1/articles/" + article.id());

        assertThat(read.get("title").asString()).isEqualTo(article.title());
        assertThat(read.get("url").asString()).isEqualTo(article.url());
        assertThat(read.get("body_html").asString()).isEqualTo(stored.bodyHtml());
        assertThat(read.get("category").get("name").asString()).isEqualTo("경제");
        assertThat(read.get("press").get("code").asString()).isEqualTo(article.press().code());
        assertThat(read.get("reporter").get("name").asString()).isEqualTo(article.reporter().name());
        assertThat(OffsetDateTime.parse(read.get("published_at").asString()).toInstant())
                .isEqualTo(article.publishedAt().toInstant());
        List<String> tags = new ArrayList<>();
        read.get("hashtags").forEach(tag -> tags.add(tag.asString()));
        assertThat(tags).isEqualTo(article.hashtags());
    }

    @Test
    void pagesFollowOneAnotherNewestFirstWithoutRepeats() {
        List<JsonNode> seen = new ArrayList<>();
        String cursor = null;
        do {
            JsonNode page = ok("/api/v1/articles?size=9" + (cursor == null ? "" : "&cursor=" + cursor));
            page.get("items").forEach(seen::add);
            cursor = page.get("next_cursor").isNull() ? null : page.get("next_cursor").asString();
        } while (cursor != null);

        // other tests leave withdrawn articles behind (the search catch-up test): the API lists the published ones
        assertThat(seen).hasSize(jdbc.sql("select count(*) from article where status = 'published'")
                .query(Integer.class).single());
        assertThat(new HashSet<>(seen.stream().map(item -> item.get("id").asLong()).toList())).hasSize(seen.size());
        for (int i = 1; i < seen.size(); i++) {
            assertThat(OffsetDateTime.parse(seen.get(i).get("published_at").asString()))
                    .isBeforeOrEqualTo(OffsetDateTime.parse(seen.get(i - 1).get("published_at").asString()));
        }
    }

    @Test
    void filtersBySectionPressAndHashtag() {
        ok("/api/v1/articles?category=sports&size=50").get("items")
                .forEach(item -> assertThat(item.get("category").get("code").asString()).isEqualTo("sports"));
        ok("/api/v1/articles?press=miraeecon&size=50").get("items")
                .forEach(item -> assertThat(item.get("press").get("code").asString()).isEqualTo("miraeecon"));

        String tag = articles.latest(ArticleFilter.ALL, null, 1).items().getFirst().hashtags().getFirst();
        JsonNode tagged = ok("/api/v1/articles?size=50&tag=" + java.net.URLEncoder.encode(tag, java.nio.charset.StandardCharsets.UTF_8));
        assertThat(tagged.get("items").size()).isPositive();
        tagged.get("items").forEach(item -> {
            List<String> tags = new ArrayList<>();
            item.get("hashtags").forEach(t -> tags.add(t.asString()));
            assertThat(tags).contains(tag);
        });
    }

    @Test
    void theSizeIsCapped() {
        assertThat(articles.count()).isGreaterThan(50);

        assertThat(ok("/api/v1/articles?size=1000").get("items").size()).isEqualTo(50);
    }

    @ParameterizedTest
    @CsvSource({
            "/api/v1/articles/abc, 400",
            "/api/v1/articles/99999999, 404",
            "/api/v1/articles?cursor=not-a-cursor, 400",
            "/api/v1/articles?size=abc, 400",
            "/api/v1/articles?size=0, 400",
            "/api/v1/articles?category=nope, 400",
            "/api/v1/articles?press=nope, 400",
            "/api/v1/nothing-here, 404",
    })
    void badInputGetsAProblemDetailInKorean(String path, int status) {
        HttpResponse<String> response = http.get(path);

        assertThat(response.statusCode()).isEqualTo(status);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(
                type -> assertThat(type).startsWith("application/problem+json"));
        JsonNode problem = json.readTree(response.body());
        assertThat(problem.get("status").asInt()).isEqualTo(status);
        assertThat(problem.get("detail").asString()).containsPattern("[가-힣]");
    }

    @Test
    void sectionsAndPressesAreListed() {
        JsonNode categories = ok("/api/v1/categories").get("items");
        List<String> names = new ArrayList<>();
        categories.forEach(category -> names.add(category.get("name").asString()));
        assertThat(names).containsExactly("정치", "경제", "사회", "생활/문화", "IT/과학", "세계", "연예", "스포츠");

        JsonNode presses = ok("/api/v1/presses").get("items");
        assertThat(presses.size()).isGreaterThanOrEqualTo(8);
        assertThat(fieldNames(presses.get(0))).containsExactly("code", "name", "homepage", "copyright");
    }

    @Test
    void theApiIsDescribedInOpenApi() {
        JsonNode docs = ok("/v3/api-docs");

        assertThat(fieldNames(docs.get("paths"))).contains("/api/v1/articles", "/api/v1/articles/{id}",
                "/api/v1/categories", "/api/v1/presses");
    }

    private JsonNode ok(String path) {
        HttpResponse<String> response = http.get(path);
        assertThat(response.statusCode()).as(path + ": " + response.body()).isEqualTo(200);
        return json.readTree(response.body());
    }

    private static List<String> fieldNames(JsonNode node) {
        return new ArrayList<>(node.propertyNames());
    }
}
