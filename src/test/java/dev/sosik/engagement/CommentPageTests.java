package dev.sosik.engagement;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.Map;

import dev.sosik.DatabaseTest;
import dev.sosik.TestHttp;
import dev.sosik.TestReaders;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The article page's forms, used as a browser without JavaScript uses them. */
@DatabaseTest
class CommentPageTests {

    @LocalServerPort
    int port;
    @Autowired
    JdbcClient jdbc;

    long articleIn(String category) {
        return jdbc.sql("select max(id) from article where category_code = ?").param(category)
                .query(Long.class).single();
    }

    static String csrf(Document page) {
        return page.selectFirst("input[name=_csrf]").val();
    }

    @Test
    void aNewReaderSignsUpWithTheFormAndComments() {
        var browser = new TestHttp(port);
        long article = articleIn("life");
        Document signUp = browser.page("/signup?next=/articles/" + article);
        String id = TestReaders.freshId("f");
        String nickname = TestReaders.freshNickname();

        HttpResponse<String> signedUp = browser.form("/signup", Map.of("_csrf", csrf(signUp), "login_id", id,
                "nickname", nickname, "password", TestReaders.PASSWORD,
                "password_confirm", TestReaders.PASSWORD, "next", "/articles/" + article));
        assertThat(signedUp.statusCode()).isEqualTo(303);
        assertThat(signedUp.headers().firstValue("Location")).hasValue("/articles/" + article);

        Document page = browser.page("/articles/" + article);
        assertThat(page.selectFirst(".account-nav .me").text()).isEqualTo(nickname);
        HttpResponse<String> posted = browser.form("/articles/" + article + "/comments",
                Map.of("_csrf", csrf(page), "body", "폼으로 쓴 댓글입니다.\n두 줄입니다."));
        assertThat(posted.statusCode()).isEqualTo(303);
        String anchor = posted.headers().firstValue("Location").orElseThrow();
        assertThat(anchor).startsWith("/articles/" + article + "#comment-");

        Document after = browser.page("/articles/" + article);
        String commentId = anchor.substring(anchor.indexOf('#') + 1);
        assertThat(after.getElementById(commentId).selectFirst(".comment-body").wholeText())
                .isEqualTo("폼으로 쓴 댓글입니다.\n두 줄입니다.");
        assertThat(after.selectFirst("#comments-title .count").text())
                .isEqualTo(after.selectFirst(".counters .comments .count").text());
    }

    @Test
    void aRefusedCommentComesBackWithTheTextKeptAndTheReason() {
        TestHttp reader = TestReaders.signedUp(port);
        long article = articleIn("politics");
        Document page = reader.page("/articles/" + article);

        HttpResponse<String> refused = reader.form("/articles/" + article + "/comments",
                Map.of("_csrf", csrf(page), "body", "이런 ㅅㅂ 기사가 다 있네"));

        assertThat(refused.statusCode()).isEqualTo(422);
        Document shown = Jsoup.parse(refused.body());
        assertThat(shown.selectFirst(".comment-form .form-error").text()).contains("고친 뒤 다시 등록해 주세요");
        assertThat(shown.selectFirst(".comment-form textarea").text()).isEqualTo("이런 ㅅㅂ 기사가 다 있네");
    }

    @Test
    void theReactionButtonsWorkAsAPlainForm() {
        TestHttp reader = TestReaders.signedUp(port);
        long article = articleIn("it");
        Document page = reader.page("/articles/" + article);
        long before = Long.parseLong(page.selectFirst("[data-reaction=cheer] .count").text());

        HttpResponse<String> reacted = reader.form("/articles/" + article + "/reaction",
                Map.of("_csrf", csrf(page), "type", "cheer"));
        assertThat(reacted.statusCode()).isEqualTo(303);
        Document after = reader.page("/articles/" + article);
        assertThat(after.selectFirst("[data-reaction=cheer] .count").text()).isEqualTo(String.valueOf(before + 1));
        assertThat(after.selectFirst("[data-reaction=cheer] button").attr("aria-pressed")).isEqualTo("true");

        reader.form("/articles/" + article + "/reaction", Map.of("_csrf", csrf(after), "type", "cheer"));
        Document withdrawn = reader.page("/articles/" + article);
        assertThat(withdrawn.selectFirst("[data-reaction=cheer] .count").text()).isEqualTo(String.valueOf(before));
    }

    @Test
    void aGuestIsSentToSignInAndAFormWithoutTokenIsRefused() {
        var guest = new TestHttp(port);
        long article = articleIn("world");
        Document page = guest.page("/articles/" + article);
        assertThat(page.selectFirst(".login-prompt").text()).contains("로그인");
        // the guest's page carries no form token: its reaction buttons lead to signing in, and back
        assertThat(page.select("input[name=_csrf]")).isEmpty();
        assertThat(page.selectFirst("#reactions form").attr("action")).isEqualTo("/login");
        Document signIn = guest.page("/login?next=" + page.selectFirst("#reactions input[name=next]").val()
                .replace("#", "%23"));
        assertThat(signIn.selectFirst("input[name=next]").val()).isEqualTo("/articles/" + article + "#reactions");

        HttpResponse<String> asGuest = guest.form("/articles/" + article + "/reaction",
                Map.of("_csrf", csrf(signIn), "type", "joy"));
        assertThat(asGuest.statusCode()).isEqualTo(302);
        assertThat(asGuest.headers().firstValue("Location").orElseThrow()).contains("/login?next=");

        TestHttp reader = TestReaders.signedUp(port);
        HttpResponse<String> forged = reader.form("/articles/" + article + "/comments", Map.of("body", "위조"));
        assertThat(forged.statusCode()).isEqualTo(403);
        assertThat(Jsoup.parse(forged.body()).selectFirst(".error-message").text()).contains("보안 토큰");
    }
}
