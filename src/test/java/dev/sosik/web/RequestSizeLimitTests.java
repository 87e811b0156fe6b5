package dev.sosik.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;

import dev.sosik.DatabaseTest;
import dev.sosik.TestHttp;
import dev.sosik.TestReaders;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

@DatabaseTest
class RequestSizeLimitTests {

    @LocalServerPort
    int port;
    @Autowired
    JdbcClient jdbc;

    private static String oversizedComment() {
        return "{\"body\":\"" + "가".repeat(100_000) + "\"}";
    }

    private long anArticle() {
        return jdbc.sql("select min(id) from article").query(Long.class).single();
    }

    private long comments() {
        return jdbc.sql("select count(*) from comment").query(Long.class).single();
    }

    @Test
    void aBodyLargerThanTheLimitIsRefusedInKoreanBeforeItIsRead() {
        TestHttp reader = TestReaders.signedUp(port);
        long before = comments();

        HttpResponse<String> response = reader.json("POST", "/api/v1/articles/" + anArticle() + "/comments",
                oversizedComment());

        assertThat(response.statusCode()).isEqualTo(413);
        assertThat(response.body()).contains("요청 본문이 너무 큽니다.");
        assertThat(comments()).isEqualTo(before);
    }

    @Test
    void aChunkedBodyWithoutLengthIsCutOffAtTheLimitToo() {
        TestHttp reader = TestReaders.signedUp(port);
        long before = comments();
        byte[] body = oversizedComment().getBytes(StandardCharsets.UTF_8);
        var request = HttpRequest.newBuilder(URI.create(reader.base() + "/api/v1/articles/" + anArticle()
                        + "/comments"))
                .header("Content-Type", "application/json")
                .header("X-XSRF-TOKEN", reader.csrfCookie().orElseThrow())
                // a stream publisher sends no Content-Length: the body comes chunked
                .POST(HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(body)))
                .build();

        HttpResponse<String> response = reader.send(request);

        assertThat(response.statusCode()).as(response.body()).isEqualTo(413);
        assertThat(response.body()).contains("요청 본문이 너무 큽니다.");
        assertThat(comments()).isEqualTo(before);
    }
}
