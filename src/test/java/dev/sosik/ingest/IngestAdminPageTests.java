package dev.sosik.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;

import dev.sosik.DatabaseTest;
import dev.sosik.TestAdmin;
import dev.sosik.TestHttp;
import dev.sosik.TestReaders;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

@DatabaseTest
class IngestAdminPageTests {

    @LocalServerPort
    int port;
    @Autowired
    Sources sources;

    @Test
    void anAdminAddsAPressAndAFeedAndPollsItFromThePage() {
        try (var server = TestPressServer.start()) {
            server.page("/feed.xml", "application/rss+xml", "<?xml version=\"1.0\" encoding=\"UTF-8\"?><rss version=\"2.0\">"
                    + "<channel><title>관리일보</title><link>" + server.uri("/") + "</link><description>x</description>"
                    + "<item><guid>p-1</guid><link>" + server.uri("/p/1") + "</link><title>관리 화면에서 가져온 기사</title>"
                    + "<description>관리 화면에서 가져오기를 눌러 저장된 기사의 본문입니다. 충분히 긴 문장을 씁니다.</description>"
                    + "</item></channel></rss>");
            TestHttp admin = TestAdmin.signedIn(port);
            String code = "page-" + System.nanoTime() % 1_000_000;
            Document page = admin.page("/admin/ingest");
            String csrf = page.selectFirst("input[name=_csrf]").val();

            assertThat(admin.form("/admin/ingest/presses", Map.of("_csrf", csrf, "code", code, "name", "관리일보",
                    "homepage", "", "copyright", "ⓒ 관리일보")).statusCode()).isEqualTo(303);
            assertThat(admin.form("/admin/ingest/sources", Map.of("_csrf", csrf, "press_code", code,
                    "feed_url", server.uri("/feed.xml").toString(), "category", "it", "interval_minutes", "30"))
                    .statusCode()).isEqualTo(303);
            Element row = admin.page("/admin/ingest").select(".sources tbody tr").stream()
                    .filter(tr -> tr.text().contains(server.uri("/feed.xml").toString())).findFirst().orElseThrow();
            HttpResponse<String> polled = admin.form(row.selectFirst("form").attr("action"), Map.of("_csrf", csrf));

            assertThat(Jsoup.parse(polled.body()).selectFirst(".notice").text()).contains("fetched", "가져옴 1");
            HttpResponse<String> bad = admin.form("/admin/ingest/sources", Map.of("_csrf", csrf, "press_code", code,
                    "feed_url", "not a url", "category", "it"));
            assertThat(bad.statusCode()).isEqualTo(400);
            assertThat(Jsoup.parse(bad.body()).selectFirst(".form-error").text()).contains("feed_url");
        }
        assertThat(TestReaders.signedUp(port).get("/admin/ingest").statusCode()).isEqualTo(403);
    }

    @Test
    void aDueSourceIsClaimedByOnePollerOnly() {
        TestHttp admin = TestAdmin.signedIn(port);
        String code = "claim-" + System.nanoTime() % 1_000_000;
        admin.json("POST", "/api/v1/admin/presses", "{\"code\":\"" + code + "\",\"name\":\"선점일보\",\"copyright\":\"ⓒ\"}");
        admin.json("POST", "/api/v1/admin/sources", "{\"press_code\":\"" + code
                + "\",\"feed_url\":\"http://127.0.0.1:9/" + code + ".xml\",\"category\":\"it\"}");
        OffsetDateTime later = OffsetDateTime.now().plusMinutes(1);

        List<Source> first = sources.claimDue(later, Duration.ofMinutes(5), 1000);
        List<Source> second = sources.claimDue(later, Duration.ofMinutes(5), 1000);

        assertThat(first).anyMatch(source -> source.pressCode().equals(code));
        assertThat(second).noneMatch(source -> source.pressCode().equals(code));
    }
}
