package dev.sosik.engagement;

import static dev.sosik.TestBrowser.waitUntil;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;

import dev.sosik.DatabaseTest;
import dev.sosik.TestClock;
import dev.sosik.TestBrowser;
import dev.sosik.TestReaders;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/** A new reader in a real browser: signs up, reacts without a reload, comments and replies on a demo article. */
@DatabaseTest
class EngagementBrowserTests {

    @LocalServerPort
    int port;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    TestClock clock;

    ChromeDriver browser;

    @BeforeEach
    void startBrowser() {
        browser = TestBrowser.start();
    }

    @AfterEach
    void stopBrowser() {
        if (browser != null) { // null when the browser is missing and the test was skipped
            browser.quit();
        }
    }

    @Test
    void aNewReaderSignsUpReactsCommentsAndReplies() {
        long article = jdbc.sql("select max(id) from article where category_code = 'entertainment'")
                .query(Long.class).single();
        String base = "http://localhost:" + port;
        browser.get(base + "/signup?next=/articles/" + article);
        browser.findElement(By.name("login_id")).sendKeys(TestReaders.freshId("b"));
        String nickname = TestReaders.freshNickname();
        browser.findElement(By.name("nickname")).sendKeys(nickname);
        browser.findElement(By.name("password")).sendKeys(TestReaders.PASSWORD);
        browser.findElement(By.name("password_confirm")).sendKeys(TestReaders.PASSWORD);
        click(browser.findElement(By.cssSelector("form.stacked button[type=submit]")));
        // the article itself, not the sign-up page whose ?next= names it
        waitUntil(() -> browser.getCurrentUrl().startsWith(base + "/articles/" + article));
        assertThat(browser.findElement(By.cssSelector(".account-nav .me")).getText()).isEqualTo(nickname);

        // the reaction button answers through the API: the count changes and the page stays the same page
        WebElement sad = browser.findElement(By.cssSelector("[data-reaction=sad] button"));
        String before = sad.findElement(By.className("count")).getText();
        ((JavascriptExecutor) browser).executeScript("window.__samePage = true");
        click(sad);
        waitUntil(() -> "true".equals(browser.findElement(By.cssSelector("[data-reaction=sad] button"))
                .getAttribute("aria-pressed")));
        assertThat(browser.findElement(By.cssSelector("[data-reaction=sad] .count")).getText())
                .isEqualTo(String.valueOf(Long.parseLong(before) + 1));
        assertThat(((JavascriptExecutor) browser).executeScript("return window.__samePage")).isEqualTo(true);

        browser.findElement(By.cssSelector("#comment-body-new")).sendKeys("브라우저에서 쓴 댓글");
        click(browser.findElement(By.cssSelector(".comments > .comment-form button[type=submit]")));
        waitUntil(() -> !browser.findElements(By.cssSelector("#comment-list .comment-body")).isEmpty());
        WebElement thread = browser.findElement(By.cssSelector("#comment-list > li"));
        assertThat(thread.findElement(By.className("comment-body")).getText()).isEqualTo("브라우저에서 쓴 댓글");

        click(thread.findElement(By.cssSelector("details.reply summary")));
        thread.findElement(By.cssSelector("details.reply textarea")).sendKeys("스스로 단 답글");
        clock.advance(Duration.ofSeconds(61));
        click(thread.findElement(By.cssSelector("details.reply button[type=submit]")));
        waitUntil(() -> !browser.findElements(By.cssSelector("#comment-list .replies .comment-body")).isEmpty());
        assertThat(browser.findElement(By.cssSelector("#comment-list .replies .comment-body")).getText())
                .isEqualTo("스스로 단 답글");
    }

    /** The fixed bottom navigation may cover an element at the bottom of the window: scroll it to the middle. */
    private void click(WebElement element) {
        ((JavascriptExecutor) browser).executeScript("arguments[0].scrollIntoView({block: 'center'})", element);
        element.click();
    }
}
