package dev.sosik.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;

import dev.sosik.DatabaseTest;
import dev.sosik.TestHttp;
import dev.sosik.article.Articles;
import dev.sosik.article.BodyHtml;
import dev.sosik.article.NewArticle;
import dev.sosik.article.Presses;
import dev.sosik.article.Reporter;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

@DatabaseTest
class SearchTests {

    private final JsonMapper json = JsonMapper.builder().build();

    @LocalServerPort
    int port;
    @Autowired
    Articles articles;
    @Autowired
    Presses presses;
    @Autowired
    SearchIndexing indexing;
    @Autowired
    JdbcClient jdbc;

    TestHttp http;

    @BeforeEach
    void client() {
        http = new TestHttp(port);
    }

    long add(String category, String title, String... paragraphs) {
        return articles.add(new NewArticle(presses.findByCode("hanbit").orElseThrow().id(), category, title,
                BodyHtml.fromParagraphs(List.of(paragraphs)), new Reporter("검색기자", ""),
                "https://sosik.example/search/" + System.nanoTime(), null, OffsetDateTime.now(), null, List.of()));
    }

    JsonNode search(String query) {
        HttpResponse<String> response = http.get("/api/v1/search?q=" + URLEncoder.encode(query, StandardCharsets.UTF_8));
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return json.readTree(response.body());
    }

    static List<Long> ids(JsonNode result) {
        List<Long> ids = new ArrayList<>();
        result.get("items").forEach(item -> ids.add(item.get("id").asLong()));
        return ids;
    }

    @Test
    void findsKoreanWordsAcrossInflectionAndMarksThemInTheSnippet() {
        long id = add("economy", "광역시 살림살이 점검", "목포시가 내년 농어촌 예산을 크게 늘리기로 했다고 화요일 밝혔다.",
                "시의회는 다음 주 심사를 시작한다.");

        JsonNode result = search("목포시 예산");

        assertThat(ids(result)).contains(id);
        JsonNode hit = result.get("items").get(ids(result).indexOf(id));
        assertThat(hit.get("snippet").asString()).contains("<mark>");
        assertThat(result.get("categories").get("economy").asLong()).isPositive();
    }

    @Test
    void theSnippetIsTheSentenceWhereAQuotedPhraseStandsWithItsWordsMarkedThere() {
        long id = add("society", "마을 소식", "주민 의견은 다음 달에 듣는다.",
                "반상회는 미뤄졌다. 주민 설명회가 금요일 오후 마을회관에서 열린다. 설명회 자료는 미리 나눠 준다.");

        JsonNode result = search("\"주민 설명회\"");

        JsonNode hit = result.get("items").get(ids(result).indexOf(id));
        assertThat(hit.get("snippet").asString())
                .isEqualTo("<mark>주민</mark> <mark>설명회</mark>가 금요일 오후 마을회관에서 열린다. ");
    }

    @Test
    void aSectionFilterNarrowsTheHitsButTheSectionListStillCountsEverySection() {
        add("economy", "청보리 수매가 오른다", "청보리 수매가가 올해 처음으로 올랐다.");
        add("economy", "청보리 농가 지원", "군은 청보리 농가에 지원금을 준다.");
        add("society", "청보리 축제 취소", "비 예보로 청보리 축제가 취소됐다.");

        JsonNode all = search("청보리");
        JsonNode economy = json.readTree(http.get("/api/v1/search?category=economy&q="
                + URLEncoder.encode("청보리", StandardCharsets.UTF_8)).body());

        assertThat(all.get("total").asLong()).isEqualTo(3);
        assertThat(economy.get("total").asLong()).isEqualTo(2);
        for (JsonNode result : List.of(all, economy)) {
            assertThat(result.get("categories").get("economy").asLong()).isEqualTo(2);
            assertThat(result.get("categories").get("society").asLong()).isEqualTo(1);
        }
        assertThat(all.get("presses").get("hanbit").asLong()).isEqualTo(3);
        assertThat(economy.get("presses").get("hanbit").asLong()).isEqualTo(2);
    }

    @Test
    void quotedWordsMatchAsAPhrase() {
        long together = add("society", "구청 공지", "주민 설명회가 목요일 저녁 구민회관에서 열린다.");
        long apart = add("society", "구청 소식", "설명회 장소는 아직 정하지 않았고 주민 의견을 더 듣는다.");

        assertThat(ids(search("\"주민 설명회\""))).contains(together).doesNotContain(apart);
        assertThat(ids(search("주민 설명회"))).contains(together, apart);
    }

    @Test
    void theSearchPageShowsResultsAndHelpsWithAnEmptyQuery() {
        long id = add("life", "해남 고구마 축제 개막", "해남 고구마 축제가 주말에 열린다.", "올해는 체험 행사가 늘었다.");

        Document results = http.page("/search?q=" + URLEncoder.encode("고구마 축제", StandardCharsets.UTF_8));
        Document help = http.page("/search");

        assertThat(results.select(".search-results .article-title").eachAttr("href")).contains("/articles/" + id);
        assertThat(results.selectFirst(".search-results mark")).isNotNull();
        assertThat(help.selectFirst(".search-help").text()).contains("낱말");
    }

    @Test
    void aQueryWithNoHitsSuggestsACloseOneThatHasSome() {
        add("it", "양자암호 통신망 시험 개통", "양자암호 통신망이 시험 개통됐다.");

        JsonNode result = search("양자암효");

        assertThat(result.get("total").asLong()).isZero();
        assertThat(result.get("did_you_mean").asString()).isEqualTo("양자암호");
    }

