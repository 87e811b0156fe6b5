package dev.sosik.engagement;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import dev.sosik.DatabaseTest;
import dev.sosik.TestHttp;
import dev.sosik.TestReaders;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

@DatabaseTest
class ReactionsTests {

    private final JsonMapper json = JsonMapper.builder().build();

    @LocalServerPort
    int port;
    @Autowired
    Reactions reactions;
    @Autowired
    JdbcClient jdbc;

    long anArticle() {
        return jdbc.sql("select id from article order by id limit 1").query(Long.class).single();
    }

    @Test
    void aReaderReactsChangesAndWithdrawsWithExactCounts() {
        long article = jdbc.sql("select id from article where category_code = 'world' order by id limit 1")
                .query(Long.class).single();
        TestHttp reader = TestReaders.signedUp(port);
        ReactionCounts before = reactions.counts(article, null);

        JsonNode joy = ok(reader.json("PUT", "/api/v1/articles/" + article + "/reaction", "{\"type\":\"joy\"}"));
        assertThat(joy.get("mine").asString()).isEqualTo("joy");
        assertThat(joy.get("counts").get("joy").asLong()).isEqualTo(before.joy() + 1);

        JsonNode again = ok(reader.json("PUT", "/api/v1/articles/" + article + "/reaction", "{\"type\":\"joy\"}"));
        assertThat(again.get("counts").get("joy").asLong()).isEqualTo(before.joy() + 1);

        JsonNode sad = ok(reader.json("PUT", "/api/v1/articles/" + article + "/reaction", "{\"type\":\"sad\"}"));
        assertThat(sad.get("counts").get("joy").asLong()).isEqualTo(before.joy());
        assertThat(sad.get("counts").get("sad").asLong()).isEqualTo(before.sad() + 1);

        JsonNode withdrawn = ok(reader.json("DELETE", "/api/v1/articles/" + article + "/reaction", null));
        assertThat(withdrawn.get("mine").isNull()).isTrue();
        assertThat(withdrawn.get("counts").get("sad").asLong()).isEqualTo(before.sad());
    }

    @Test
    void guestsAndBadTypesAreRefused() {
        long article = anArticle();
        var guest = new TestHttp(port);
        guest.get("/api/v1/me");
        assertThat(guest.json("PUT", "/api/v1/articles/" + article + "/reaction", "{\"type\":\"joy\"}")
                .statusCode()).isEqualTo(401);

        TestHttp reader = TestReaders.signedUp(port);
        assertThat(reader.json("PUT", "/api/v1/articles/" + article + "/reaction", "{\"type\":\"angry\"}")
                .statusCode()).isEqualTo(400);
        assertThat(reader.json("PUT", "/api/v1/articles/99999999/reaction", "{\"type\":\"joy\"}")
                .statusCode()).isEqualTo(404);
    }

    @Test
    void sixtyFourReadersReactingAtOnceLeaveExactCounts() throws Exception {
        long article = jdbc.sql("select id from article where category_code = 'sports' order by id limit 1")
                .query(Long.class).single();
        ReactionCounts before = reactions.counts(article, null);
        List<Long> readers = new ArrayList<>();
        for (int i = 0; i < 64; i++) {
            readers.add(TestReaders.inserted(jdbc));
        }
        ReactionType[] types = ReactionType.values();
        var start = new CountDownLatch(1);
        try (ExecutorService pool = Executors.newFixedThreadPool(64)) {
            List<Future<?>> done = new ArrayList<>();
            for (int i = 0; i < readers.size(); i++) {
                long reader = readers.get(i);
                ReactionType type = types[i % types.length];
                done.add(pool.submit(() -> {
                    start.await();
                    reactions.react(article, reader, type);
                    // every fourth reader changes their mind at the same time as the others react
                    if (reader % 4 == 0) {
                        reactions.react(article, reader, ReactionType.CHEER);
                    }
                    return null;
                }));
            }
            start.countDown();
            for (Future<?> future : done) {
                future.get();
            }
        }

        ReactionCounts after = reactions.counts(article, null);
        long[] expected = new long[4];
        for (int i = 0; i < readers.size(); i++) {
            ReactionType type = readers.get(i) % 4 == 0 ? ReactionType.CHEER : types[i % types.length];
            expected[type.ordinal()]++;
        }
        assertThat(after.joy() - before.joy()).isEqualTo(expected[0]);
        assertThat(after.cheer() - before.cheer()).isEqualTo(expected[1]);
        assertThat(after.disappointed() - before.disappointed()).isEqualTo(expected[2]);
        assertThat(after.sad() - before.sad()).isEqualTo(expected[3]);
        assertThat(jdbc.sql("select count(*) from reaction where article_id = ?").param(article)
                .query(Long.class).single()).isEqualTo(before.joy() + before.cheer() + before.disappointed()
                + before.sad() + 64);
    }


    private JsonNode ok(HttpResponse<String> response) {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return json.readTree(response.body());
    }
}
