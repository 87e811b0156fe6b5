package dev.sosik.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import dev.sosik.DatabaseTest;
import dev.sosik.TestAdmin;
import dev.sosik.TestHttp;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** A press pushes its articles with its API key; the portal stores each once and shows it. */
@DatabaseTest
class PushApiTests {

    private final JsonMapper json = JsonMapper.builder().build();

    @LocalServerPort
    int port;
    @Autowired
    JdbcClient jdbc;

    TestHttp press;
    String key;
    String code;

    @BeforeEach
    void aPressWithAKey() {
        TestHttp admin = TestAdmin.signedIn(port);
        code = "push-" + System.nanoTime() % 1_000_000;
        HttpResponse<String> added = admin.json("POST", "/api/v1/admin/presses", "{\"code\":\"" + code
                + "\",\"name\":\"푸시일보\",\"homepage\":\"https://push.example\","
                + "\"copyright\":\"ⓒ 푸시일보 무단전재 및 재배포 금지\"}");
        assertThat(added.statusCode()).as(added.body()).isEqualTo(201);
        HttpResponse<String> issued = admin.json("POST", "/api/v1/admin/presses/" + code + "/api-keys", null);
        assertThat(issued.statusCode()).isEqualTo(201);
        key = json.readTree(issued.body()).get("key").asString();
        press = new TestHttp(port);
    }

    HttpResponse<String> push(String body, String bearer) {
        var request = HttpRequest.newBuilder(URI.create(press.base() + "/api/v1/ingest/articles"))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body));
        if (bearer != null) {
            request.header("Authorization", "Bearer " + bearer);
        }
        return press.send(request.build());
    }

    /** An article as a press pushes it: the reporter named with the title, as bylines print it. */
    static String article(String externalId, String title, String body) {
        return """
                {"external_id": "%s", "url": "https://push.example/news/%s", "title": "%s",
                 "body_html": "%s", "category": "경제",
                 "reporter": {"name": "한푸시 기자", "email": "push@push.example"},
                 "published_at": "2025-03-06T11:15:00+09:00", "copyright": "ⓒ 푸시일보, 재배포 금지"}"""
                .formatted(externalId, externalId, title, body);
    }

    JsonNode result(HttpResponse<String> response) {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return json.readTree(response.body()).get("results").get(0);
    }

    @Test
    void anArticleIsStoredOnceAndARevisionUpdatesIt() {
        String body = "<p>부산시가 딥테크 연구개발 예산을 늘린다고 밝혔다.</p><p>시는 해양 바이오를 중점 지원한다.</p>"
                + "<script>alert(1)</script>";

        JsonNode first = result(push(article("a-1", "부산시 딥테크 예산 확대", body), key));
        JsonNode again = result(push(article("a-1", "부산시 딥테크 예산 확대", body), key));
        JsonNode revised = result(push(article("a-1", "부산시 딥테크 예산 확대(종합)", body), key));

        assertThat(first.get("outcome").asString()).isEqualTo("imported");
        assertThat(again.get("outcome").asString()).isEqualTo("unchanged");
        assertThat(revised.get("outcome").asString()).isEqualTo("updated");
        long id = first.get("article_id").asLong();
        assertThat(again.get("article_id").asLong()).isEqualTo(id);

        Document page = new TestHttp(port).page("/articles/" + id);
        assertThat(page.selectFirst("h1.article-title").text()).isEqualTo("부산시 딥테크 예산 확대(종합)");
        assertThat(page.selectFirst(".press-lead").text()).isEqualTo("[ 푸시일보 ]");
        assertThat(page.selectFirst(".byline").text()).isEqualTo("한푸시 기자 push@push.example");
        assertThat(page.selectFirst(".copyright").text()).isEqualTo("ⓒ 푸시일보, 재배포 금지");
        assertThat(page.selectFirst(".article-info .published").text()).isEqualTo("입력 2025.03.06 11:15");
        assertThat(page.select(".article-info .updated")).hasSize(1);
        assertThat(page.select(".article-body p")).hasSize(2);
        assertThat(page.select(".article-body script")).isEmpty();
    }

    @Test
    void everyMissingOrInvalidFieldIsNamedAndNothingIsStored() {
        String array = "[" + article("b-1", "좋은 기사", "<p>본문</p>") + ", {\"external_id\": \"b-2\", "
                + "\"url\": \"ftp://x\", \"category\": \"날씨\", \"published_at\": \"어제\"}]";

        HttpResponse<String> response = push(array, key);

        assertThat(response.statusCode()).isEqualTo(400);
        JsonNode errors = json.readTree(response.body()).get("errors");
        assertThat(errors.has("[1].url")).isTrue();
        assertThat(errors.has("[1].title")).isTrue();
        assertThat(errors.has("[1].body_html")).isTrue();
        assertThat(errors.get("[1].category").asString()).contains("날씨");
        assertThat(errors.get("[1].published_at").asString()).contains("ISO-8601");
        assertThat(jdbc.sql("select count(*) from article where external_id = 'b-1'").query(Long.class).single())
                .isZero();
    }

    @Test
    void aWrongOrMissingKeyIsRefused() {
        assertThat(push(article("c-1", "제목", "<p>본문</p>"), null).statusCode()).isEqualTo(401);
        assertThat(push(article("c-1", "제목", "<p>본문</p>"), "sosik_not-a-key").statusCode()).isEqualTo(401);
        assertThat(push("{not json", key).statusCode()).isEqualTo(400);
    }

    @Test
    void aRepublishedCopyUnderANewAddressIsADuplicate() {
        String body = "<p>한국은행이 기준금리를 연 3.00%로 동결했다. 가계부채 증가세와 환율 변동성을 함께 고려한 결정이라고 "
                + "밝혔다.</p><p>금융통화위원회는 다음 달 회의에서 물가 흐름을 다시 점검하기로 했다. 시장은 연내 인하 가능성을 "
                + "열어 두고 있다.</p>";
        JsonNode original = result(push(article("d-1", "기준금리 동결", body), key));

        JsonNode copy = result(push(article("d-2", "[속보] 기준금리 동결", body.replace("3.00%", "3%")), key));

        assertThat(copy.get("outcome").asString()).isEqualTo("duplicate");
        assertThat(copy.get("article_id").asLong()).isEqualTo(original.get("article_id").asLong());
    }
}
