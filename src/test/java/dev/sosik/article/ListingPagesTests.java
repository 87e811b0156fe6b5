package dev.sosik.article;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;

import dev.sosik.DatabaseTest;
import dev.sosik.TestHttp;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

@DatabaseTest
class ListingPagesTests {

    @LocalServerPort
    int port;
    @Autowired
    Articles articles;
    @Autowired
    Presses presses;

    TestHttp http;

    @BeforeEach
    void client() {
        http = new TestHttp(port);
    }

    @Test
    void homeShowsSectionTabsTopAndLatestArticlesAndEverySection() {
        Document home = http.page("/");

        assertThat(home.select(".section-tabs a")).extracting(Element::text)
                .containsExactly("홈", "정치", "경제", "사회", "생활/문화", "IT/과학", "세계", "연예", "스포츠");
        assertThat(home.select(".home-top li")).hasSizeBetween(1, 5);
        List<String> latest = home.select(".home-latest .article-title").eachAttr("href");
        assertThat(latest).hasSize(10).isEqualTo(articles.latestStories(10).stream()
                .map(story -> story.article().pagePath()).toList());
        assertThat(home.select(".home-section h2")).extracting(Element::text)
                .containsExactly("정치", "경제", "사회", "생활/문화", "IT/과학", "세계", "연예", "스포츠");
        for (Element section : home.select(".home-section")) {
            assertThat(section.select("li")).hasSizeBetween(1, 4);
        }
    }

    @Test
    void aSectionPageListsOnlyThatSectionNewestFirst() {
        Document page = http.page("/categories/sports");

        assertThat(page.selectFirst("h1").text()).isEqualTo("스포츠");
        assertThat(page.selectFirst(".section-tabs a[aria-current]").text()).isEqualTo("스포츠");
        assertThat(page.select(".article-list li")).isNotEmpty();
        assertThat(page.select(".article-list .section")).extracting(Element::text).containsOnly("스포츠");
    }

    @Test
    void anArticleStoredAfterAVisitIsListedOnTheNextOne() {
        http.page("/categories/world");
        http.page("/");
        long pressId = presses.findByCode("miraeecon").orElseThrow().id();
        long id = articles.add(TestArticles.article(pressId, "world", "방금 들어온 세계 소식입니다",
                OffsetDateTime.now().plusMinutes(1), List.of()));

        assertThat(http.page("/categories/world").selectFirst(".article-list .article-title").attr("href"))
                .isEqualTo("/articles/" + id);
        assertThat(http.page("/").select(".home-latest .article-title").eachAttr("href")).contains("/articles/" + id);
    }

    @Test
    void aPressPageListsOnlyThatPress() {
        Document page = http.page("/presses/miraeecon");

        assertThat(page.selectFirst("h1").text()).isEqualTo("미래경제");
        assertThat(page.select(".article-list .press")).isNotEmpty().extracting(Element::text).containsOnly("미래경제");
    }

    @Test
    void aKeywordPageIsPagedWithoutRepeatsAndNewestFirst() {
        Press press = presses.add("keyword-page-test", "키워드시험일보", null, "ⓒ 키워드시험일보");
        var start = OffsetDateTime.parse("2025-02-01T00:00:00Z");
        for (int i = 0; i < 25; i++) {
            articles.add(TestArticles.article(press.id(), "society", "키워드 기사 " + i, start.plusHours(i),
                    List.of("키워드&시험")));
        }

        List<String> titles = new ArrayList<>();
        String next = "/tags/%ED%82%A4%EC%9B%8C%EB%93%9C%26%EC%8B%9C%ED%97%98";
        int pages = 0;
        while (next != null) {
            Document page = http.page(next);
            pages++;
            assertThat(page.selectFirst("h1").text()).isEqualTo("#키워드&시험");
            titles.addAll(page.select(".article-list .article-title").eachText());
            Element nextLink = page.selectFirst(".paging .next-page");
            next = nextLink == null ? null : nextLink.attr("href");
            if (pages > 1) {
                assertThat(page.selectFirst(".paging .first-page")).isNotNull();
            }
        }

        assertThat(pages).isEqualTo(2);
        assertThat(titles).hasSize(25).startsWith("키워드 기사 24", "키워드 기사 23").endsWith("키워드 기사 0");
        assertThat(new HashSet<>(titles)).hasSize(25);
    }

    @Test
    void aKeywordNobodyUsedShowsAnEmptyPage() {
        Document page = http.page("/tags/아무도쓰지않은태그");

        assertThat(page.selectFirst(".empty").text()).isEqualTo("기사가 없습니다.");
        assertThat(page.select(".paging a")).isEmpty();
    }

    @ParameterizedTest
    @CsvSource({
            "/categories/nope, 404",
            "/presses/nope, 404",
            "/articles/99999999, 404",
            "/no-such-page, 404",
            "/articles/abc, 400",
            "/categories/economy?cursor=broken, 400",
    })
    void errorsAreKoreanPagesWithTheRightStatus(String path, int status) {
        HttpResponse<String> response = http.get(path);

        assertThat(response.statusCode()).isEqualTo(status);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(
                type -> assertThat(type).startsWith("text/html"));
        Document page = Jsoup.parse(response.body());
        assertThat(page.selectFirst("html").attr("lang")).isEqualTo("ko");
        assertThat(page.selectFirst(".error-page h1").text()).containsPattern("[가-힣]");
        assertThat(page.selectFirst(".error-status").text()).isEqualTo("오류 코드 " + status);
        assertThat(response.body()).doesNotContain("Exception", "at dev.sosik");
    }
}
