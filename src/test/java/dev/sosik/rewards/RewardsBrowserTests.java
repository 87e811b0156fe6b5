package dev.sosik.rewards;

import static dev.sosik.TestBrowser.waitUntil;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import dev.sosik.DatabaseTest;
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

/**
 * A new reader in a real browser tries every tab: reads a point news article until its script claims the points
 * (the real 15 seconds), votes, checks in, plays the quiz, and finds every entry on the my-points page.
 */
@DatabaseTest
class RewardsBrowserTests {

    @LocalServerPort
    int port;
    @Autowired
    JdbcClient jdbc;

    ChromeDriver browser;

    @BeforeEach
    void startBrowser() {
        browser = TestBrowser.start();
    }

    @AfterEach
    void stopBrowser() {
        if (browser != null) {
            browser.quit();
        }
    }

    @Test
    void aNewReaderEarnsPointsOnEveryTabAndSeesThemAll() {
        long article = jdbc.sql("select max(id) from article where point_news = true").query(Long.class).single();
        String base = "http://localhost:" + port;
        browser.get(base + "/signup?next=/articles/" + article);
        browser.findElement(By.name("login_id")).sendKeys(TestReaders.freshId("w"));
        browser.findElement(By.name("nickname")).sendKeys(TestReaders.freshNickname());
        browser.findElement(By.name("password")).sendKeys(TestReaders.PASSWORD);
        browser.findElement(By.name("password_confirm")).sendKeys(TestReaders.PASSWORD);
        click(browser.findElement(By.cssSelector("form.stacked button[type=submit]")));
        // the article itself, not the sign-up page whose ?next= names it
        waitUntil(() -> browser.getCurrentUrl().startsWith(base + "/articles/" + article));

        // the box's script claims by itself after the dwell time (15 real seconds: waitUntil waits ten at most)
        for (int wait = 0; wait < 3 && !claimed(); wait++) {
            waitUntil(this::claimed);
        }
        assertThat(claimed()).isTrue();

        browser.get(base + "/polls");
        click(browser.findElement(By.cssSelector("article.poll[data-status=open] input[name=option_id]")));
        click(browser.findElement(By.cssSelector("article.poll[data-status=open] form.poll-form button")));
        waitUntil(() -> !browser.findElements(By.cssSelector(".voted")).isEmpty());
        assertThat(browser.findElements(By.cssSelector(".voted"))).isNotEmpty();

        browser.get(base + "/events");
        click(browser.findElement(By.cssSelector("form[action='/events/attendance'] button")));
        waitUntil(() -> !browser.findElements(By.cssSelector(".calendar td.checked")).isEmpty());
        assertThat(browser.findElements(By.cssSelector(".calendar td.checked"))).hasSize(1);

        browser.get(base + "/games");
        long quiz = Long.parseLong(browser.findElement(By.cssSelector("form.quiz")).getAttribute("id")
                .substring("quiz-".length()));
        int answer = jdbc.sql("select answer from quiz where id = ?").param(quiz).query(Integer.class).single();
        click(browser.findElement(By.cssSelector("form.quiz input[name=choice][value='" + answer + "']")));
        click(browser.findElement(By.cssSelector("form.quiz button")));
        waitUntil(() -> !browser.findElements(By.cssSelector(".quiz-result.correct a")).isEmpty());
        assertThat(browser.findElements(By.cssSelector(".quiz-result.correct a"))).hasSize(1);

        click(browser.findElement(By.cssSelector(".account-nav .my-points")));
        waitUntil(() -> browser.getCurrentUrl().endsWith("/me/points"));
        List<String> reasons = browser.findElements(By.cssSelector(".point-history .reason")).stream()
                .map(WebElement::getText).toList();
        assertThat(reasons).contains("기사 읽기", "투표 참여", "출석체크", "뉴스 퀴즈");
    }

    private boolean claimed() {
        return browser.findElement(By.cssSelector("#read-reward .reading-reward-status")).getText()
                .contains("적립되었습니다");
    }

    private void click(WebElement element) {
        ((JavascriptExecutor) browser).executeScript("arguments[0].scrollIntoView({block: 'center'})", element);
        element.click();
    }
}
