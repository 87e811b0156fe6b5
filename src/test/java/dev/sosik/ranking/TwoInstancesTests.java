package dev.sosik.ranking;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.UUID;

import dev.sosik.SosikApplication;
import dev.sosik.TestDatabase;
import dev.sosik.TestHttp;
import dev.sosik.TestReaders;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Two instances of the portal on one PostgreSQL schema and one Redis, as behind a load balancer: a visitor seen
 * by both counts once, reactions on both count exactly, and both show the rankings one of them computed.
 */
@Tag("redis")
@ExtendWith(TestDatabase.class)
class TwoInstancesTests {

    private static final String BROWSER = "Mozilla/5.0 (X11; Linux x86_64) Chrome/140.0 Safari/537.36";
    private static ConfigurableApplicationContext first;
    private static ConfigurableApplicationContext second;

    @BeforeAll
    static void start() {
        Assumptions.assumeTrue(TestDatabase.redis(), "runs in the redis-test execution (PostgreSQL with Redis)");
        String prefix = "sosik-test-" + UUID.randomUUID() + ":";
        first = instance(prefix);
        second = instance(prefix);
    }

    static ConfigurableApplicationContext instance(String prefix) {
        return new SpringApplicationBuilder(SosikApplication.class)
                .profiles("test-postgres", "test-redis")
                // arguments, since application.properties would override default properties
                .run("--server.port=0", "--sosik.redis.prefix=" + prefix, "--spring.main.banner-mode=off",
                        "--sosik.search.index-dir=target/test-index/" + UUID.randomUUID());
    }

    @AfterAll
    static void stop() {
        for (var context : new ConfigurableApplicationContext[] {first, second}) {
            if (context != null) {
                context.close();
            }
        }
    }

    static int port(ConfigurableApplicationContext context) {
        return ((WebServerApplicationContext) context).getWebServer().getPort();
    }

    static HttpResponse<String> get(TestHttp client, ConfigurableApplicationContext instance, String path) {
        return get(client, instance, path, BROWSER);
    }

    static HttpResponse<String> get(TestHttp client, ConfigurableApplicationContext instance, String path,
                                    String userAgent) {
        return client.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port(instance) + path))
                .header("User-Agent", userAgent).GET().build());
    }

    @Test
    void bothInstancesCountOnceShowExactCountsAndTheSameRankings() {
        JdbcClient jdbc = first.getBean(JdbcClient.class);
        long article = jdbc.sql("select id from article where category_code = 'sports' order by id desc limit 1")
                .query(Long.class).single();
        long viewsBefore = count(jdbc, article, "views");
        long cheerBefore = count(jdbc, article, "cheer");

        // three visitors (three browsers: new visitors of one address and browser count once), each on both
        for (int i = 0; i < 3; i++) {
            var visitor = new TestHttp(port(first));
            String browser = BROWSER + " visitor/" + i;
            assertThat(get(visitor, first, "/articles/" + article, browser).statusCode()).isEqualTo(200);
            assertThat(get(visitor, second, "/articles/" + article, browser).statusCode()).isEqualTo(200);
        }
        for (var instance : List.of(first, second)) {
            TestHttp reader = TestReaders.signedUp(port(instance));
            assertThat(reader.json("PUT", "/api/v1/articles/" + article + "/reaction", "{\"type\":\"cheer\"}")
                    .statusCode()).isEqualTo(200);
        }
        first.getBean(ViewCounter.class).flush();
        second.getBean(ViewCounter.class).flush();
        assertThat(count(jdbc, article, "views")).isEqualTo(viewsBefore + 3);
        assertThat(count(jdbc, article, "cheer")).isEqualTo(cheerBefore + 2);

        first.getBean(Rankings.class).refresh();
        second.getBean(Rankings.class).reload();
        var api = new TestHttp(port(first));
        for (String ranking : List.of("popular", "top?category=sports", "reacted?reaction=cheer&window=3h")) {
            String fromFirst = get(api, first, "/api/v1/rankings/" + ranking).body();
            String fromSecond = get(api, second, "/api/v1/rankings/" + ranking).body();
            assertThat(fromSecond.replace(":" + port(second) + "/", ":" + port(first) + "/"))
                    .as(ranking).isEqualTo(fromFirst);
        }
        assertThat(get(api, second, "/api/v1/rankings/reacted?reaction=cheer&window=3h").body())
                .contains("\"id\":" + article);
    }

    static long count(JdbcClient jdbc, long article, String column) {
        return jdbc.sql("select " + column + " from article_counter where article_id = ?").param(article)
                .query(Long.class).single();
    }
}
