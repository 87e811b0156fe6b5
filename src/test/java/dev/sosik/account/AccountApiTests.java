package dev.sosik.account;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.List;

import dev.sosik.DatabaseTest;
import dev.sosik.TestBrowser;
import dev.sosik.TestHttp;
import dev.sosik.TestReaders;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

@DatabaseTest
class AccountApiTests {

    private final JsonMapper json = JsonMapper.builder().build();

    @LocalServerPort
    int port;
    @Autowired
    JdbcClient jdbc;

    @Test
    void aGuestGetsA401AndTheCsrfCookie() {
        var http = new TestHttp(port);

        HttpResponse<String> me = http.get("/api/v1/me");

        assertThat(me.statusCode()).isEqualTo(401);
        assertThat(json.readTree(me.body()).get("detail").asString()).isEqualTo("로그인이 필요합니다.");
        assertThat(http.csrfCookie()).isPresent();
    }

    @Test
    void signUpSignsInAndSignOutEndsTheSession() {
        var http = new TestHttp(port);
        http.get("/api/v1/me");
        String id = TestReaders.freshId("signup");

        HttpResponse<String> created = http.json("POST", "/api/v1/accounts",
                "{\"login_id\":\"" + id.toUpperCase() + "\",\"nickname\":\"" + TestReaders.freshNickname()
                        + "\",\"password\":\"" + TestReaders.PASSWORD + "\"}");

        assertThat(created.statusCode()).isEqualTo(201);
        JsonNode me = json.readTree(http.get("/api/v1/me").body());
        assertThat(me.get("login_id").asString()).isEqualTo(id);
        assertThat(me.get("role").asString()).isEqualTo("reader");
        assertThat(jdbc.sql("select password_hash from account where login_id = ?").param(id)
                .query(String.class).single()).startsWith("{bcrypt}$2");

        assertThat(http.json("DELETE", "/api/v1/session", null).statusCode()).isEqualTo(204);
        assertThat(http.get("/api/v1/me").statusCode()).isEqualTo(401);
    }

