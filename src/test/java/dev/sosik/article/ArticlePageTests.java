package dev.sosik.article;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.OffsetDateTime;
import java.util.List;

import dev.sosik.DatabaseTest;
import dev.sosik.TestBrowser;
import dev.sosik.TestHttp;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.select.Elements;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import dev.sosik.ranking.Rankings;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The article page shows every element of the reference page (../shared/reference/README.md), in its order. */
@DatabaseTest
class ArticlePageTests {

    @LocalServerPort
    int port;
    @Autowired
    Articles articles;
    @Autowired
    Presses presses;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    Rankings rankings;

    TestHttp http;
    Press press;
    long id;

    @BeforeEach
    void anEconomyArticleWithReaders() {
        http = new TestHttp(port);
        press = presses.findByCode("miraeecon").orElseThrow();
        id = articles.add(new NewArticle(press.id(), "economy", "부산시, '부산형 딥테크' 연구개발에 320억원 투입",
                BodyHtml.fromParagraphs(List.of(
                        "부산시가 지역 딥테크 기업의 연구개발 지원 예산을 늘린다.",
                        "시는 인공지능과 해양 바이오 분야를 중점 지원한다고 밝혔다.",
                        "담당 국장은 \"기술이 곧 성장동력\"이라고 말했다.")),
                new Reporter("한서윤", "yoon@miraeecon.example"),
                "https://www.miraeecon.example/news/page-test-" + System.nanoTime(), null,
                OffsetDateTime.parse("2025-03-06T02:15:00Z"), OffsetDateTime.parse("2025-03-06T03:40:00Z"),
                List.of("부산시", "딥테크", "연구개발", "R&D", "성장동력")));
        jdbc.sql("update article_counter set views = 57, comments = 2, joy = 3, cheer = 4, disappointed = 1, sad = 0"
                + " where article_id = ?").param(id).update();
    }

