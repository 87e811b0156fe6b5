package dev.sosik.rewards;

import static dev.sosik.rewards.RewardsHttp.balance;
import static dev.sosik.rewards.RewardsHttp.ok;
import static dev.sosik.rewards.RewardsHttp.refused;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import dev.sosik.DatabaseTest;
import dev.sosik.TestAdmin;
import dev.sosik.TestClock;
import dev.sosik.TestHttp;
import dev.sosik.TestReaders;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

@DatabaseTest
class EventTests {

    @LocalServerPort
    int port;
    @Autowired
    TestClock clock;
    @Autowired
    RewardRules rules;
    @Autowired
    JdbcClient jdbc;

    long createEvent(String rule, int points) {
        String body = """
                {"title":"테스트 %s 이벤트","description":"","rule":"%s","points":%d,"starts_at":"%s","ends_at":"%s"}"""
                .formatted(rule, rule, points, rules.now().minusMinutes(1), rules.now().plusHours(1));
        return ok(TestAdmin.signedIn(port).json("POST", "/api/v1/admin/events", body)).get("id").asLong();
    }

    @Test
    void attendanceOncePerKoreanDayWithABonusOnTheSeventhDayInARow() {
        TestHttp reader = TestReaders.signedUp(port);
        List<Integer> paid = new ArrayList<>();
        for (int day = 1; day <= 7; day++) {
            JsonNode checked = ok(reader.json("POST", "/api/v1/events/attendance", null));
            assertThat(checked.get("streak").asInt()).isEqualTo(day);
            if (day == 1) {
                assertThat(refused(reader.json("POST", "/api/v1/events/attendance", null), 409))
                        .contains("이미 출석");
            }
            clock.advance(Duration.ofDays(1));
        }
        long account = ok(reader.get("/api/v1/me")).get("id").asLong();
        paid.addAll(jdbc.sql("select amount from point_entry where account_id = ? and reason = 'attendance'"
                + " order by id").param(account).query(Integer.class).list());

        assertThat(paid).containsExactly(10, 10, 10, 10, 10, 10, 60);
        clock.advance(Duration.ofDays(1));
        // a day missed: the streak starts again
        assertThat(ok(reader.json("POST", "/api/v1/events/attendance", null)).get("streak").asInt()).isEqualTo(1);
    }

    @Test
    void theCalendarShowsTheDaysChecked() {
        TestHttp reader = TestReaders.signedUp(port);
        ok(reader.json("POST", "/api/v1/events/attendance", null));
        var page = reader.page("/events");
        assertThat(page.select(".calendar td.checked")).hasSize(1);
        assertThat(page.selectFirst(".attendance-status").text()).contains("오늘 출석했습니다");
    }

    @Test
    void aJoinEventPaysOnceAndAnAttendanceEventAddsToEachCheck() {
        long join = createEvent("join", 30);
        long attendance = createEvent("attendance", 7);
        TestHttp reader = TestReaders.signedUp(port);

        assertThat(ok(reader.json("POST", "/api/v1/events/" + join + "/join", null)).get("points").asInt())
                .isEqualTo(30);
        refused(reader.json("POST", "/api/v1/events/" + join + "/join", null), 409);
        refused(reader.json("POST", "/api/v1/events/" + attendance + "/join", null), 400);
        int before = balance(reader);
        JsonNode checked = ok(reader.json("POST", "/api/v1/events/attendance", null));

        assertThat(balance(reader) - before).isEqualTo(checked.get("points").asInt());
        long account = ok(reader.get("/api/v1/me")).get("id").asLong();
        assertThat(jdbc.sql("select count(*) from point_entry where account_id = ? and ref_type = 'event'"
                + " and ref_id = ?").params(account, attendance).query(Long.class).single()).isEqualTo(1);
    }
}