    @Test
    void aSessionEndedOnAnotherInstanceEndsHereWithinASecondAndItsLastAccessIsWrittenOnlyNowAndThen()
            throws InterruptedException {
        TestHttp reader = TestReaders.signedUp(port);
        String id = new String(Base64.getDecoder().decode(reader.cookie("SESSION").orElseThrow()),
                StandardCharsets.UTF_8);
        long access = lastAccess(id);
        for (int i = 0; i < 3; i++) {
            assertThat(reader.get("/api/v1/me").statusCode()).isEqualTo(200);
            Thread.sleep(600);
        }
        assertThat(lastAccess(id)).isEqualTo(access);

        // another instance signs the reader out
        jdbc.sql("delete from spring_session where session_id = ?").param(id).update();

        long started = System.nanoTime();
        TestBrowser.waitUntil(() -> reader.get("/api/v1/me").statusCode() == 401);
        assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(3));
    }

    private long lastAccess(String sessionId) {
        return jdbc.sql("select last_access_time from spring_session where session_id = ?").param(sessionId)
                .query(Long.class).single();
    }

    @Test
    void everyPageHeaderShowsTheSignedInReaderAndAFormToSignOut() {
        var reader = TestReaders.signedUp(port);
        String nickname = json.readTree(reader.get("/api/v1/me").body()).get("nickname").asString();

        long article = jdbc.sql("select min(id) from article where status = 'published'").query(Long.class).single();
        for (String path : List.of("/", "/search", "/categories/economy", "/articles/" + article)) {
            Document page = reader.page(path);
            assertThat(page.selectFirst(".account-nav .me").text()).as(path).isEqualTo(nickname);
            assertThat(page.selectFirst(".account-nav form[action=/logout] input[type=hidden]").val()).as(path)
                    .isNotBlank();
        }
        assertThat(new TestHttp(port).page("/").selectFirst(".account-nav a[href=/login]")).isNotNull();
    }

    @Test
    void stateChangingCallsWithoutTheCsrfHeaderAreRefused() {
        var http = new TestHttp(port);

        HttpResponse<String> response = http.send(java.net.http.HttpRequest.newBuilder(
                        java.net.URI.create(http.base() + "/api/v1/accounts"))
                .header("Content-Type", "application/json")
                .POST(java.net.http.HttpRequest.BodyPublishers.ofString(
                        "{\"login_id\":\"nocsrf1\",\"nickname\":\"토큰없음\",\"password\":\"abcd1234!\"}"))
                .build());

        assertThat(response.statusCode()).isEqualTo(403);
        assertThat(json.readTree(response.body()).get("detail").asString()).contains("보안 토큰");
        assertThat(jdbc.sql("select count(*) from account where login_id = 'nocsrf1'").query(Long.class).single())
                .isZero();
    }

    @Test
    void signInRenewsTheSessionIdAndAnswersWrongIdAndWrongPasswordAlike() {
        var writer = TestReaders.signedUp(port);
        String loginId = json.readTree(writer.get("/api/v1/me").body()).get("login_id").asString();
        var http = new TestHttp(port);
        http.get("/api/v1/me");

        HttpResponse<String> wrongPassword = http.json("POST", "/api/v1/session",
                "{\"login_id\":\"" + loginId + "\",\"password\":\"not-the-password-9\"}");
        HttpResponse<String> unknownId = http.json("POST", "/api/v1/session",
                "{\"login_id\":\"nobody_here_x\",\"password\":\"not-the-password-9\"}");

        assertThat(wrongPassword.statusCode()).isEqualTo(401);
        assertThat(unknownId.statusCode()).isEqualTo(401);
        assertThat(json.readTree(wrongPassword.body()).get("detail").asString())
                .isEqualTo(json.readTree(unknownId.body()).get("detail").asString())
                .isEqualTo("아이디 또는 비밀번호가 올바르지 않습니다.");

        String sessionBefore = http.cookie("SESSION").orElse("none");
        HttpResponse<String> signedIn = http.json("POST", "/api/v1/session",
                "{\"login_id\":\"" + loginId + "\",\"password\":\"" + TestReaders.PASSWORD + "\"}");
        assertThat(signedIn.statusCode()).isEqualTo(200);
        assertThat(http.cookie("SESSION")).isPresent().get().isNotEqualTo(sessionBefore);
        assertThat(http.get("/api/v1/me").statusCode()).isEqualTo(200);
    }

    @Test
    void repeatedFailuresForOneAccountAreThrottled() {
        var writer = TestReaders.signedUp(port);
        String loginId = json.readTree(writer.get("/api/v1/me").body()).get("login_id").asString();
        var http = new TestHttp(port);
        http.get("/api/v1/me");
        String wrong = "{\"login_id\":\"" + loginId + "\",\"password\":\"wrong-password-1\"}";
        for (int i = 0; i < 5; i++) {
            assertThat(http.json("POST", "/api/v1/session", wrong).statusCode()).isEqualTo(401);
        }

        HttpResponse<String> throttled = http.json("POST", "/api/v1/session",
                "{\"login_id\":\"" + loginId + "\",\"password\":\"" + TestReaders.PASSWORD + "\"}");

        assertThat(throttled.statusCode()).isEqualTo(429);
        assertThat(throttled.headers().firstValue("Retry-After")).isPresent();
        assertThat(json.readTree(throttled.body()).get("detail").asString()).contains("로그인 시도가 너무 많습니다");
    }

    @Test
    void badSignUpsSayWhichFieldIsWrong() {
        var http = new TestHttp(port);
        http.get("/api/v1/me");

        HttpResponse<String> response = http.json("POST", "/api/v1/accounts",
                "{\"login_id\":\"a!\",\"nickname\":\"관리자\",\"password\":\"short\"}");

        assertThat(response.statusCode()).isEqualTo(400);
        JsonNode errors = json.readTree(response.body()).get("errors");
        assertThat(errors.get("login_id").asString()).contains("4~20자");
        assertThat(errors.get("nickname").asString()).isEqualTo("사용할 수 없는 닉네임입니다.");
        assertThat(errors.get("password").asString()).contains("8~64자");
    }

    @Test
    void aTakenLoginIdOrNicknameIsRefused() {
        var first = TestReaders.signedUp(port);
        JsonNode me = json.readTree(first.get("/api/v1/me").body());
        var http = new TestHttp(port);
        http.get("/api/v1/me");

        HttpResponse<String> response = http.json("POST", "/api/v1/accounts",
                "{\"login_id\":\"" + me.get("login_id").asString() + "\",\"nickname\":\""
                        + me.get("nickname").asString() + "\",\"password\":\"" + TestReaders.PASSWORD + "\"}");

        assertThat(response.statusCode()).isEqualTo(400);
        JsonNode errors = json.readTree(response.body()).get("errors");
        assertThat(errors.get("login_id").asString()).isEqualTo("이미 사용 중인 아이디입니다.");
        assertThat(errors.get("nickname").asString()).isEqualTo("이미 사용 중인 닉네임입니다.");
    }

    @Test
    void malformedBodiesAreA400NeverA500() {
        var http = new TestHttp(port);
        http.get("/api/v1/me");

        assertThat(http.json("POST", "/api/v1/accounts", "{not json").statusCode()).isEqualTo(400);
        assertThat(http.json("POST", "/api/v1/accounts", "[]").statusCode()).isEqualTo(400);
        assertThat(http.json("POST", "/api/v1/session", "").statusCode()).isEqualTo(400);
        assertThat(http.json("POST", "/api/v1/session", "{}").statusCode()).isEqualTo(401);
    }

    @Test
    void theFirstAdminExists() {
        assertThat(jdbc.sql("select role from account where login_id = 'admin'").query(String.class).single())
                .isEqualTo("admin");
    }
}