    @Test
    void revisionsAreSearchableAndTheIndexCanBeRebuilt() {
        long id = add("world", "임시 제목", "국제 항만 회의가 열렸다.");
        articles.revise(id, presses.findByCode("hanbit").orElseThrow().id(), "항만 회의 폐막",
                BodyHtml.fromParagraphs(List.of("국제 항만 회의가 공동 선언문을 채택하고 폐막했다.")), null, null,
                OffsetDateTime.now());

        assertThat(ids(search("공동 선언문"))).contains(id);
        assertThat(indexing.rebuild(null)).isEqualTo(articles.count());
        assertThat(ids(search("공동 선언문"))).contains(id);
    }

    @Test
    void anArticlePageListsRelatedArticles() {
        long first = add("it", "세종시 하늘버스 시범 운행 시작", "세종시가 무인 하늘버스 시범 운행을 월요일 시작했다.",
                "하늘버스는 정부청사와 호수공원 사이 정류장 여섯 곳을 돌며 시민 의견을 모은다.",
                "시는 석 달 동안 승객 반응과 안전 기록을 살펴 정식 노선으로 바꿀지 정한다.");
        // a different event about the same new thing: related, not the same story
        long second = add("it", "구름모빌리티, 300억원 투자 유치", "가상 기업 구름모빌리티가 벤처캐피털 세 곳에서 "
                        + "300억원을 투자받았다고 밝혔다.", "회사는 충북 공장 설비를 늘려 하늘버스 생산량을 두 배로 키울 계획이다.",
                "대표는 해외 공항 셔틀 시장에도 하늘버스를 내놓겠다고 말했다.");

        // the older article's list took in the newer one when that was stored
        assertThat(related(first)).contains("/articles/" + second).doesNotContain("/articles/" + first)
                .hasSizeLessThanOrEqualTo(5);
    }

    @Test
    void anArticleStoredBeforeRelatedListsWereKeptGetsItsListAtTheFirstViewOfItsPage() {
        long first = add("it", "부산시 바다택시 시범 운항 시작", "부산시가 무인 바다택시 시범 운항을 화요일 시작했다.",
                "바다택시는 해운대와 광안리 사이 선착장 네 곳을 오가며 시민 의견을 모은다.",
                "시는 두 달 동안 승객 반응과 안전 기록을 살펴 정식 항로로 바꿀지 정한다.");
        // a different event about the same new thing: related, not the same story
        long second = add("it", "파도마린, 200억원 투자 유치", "가상 기업 파도마린이 투자사 두 곳에서 200억원을 "
                        + "투자받았다고 밝혔다.", "회사는 경남 조선소 설비를 늘려 바다택시 생산량을 세 배로 키울 계획이다.",
                "대표는 동남아 항구 시장에도 바다택시를 내놓겠다고 말했다.");
        jdbc.sql("delete from article_related where article_id = ?").param(first).update();

        assertThat(related(first)).contains("/articles/" + second);
        assertThat(jdbc.sql("select count(*) from article_related where article_id = ?").param(first)
                .query(Long.class).single()).isEqualTo(1);
    }

    private List<String> related(long article) {
        return http.page("/articles/" + article).select(".related .article-title").eachAttr("href");
    }

    @ParameterizedTest
    @ValueSource(strings = {"(((", "AND OR NOT", "*:* title:[a TO z]", "\"닫히지 않은 따옴표", "~ ^ \\ / !", "'; drop table article;--"})
    void querySyntaxMeansNothingAndNeverFails(String query) {
        assertThat(http.get("/api/v1/search?q=" + URLEncoder.encode(query, StandardCharsets.UTF_8)).statusCode())
                .isEqualTo(200);
        assertThat(http.get("/search?q=" + URLEncoder.encode(query, StandardCharsets.UTF_8)).statusCode())
                .isEqualTo(200);
    }

    @Test
    void aVeryLongQueryIsCutWithANoteAndBadParametersAre400() {
        JsonNode longQuery = search("예산".repeat(5_000));
        assertThat(longQuery.get("note").asString()).contains("200자");

        assertThat(http.get("/api/v1/search?q=").statusCode()).isEqualTo(400);
        assertThat(http.get("/api/v1/search?q=x&sort=best").statusCode()).isEqualTo(400);
        assertThat(http.get("/api/v1/search?q=x&from=어제").statusCode()).isEqualTo(400);
        assertThat(http.get("/api/v1/search?q=x&cursor=!!").statusCode()).isEqualTo(400);
        assertThat(http.get("/api/v1/search?q=x&category=nope").statusCode()).isEqualTo(400);
    }

    @Test
    void filtersAndTheNewestFirstOrder() {
        long older = add("sports", "수영 대회 예선", "수영 대회 예선이 열렸다.");
        long newer = add("sports", "수영 대회 결선", "수영 대회 결선이 열렸다.");

        HttpResponse<String> latest = http.get("/api/v1/search?sort=latest&category=sports&q="
                + URLEncoder.encode("수영 대회", StandardCharsets.UTF_8));
        List<Long> found = ids(json.readTree(latest.body()));

        assertThat(found.indexOf(newer)).isLessThan(found.indexOf(older));
        assertThat(ids(json.readTree(http.get("/api/v1/search?category=economy&q="
                + URLEncoder.encode("수영 대회", StandardCharsets.UTF_8)).body()))).doesNotContain(older, newer);
    }
}
