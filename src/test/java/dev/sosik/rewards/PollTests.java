package dev.sosik.rewards;

import static dev.sosik.rewards.RewardsHttp.balance;
import static dev.sosik.rewards.RewardsHttp.ok;
import static dev.sosik.rewards.RewardsHttp.refused;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.LocalDate;
import java.time.OffsetDateTime;

import dev.sosik.DatabaseTest;
import dev.sosik.TestAdmin;
import dev.sosik.TestClock;
import dev.sosik.TestHttp;
import dev.sosik.TestReaders;
import dev.sosik.web.Kst;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

@DatabaseTest
class PollTests {

    @LocalServerPort
    int port;
    @Autowired
    TestClock clock;
    @Autowired
    RewardRules rules;

    long createPoll(String question, boolean resultsBeforeClose, Duration opensIn, Duration closesIn,
                    LocalDate electionDate) {
        OffsetDateTime now = rules.now();
        String body = """
                {"question":"%s","options":["찬성","반대","모름"],"opens_at":"%s","closes_at":"%s",
                 "results_before_close":%s,"election_date":%s}""".formatted(question, now.plus(opensIn),
                now.plus(closesIn), resultsBeforeClose, electionDate == null ? "null" : "\"" + electionDate + "\"");
        return ok(TestAdmin.signedIn(port).json("POST", "/api/v1/admin/polls", body)).get("id").asLong();
    }

    JsonNode listed(TestHttp reader, long poll) {
        for (JsonNode item : ok(reader.get("/api/v1/polls")).get("items")) {
            if (item.get("id").asLong() == poll) {
                return item;
            }
        }
        throw new AssertionError("poll " + poll + " not listed");
    }

    @Test
    void aReaderVotesOnceEarnsPointsAndSeesCountsAndPercentages() {
        long poll = createPoll("공개 투표", true, Duration.ofMinutes(-1), Duration.ofDays(1), null);
        TestHttp reader = TestReaders.signedUp(port);
        JsonNode item = listed(reader, poll);
        assertThat(item.get("status").asString()).isEqualTo("open");
        assertThat(item.get("options")).hasSize(3);
        long option = item.get("options").get(1).get("id").asLong();

        JsonNode voted = ok(reader.json("POST", "/api/v1/polls/" + poll + "/vote", "{\"option_id\":" + option + "}"));
        assertThat(voted.get("options").get(1).get("votes").asInt()).isEqualTo(1);
        assertThat(voted.get("options").get(1).get("percent").asDouble()).isEqualTo(100.0);
        assertThat(balance(reader)).isEqualTo(5);

        long other = item.get("options").get(0).get("id").asLong();
        assertThat(refused(reader.json("POST", "/api/v1/polls/" + poll + "/vote", "{\"option_id\":" + other + "}"),
                409)).contains("이미 투표");
        assertThat(listed(reader, poll).get("my_option_id").asLong()).isEqualTo(option);
        assertThat(balance(reader)).isEqualTo(5);
    }

    @Test
    void closedPollsRefuseVotesAndShowFinalResults() {
        long poll = createPoll("마감될 투표", false, Duration.ofMinutes(-1), Duration.ofMinutes(10), null);
        TestHttp reader = TestReaders.signedUp(port);
        JsonNode open = listed(reader, poll);
        assertThat(open.get("options").get(0).get("votes").isNull()).isTrue();
        assertThat(open.get("results_hidden_reason").asString()).contains("마감된 뒤");
        ok(reader.json("POST", "/api/v1/polls/" + poll + "/vote",
                "{\"option_id\":" + open.get("options").get(0).get("id").asLong() + "}"));

        clock.advance(Duration.ofMinutes(11));
        TestHttp late = TestReaders.signedUp(port);
        JsonNode closed = listed(late, poll);
        assertThat(closed.get("status").asString()).isEqualTo("closed");
        assertThat(closed.get("total_votes").asInt()).isEqualTo(1);
        assertThat(refused(late.json("POST", "/api/v1/polls/" + poll + "/vote",
                "{\"option_id\":" + closed.get("options").get(0).get("id").asLong() + "}"), 409)).contains("마감");
        assertThat(balance(late)).isZero();
        assertThat(late.page("/polls/" + poll).selectFirst(".total").text()).contains("최종 결과").contains("1표");
    }

    @Test
    void anElectionPollHidesItsResultsFromSixDaysBeforeTheElectionAndSaysWhy() {
        LocalDate election = rules.now().atZoneSameInstant(Kst.ZONE).toLocalDate().plusDays(3);
        long poll = createPoll("선거 투표", true, Duration.ofMinutes(-1), Duration.ofDays(2), election);
        TestHttp reader = TestReaders.signedUp(port);

        JsonNode item = listed(reader, poll);
        assertThat(item.get("total_votes").isNull()).isTrue();
        assertThat(item.get("results_hidden_reason").asString()).contains("공직선거법").contains("6일");
        assertThat(reader.page("/polls/" + poll).selectFirst(".results-hidden").text()).contains("공직선거법");
    }

    @Test
    void badPollsAndBadVotesAreRefused() {
        TestHttp admin = TestAdmin.signedIn(port);
        assertThat(refused(admin.json("POST", "/api/v1/admin/polls",
                "{\"question\":\"하나뿐\",\"options\":[\"예\"],\"opens_at\":\"2030-01-01T00:00:00Z\","
                        + "\"closes_at\":\"2030-01-02T00:00:00Z\"}"), 400)).contains("선택지");
        long poll = createPoll("선택지 검사", true, Duration.ofMinutes(-1), Duration.ofDays(1), null);
        TestHttp reader = TestReaders.signedUp(port);
        refused(reader.json("POST", "/api/v1/polls/" + poll + "/vote", "{\"option_id\":99999999}"), 400);
        refused(reader.json("POST", "/api/v1/polls/99999999/vote", "{\"option_id\":1}"), 404);
        refused(reader.json("POST", "/api/v1/admin/polls", "{}"), 403);
        var guest = new TestHttp(port);
        guest.get("/api/v1/me");
        refused(guest.json("POST", "/api/v1/polls/" + poll + "/vote", "{\"option_id\":1}"), 401);
        assertThat(balance(reader)).isZero();
    }
}