    @Test
    void showsTheSeventeenElementsOfTheReferencePageInOrder() {
        Document page = http.page("/articles/" + id);

        // 1 counters: the article's real views, comments and reactions
        Element counters = one(page, ".counters");
        assertThat(counters.select(".views .count").text()).isEqualTo("57");
        assertThat(counters.select(".comments .count").text()).isEqualTo("2");
        assertThat(counters.select(".reactions .count").text()).isEqualTo("8");
        // 2 section
        Element section = one(page, ".article-section");
        assertThat(section.text()).isEqualTo("경제");
        assertThat(section.attr("href")).isEqualTo("/categories/economy");
        // 3 headline
        Element title = one(page, "h1.article-title");
        assertThat(title.text()).isEqualTo("부산시, '부산형 딥테크' 연구개발에 320억원 투입");
        // 4 published and updated times in KST
        Element published = one(page, ".article-info .published");
        assertThat(published.text()).isEqualTo("입력 2025.03.06 11:15");
        assertThat(published.selectFirst("time").attr("datetime")).isEqualTo("2025-03-06T11:15:00+09:00");
        assertThat(one(page, ".article-info .updated").text()).isEqualTo("수정 2025.03.06 12:40");
        // 5 comment count
        Element commentCount = one(page, ".article-info .comment-count");
        assertThat(commentCount.text()).isEqualTo("2");
        // 6 press lead
        Element lead = one(page, ".press-lead");
        assertThat(lead.text()).isEqualTo("[ 미래경제 ]");
        // 7 body
        Element body = one(page, ".article-body");
        assertThat(body.select("p")).extracting(Element::text).containsExactly(
                "부산시가 지역 딥테크 기업의 연구개발 지원 예산을 늘린다.",
                "시는 인공지능과 해양 바이오 분야를 중점 지원한다고 밝혔다.",
                "담당 국장은 \"기술이 곧 성장동력\"이라고 말했다.");
        // 8 byline
        Element byline = one(page, ".byline");
        assertThat(byline.text()).isEqualTo("한서윤 기자 yoon@miraeecon.example");
        assertThat(byline.selectFirst("a").attr("href")).isEqualTo("mailto:yoon@miraeecon.example");
        // 9 copyright line of the article's own press
        Element copyright = one(page, ".copyright");
        assertThat(copyright.text()).isEqualTo(press.copyright());
        // 10 hashtags linking to keyword pages
        Element hashtags = one(page, ".hashtags");
        assertThat(hashtags.select("a")).extracting(Element::text)
                .containsExactly("#부산시", "#딥테크", "#연구개발", "#R&D", "#성장동력");
        assertThat(hashtags.select("a").get(3).attr("href")).isEqualTo("/tags/R&D");
        assertThat(hashtags.select("a").get(0).attr("href")).isEqualTo("/tags/%EB%B6%80%EC%82%B0%EC%8B%9C");
        // 11 the two collections
        Element collections = one(page, ".collections");
        assertThat(collections.select("a")).extracting(Element::text)
                .containsExactly("포인트 뉴스 모아보기", "트렌드 뉴스 모아보기");
        // 12 the four reactions with their counts
        Element reactions = one(page, "section.reactions");
        assertThat(reactions.selectFirst("h2").text()).isEqualTo("이 기사, 어떠셨나요?");
        assertThat(reactions.select("li")).extracting(Element::text)
                .containsExactly("기뻐요 3", "응원해요 4", "실망이에요 1", "슬퍼요 0");
        // 13 comments: legal notice, three sort tabs, empty state
        Element comments = one(page, "section#comments");
        assertThat(comments.selectFirst(".legal-notice").text())
                .contains("명예훼손, 모욕, 성희롱, 허위사실 유포 등에 해당할 경우 법적 책임이 발생할 수 있습니다.");
        assertThat(comments.select(".comment-sort a")).extracting(Element::text)
                .containsExactly("최신순", "추천순", "답글순");
        assertThat(comments.selectFirst(".comment-sort a[aria-current]").text()).isEqualTo("최신순");
        assertThat(comments.selectFirst(".empty").text()).isEqualTo("등록된 댓글이 없습니다.");
        // 14 {section} 주요뉴스: ten articles of the section with press and comment count
        Element sectionTop = one(page, "section.section-top");
        assertThat(sectionTop.selectFirst("h2").text()).isEqualTo("경제 주요뉴스");
        Elements top = sectionTop.select("li");
        // up to ten, at most two of a press (the rankings' rules), each a link marked as coming from a ranking
        assertThat(top).isNotEmpty().hasSizeLessThanOrEqualTo(10);
        java.util.Map<String, Long> perPress = top.stream().collect(java.util.stream.Collectors.groupingBy(
                item -> item.selectFirst(".press").text(), java.util.stream.Collectors.counting()));
        assertThat(perPress.values()).allMatch(count -> count <= 2);
        for (Element item : top) {
            assertThat(item.selectFirst(".press").text()).isNotBlank();
            assertThat(item.selectFirst(".comments").text()).matches("\\d+");
            long linked = Long.parseLong(item.selectFirst("a").attr("href").replace("/articles/", "")
                    .replace("?from=ranking", ""));
            assertThat(articles.find(linked).orElseThrow().article().category().code()).isEqualTo("economy");
        }
        // 15 트렌드 뉴스 with its two tabs, each a real list
        Element trend = one(page, "section.trend");
        assertThat(trend.selectFirst("h2").text()).isEqualTo("트렌드 뉴스");
        assertThat(trend.select("[role=tab]")).extracting(Element::text).containsExactly("최신뉴스", "인기뉴스");
        assertThat(trend.select("#trend-latest li")).hasSize(10);
        assertThat(trend.select("#trend-popular li")).isNotEmpty();
        // 16 the close control
        Element close = one(page, ".close-overlay");
        assertThat(close.text()).isEqualTo("닫기");
        // 17 bottom navigation
        Element bottom = one(page, ".bottom-nav");
        assertThat(bottom.select("a")).extracting(Element::text).containsExactly("뉴스", "투표", "게임", "이벤트");

        List<Element> inReferenceOrder = List.of(counters, section, title, published, commentCount, lead, body,
                byline, copyright, hashtags, collections, reactions, comments, sectionTop, trend, close, bottom);
        List<Element> all = page.getAllElements();
        for (int i = 1; i < inReferenceOrder.size(); i++) {
            assertThat(all.indexOf(inReferenceOrder.get(i)))
                    .as("element %d comes after element %d", i + 1, i)
                    .isGreaterThan(all.indexOf(inReferenceOrder.get(i - 1)));
        }
    }

