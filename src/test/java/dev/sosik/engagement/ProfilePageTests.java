package dev.sosik.engagement;

import static org.assertj.core.api.Assertions.assertThat;

import dev.sosik.DatabaseTest;
import dev.sosik.TestHttp;
import dev.sosik.TestReaders;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.web.util.UriUtils;
import tools.jackson.databind.json.JsonMapper;

@DatabaseTest
class ProfilePageTests {

    @LocalServerPort
    int port;
    @Autowired
    JdbcClient jdbc;

    @Test
    void aProfileShowsTheReadersLiveCommentsAndCounts() {
        var json = JsonMapper.builder().build();
        long article = jdbc.sql("select max(id) from article where category_code = 'economy'").query(Long.class)
                .single();
        TestHttp writer = TestReaders.signedUp(port);
        String nickname = json.readTree(writer.get("/api/v1/me").body()).get("nickname").asString();
        long kept = json.readTree(writer.json("POST", "/api/v1/articles/" + article + "/comments",
                "{\"body\":\"남는 댓글\"}").body()).get("id").asLong();
        TestHttp fan = TestReaders.signedUp(port);
        fan.json("PUT", "/api/v1/comments/" + kept + "/vote", "{\"type\":\"up\"}");

        Document profile = new TestHttp(port).page("/users/" + UriUtils.encodePathSegment(nickname, "UTF-8"));

        assertThat(profile.selectFirst("h1").text()).isEqualTo(nickname);
        assertThat(profile.select(".profile-totals li").eachText()).containsExactly("댓글 1", "답글 0", "받은 추천 1");
        assertThat(profile.select(".profile-comments .comment-body").eachText()).containsExactly("남는 댓글");
        assertThat(new TestHttp(port).get("/users/없는회원이름").statusCode()).isEqualTo(404);
    }
}
