package dev.sosik.rewards;

import static dev.sosik.rewards.RewardsHttp.ok;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import dev.sosik.DatabaseTest;
import dev.sosik.TestAdmin;
import dev.sosik.TestHttp;
import dev.sosik.TestReaders;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

@DatabaseTest
class RewardPagesTests {

    @LocalServerPort
    int port;

    @Test
    void theBottomNavigationTabsAreRealPagesForAReaderAndAGuest() {
        TestHttp reader = TestReaders.signedUp(port);
        assertThat(reader.page("/polls").select("article.poll[data-status=open] form.poll-form")).isNotEmpty();
        assertThat(reader.page("/polls").select("article.poll[data-status=closed] .total")).isNotEmpty();
        assertThat(reader.page("/events").select("form[action=/events/attendance]")).hasSize(1);
        assertThat(reader.page("/events").select(".running-events .event")).isNotEmpty();
        assertThat(reader.page("/games").select("form.quiz input[name=choice]")).hasSize(4);
        assertThat(reader.page("/").selectFirst(".account-nav .my-points").attr("href")).isEqualTo("/me/points");
        for (var tab : Map.of("/", "뉴스", "/polls", "투표", "/games", "게임", "/events", "이벤트").entrySet()) {
            assertThat(reader.page(tab.getKey()).select(".bottom-nav a[aria-current=page]").eachText())
                    .as("the current tab of " + tab.getKey()).containsExactly(tab.getValue());
        }

        var guest = new TestHttp(port);
        assertThat(guest.page("/polls").text()).contains("로그인하면 투표할 수 있습니다");
        assertThat(guest.page("/games").text()).contains("로그인하면 뉴스 퀴즈를 풀 수 있습니다");
        assertThat(guest.page("/events").text()).contains("로그인하면 출석체크를 할 수 있습니다");
        assertThat(guest.get("/me/points").statusCode()).isEqualTo(302);
        guest.get("/api/v1/me");
        assertThat(guest.get("/api/v1/me/points").statusCode()).isEqualTo(401);
    }

    @Test
    void myPointsShowsBalanceHistoryAndWhatExpiresNext() {
        TestHttp reader = TestReaders.signedUp(port);
        Document before = reader.page("/me/points");
        assertThat(before.selectFirst(".point-balance").text()).contains("0");
        ok(reader.json("POST", "/api/v1/events/attendance", null));

        Document after = reader.page("/me/points");
        // the attendance, and the extra points of the demo's attendance event while it runs
        assertThat(after.select(".point-history .reason").eachText()).contains("출석체크");
        assertThat(after.select(".expiring li")).isNotEmpty();
        var json = ok(reader.get("/api/v1/me/points"));
        int balance = json.get("balance").asInt();
        assertThat(balance).isPositive();
        int expiring = 0;
        for (var lot : json.get("expiring")) {
            expiring += lot.get("points").asInt();
        }
        assertThat(expiring).isEqualTo(balance);
        assertThat(after.selectFirst(".point-balance").text()).contains(Integer.toString(balance));
    }

    @Test
    void anAdminGrantsAndTakesPointsWithAReasonOnTheAdminPage() {
        TestHttp reader = TestReaders.signedUp(port);
        String nickname = ok(reader.get("/api/v1/me")).get("nickname").asString();
        TestHttp admin = TestAdmin.signedIn(port);
        Document page = admin.page("/admin/rewards");
        var form = page.selectFirst("form[action=/admin/rewards/points]");
        Map<String, String> fields = Map.of("_csrf", form.selectFirst("input[name=_csrf]").val(),
                "request_id", form.selectFirst("input[name=request_id]").val(), "nickname", nickname,
                "points", "50", "reason", "기사 제보 감사");

        assertThat(admin.form("/admin/rewards/points", fields).statusCode()).isEqualTo(303);
        // the same form sent twice grants once
        assertThat(admin.form("/admin/rewards/points", fields).statusCode()).isEqualTo(303);
        assertThat(RewardsHttp.balance(reader)).isEqualTo(50);

        assertThat(ok(admin.json("POST", "/api/v1/admin/points",
                "{\"nickname\":\"" + nickname + "\",\"points\":-20,\"reason\":\"중복 지급 회수\"}"))
                .get("balance").asInt()).isEqualTo(30);
        RewardsHttp.refused(admin.json("POST", "/api/v1/admin/points",
                "{\"nickname\":\"" + nickname + "\",\"points\":-31,\"reason\":\"너무 많이\"}"), 409);
        RewardsHttp.refused(admin.json("POST", "/api/v1/admin/points",
                "{\"nickname\":\"" + nickname + "\",\"points\":10,\"reason\":\"\"}"), 400);
        assertThat(reader.page("/me/points").text()).contains("기사 제보 감사").contains("중복 지급 회수");
        assertThat(reader.get("/admin/rewards").statusCode()).isEqualTo(403);
    }
}
