package dev.sosik.engagement;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;

import dev.sosik.DatabaseTest;
import dev.sosik.TestAdmin;
import dev.sosik.TestBrowser;
import dev.sosik.TestHttp;
import dev.sosik.TestReaders;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.json.JsonMapper;

/**
 * Hostile text where readers put text (comments, report reasons, nicknames) is shown as text in a real browser:
 * no payload runs, none becomes an element or an attribute.
 */
@DatabaseTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class XssBrowserTests {

    /** Each payload, if it ran, would set window.__xss; most would also leave an element behind. */
    static final List<String> VECTORS = List.of(
            "<script>window.__xss=1</script>",
            "<img src=x onerror=\"window.__xss=1\">",
            "<svg onload=\"window.__xss=1\">",
            "<svg><script>window.__xss=1</script></svg>",
            "<a href=\"javascript:window.__xss=1\">눌러 보세요</a>",
            "\"><script>window.__xss=1</script>",
            "'><img src=x onerror=window.__xss=1>",
            "</textarea><script>window.__xss=1</script>",
            "</p><iframe src=\"javascript:window.__xss=1\"></iframe>",
            "<body onload=window.__xss=1>",
            "<details open ontoggle=\"window.__xss=1\">",
            "<input autofocus onfocus=\"window.__xss=1\">",
            "<video><source onerror=\"window.__xss=1\"></video>",
            "<scr<script>ipt>window.__xss=1</scr</script>ipt>",
            "<img src=x onerror=&#119;indow.__xss=1>",
            "<math><mi xlink:href=\"javascript:window.__xss=1\">수식</mi></math>",
            "＜script＞window.__xss=1＜/script＞",
            "<style>*{display:none}</style>숨기기",
            "<!-- 주석 시작",
            "javascript:window.__xss=1",
            "\u202e<b>뒤집기</b>",
            "<div style=\"background:url(javascript:window.__xss=1)\">배경</div>",
            "<noscript><p title=\"</noscript><img src=x onerror=window.__xss=1>\">",
            "<template><script>window.__xss=1</script></template>");

    @LocalServerPort
    int port;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    Comments comments;
    @Autowired
    CommentReports reports;

    ChromeDriver browser;
    long article;

    @BeforeAll
    void startBrowser() {
        browser = TestBrowser.start();
        browser.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(30));
    }

    @AfterAll
    void stopBrowser() {
        if (browser != null) {
            browser.quit();
        }
    }

    @Test
    void hostileCommentsAndReportReasonsAreShownAsTextAndNeverRun() {
        article = jdbc.sql("select min(id) from article where category_code = 'it'").query(Long.class).single();
        long reporter = TestReaders.inserted(jdbc);
        for (String vector : VECTORS) {
            Comment comment = comments.post(article, TestReaders.inserted(jdbc), vector);
            reports.report(comment.id(), reporter, vector);
        }

        // the article page, newest first, and its second page appended by 댓글 더보기: every payload is one
        // comment whose text is the payload itself
        browser.get("http://localhost:" + port + "/articles/" + article + "?sort=latest");
        assertNothingRan();
        WebElement more = browser.findElement(By.cssSelector("[data-more-comments]"));
        ((JavascriptExecutor) browser).executeScript("arguments[0].scrollIntoView({block: 'center'})", more);
        more.click();
        List<String> shown = waitForComments(VECTORS.size());
        assertNothingRan();
        for (String vector : VECTORS) {
            assertThat(shown).as("shown as text: %s", vector).contains(CommentText.normalize(vector));
        }

        // the moderation queue shows the comments and the reasons to an admin
        signInAsAdmin();
        browser.get("http://localhost:" + port + "/admin/moderation");
        assertNothingRan();
        assertThat(browser.findElements(By.cssSelector(".queue.reported .reasons")).stream()
                .map(WebElement::getText).toList())
                .anyMatch(reason -> reason.contains("<script>window.__xss=1</script>"));
    }

    @Test
    void hostileNicknamesAreRefusedAtSignUp() {
        var http = new TestHttp(port);
        http.get("/api/v1/me");
        var json = JsonMapper.builder().build();
        for (String vector : List.of("<script>x</script>", "<b>굵게</b>", "\"><img>", "javascript:x")) {
            HttpResponse<String> response = http.json("POST", "/api/v1/accounts", "{\"login_id\":\""
                    + TestReaders.freshId("x") + "\",\"nickname\":" + json.writeValueAsString(vector)
                    + ",\"password\":\"" + TestReaders.PASSWORD + "\"}");
            assertThat(response.statusCode()).as(vector).isEqualTo(400);
        }
    }

    private List<String> waitForComments(int atLeast) {
        TestBrowser.waitUntil(
                () -> browser.findElements(By.cssSelector("#comment-list .comment-body")).size() >= atLeast);
        return browser.findElements(By.cssSelector("#comment-list .comment-body")).stream()
                .map(WebElement::getText).toList();
    }

    private void assertNothingRan() {
        var script = (JavascriptExecutor) browser;
        assertThat(script.executeScript("return window.__xss === undefined")).isEqualTo(true);
        assertThat(script.executeScript("""
                return document.querySelectorAll('main [onerror], main [onload], main [onfocus], main [ontoggle],\
                 main iframe, main svg, main math, main video, main img, main script, main style, main template,\
                 main noscript, .comment-body *').length""")).isEqualTo(0L);
    }

    private void signInAsAdmin() {
        browser.get("http://localhost:" + port + "/login");
        browser.findElement(By.name("login_id")).sendKeys("admin");
        browser.findElement(By.name("password")).sendKeys(TestAdmin.PASSWORD);
        browser.findElement(By.cssSelector("form.stacked button[type=submit]")).click();
        // the click returns before the sign-in's redirect has landed; a page asked for earlier would be overtaken
        TestBrowser.waitUntil(() -> !browser.getCurrentUrl().contains("/login"));
    }

}