    @Test
    void aSecondViewShowsTheFiguresOfNowAndARevisionShowsAtOnce() {
        http.page("/articles/" + id);
        // that view is written a moment later, in a batch: let it land (on the 57 set up) before the figures are set
        TestBrowser.waitUntil(() -> jdbc.sql("select views from article_counter where article_id = ?").param(id)
                .query(Long.class).single() > 57);
        jdbc.sql("update article_counter set views = 58, comments = 3 where article_id = ?").param(id).update();
        articles.revise(id, press.id(), "부산시, 딥테크 예산 400억원으로 늘려", BodyHtml.fromParagraphs(List.of(
                        "부산시가 딥테크 예산을 다시 늘렸다.")), new Reporter("한서윤", "yoon@miraeecon.example"),
                null, OffsetDateTime.parse("2025-03-06T05:00:00Z"));

        Document page = http.page("/articles/" + id);

        assertThat(one(page, ".counters").select(".views .count").text()).isEqualTo("58");
        assertThat(one(page, ".counters").select(".comments .count").text()).isEqualTo("3");
        assertThat(one(page, "h1.article-title").text()).isEqualTo("부산시, 딥테크 예산 400억원으로 늘려");
        assertThat(page.select("meta[name=description]").attr("content")).isEqualTo("부산시가 딥테크 예산을 다시 늘렸다.");
    }

    @Test
    void theLatestTrendTabListsTheNewestArticlesFirst() {
        rankings.refresh();
        Document page = http.page("/articles/" + id);

        List<String> shown = page.select("#trend-latest li a").eachAttr("href");
        List<String> newest = articles.latestHeadlines(ArticleFilter.ALL, 10).stream()
                .map(headline -> headline.pagePath() + "?from=ranking").toList();
        assertThat(shown).isEqualTo(newest);
    }

    @Test
    void carriesOpenGraphAndNewsArticleMetadata() {
        Document page = http.page("/articles/" + id);

        assertThat(page.selectFirst("html").attr("lang")).isEqualTo("ko");
        assertThat(meta(page, "og:type")).isEqualTo("article");
        assertThat(meta(page, "og:title")).isEqualTo("부산시, '부산형 딥테크' 연구개발에 320억원 투입");
        assertThat(meta(page, "og:url")).isEqualTo(http.base() + "/articles/" + id);
        assertThat(meta(page, "og:description")).startsWith("부산시가 지역 딥테크 기업의");
        assertThat(meta(page, "article:published_time")).isEqualTo("2025-03-06T11:15:00+09:00");
        assertThat(meta(page, "article:modified_time")).isEqualTo("2025-03-06T12:40:00+09:00");
        assertThat(page.select("meta[property=article:tag]").eachAttr("content")).contains("딥테크");

        JsonNode data = JsonMapper.builder().build()
                .readTree(one(page, "script[type=application/ld+json]").data());
        assertThat(data.get("@type").asString()).isEqualTo("NewsArticle");
        assertThat(data.get("headline").asString()).isEqualTo("부산시, '부산형 딥테크' 연구개발에 320억원 투입");
        assertThat(data.get("dateModified").asString()).isEqualTo("2025-03-06T12:40:00+09:00");
        assertThat(data.get("publisher").get("name").asString()).isEqualTo("미래경제");
    }

    @Test
    void textFromThePressIsShownAsTextNeverAsMarkup() {
        long hostile = articles.add(TestArticles.article(press.id(), "economy",
                "<img src=x onerror=alert(1)> 제목", OffsetDateTime.now(), List.of("<b>태그</b>")));

        Document page = http.page("/articles/" + hostile);

        assertThat(one(page, "h1.article-title").text()).isEqualTo("<img src=x onerror=alert(1)> 제목");
        assertThat(page.select("img[onerror]")).isEmpty();
        assertThat(page.select(".hashtags b")).isEmpty();
        assertThat(page.title()).startsWith("<img src=x onerror=alert(1)> 제목");
    }

    @Test
    void anArticleWithoutRevisionShowsNoUpdatedTime() {
        long fresh = articles.add(TestArticles.article(press.id(), "economy", "수정 없는 기사",
                OffsetDateTime.now(), List.of("수정없음")));

        Document page = http.page("/articles/" + fresh);

        assertThat(page.select(".article-info .updated")).isEmpty();
        assertThat(page.select("meta[property=article:modified_time]")).isEmpty();
    }

    @Test
    void theSortTabInUseIsMarked() {
        Document page = http.page("/articles/" + id + "?sort=recommended");

        assertThat(one(page, ".comment-sort a[aria-current]").text()).isEqualTo("추천순");
    }

    private static Element one(Document page, String selector) {
        Elements found = page.select(selector);
        assertThat(found).as(selector).hasSize(1);
        return found.first();
    }

    private static String meta(Document page, String property) {
        return one(page, "meta[property=" + property + "]").attr("content");
    }
}
