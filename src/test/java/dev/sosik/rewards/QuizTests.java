package dev.sosik.rewards;

import static dev.sosik.rewards.RewardsHttp.balance;
import static dev.sosik.rewards.RewardsHttp.ok;
import static dev.sosik.rewards.RewardsHttp.refused;
import static org.assertj.core.api.Assertions.assertThat;

import dev.sosik.DatabaseTest;
import dev.sosik.TestHttp;
import dev.sosik.TestReaders;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

@DatabaseTest
class QuizTests {

    @LocalServerPort
    int port;
    @Autowired
    JdbcClient jdbc;

    int answerOf(long quiz) {
        return jdbc.sql("select answer from quiz where id = ?").param(quiz).query(Integer.class).single();
    }

    @Test
    void aQuestionHasFourChoicesAndNeverItsAnswerUntilAnswered() {
        TestHttp reader = TestReaders.signedUp(port);
        JsonNode quiz = ok(reader.get("/api/v1/games/quiz"));

        assertThat(quiz.get("choices")).hasSize(4);
        assertThat(quiz.has("answer")).isFalse();
        assertThat(quiz.toString()).doesNotContain("article");
        // asking again gives the same open question
        assertThat(ok(reader.get("/api/v1/games/quiz")).get("id").asLong()).isEqualTo(quiz.get("id").asLong());
    }

    @Test
    void aRightAnswerEarnsPointsAndLinksTheArticleAWrongOneEarnsNothing() {
        TestHttp reader = TestReaders.signedUp(port);
        long first = ok(reader.get("/api/v1/games/quiz")).get("id").asLong();
        JsonNode right = ok(reader.json("POST", "/api/v1/games/quiz/" + first + "/answer",
                "{\"choice\":" + answerOf(first) + "}"));
        assertThat(right.get("correct").asBoolean()).isTrue();
        assertThat(right.get("article_id").asLong()).isPositive();
        assertThat(balance(reader)).isEqualTo(20);
        assertThat(refused(reader.json("POST", "/api/v1/games/quiz/" + first + "/answer", "{\"choice\":0}"), 409))
                .contains("이미 답한");

        long second = ok(reader.get("/api/v1/games/quiz")).get("id").asLong();
        JsonNode wrong = ok(reader.json("POST", "/api/v1/games/quiz/" + second + "/answer",
                "{\"choice\":" + (answerOf(second) + 1) % 4 + "}"));
        assertThat(wrong.get("correct").asBoolean()).isFalse();
        assertThat(wrong.get("answer").asInt()).isEqualTo(answerOf(second));
        assertThat(balance(reader)).isEqualTo(20);
        assertThat(reader.page("/games?answered=" + second).selectFirst(".quiz-result a").attr("href"))
                .isEqualTo("/articles/" + wrong.get("article_id").asLong());
    }

    @Test
    void anAnswerToAQuizGivenToAnotherReaderIsRefusedAndCreditsNothing() {
        TestHttp owner = TestReaders.signedUp(port);
        TestHttp other = TestReaders.signedUp(port);
        long quiz = ok(owner.get("/api/v1/games/quiz")).get("id").asLong();

        assertThat(refused(other.json("POST", "/api/v1/games/quiz/" + quiz + "/answer",
                "{\"choice\":" + answerOf(quiz) + "}"), 403)).contains("다른 독자");
        refused(owner.json("POST", "/api/v1/games/quiz/" + quiz + "/answer", "{\"choice\":7}"), 400);
        refused(owner.json("POST", "/api/v1/games/quiz/99999999/answer", "{\"choice\":0}"), 404);
        assertThat(balance(other)).isZero();
        assertThat(balance(owner)).isZero();
    }

    @Test
    void fiveQuizzesADayThenAClearAnswer() {
        TestHttp reader = TestReaders.signedUp(port);
        for (int i = 0; i < 5; i++) {
            long quiz = ok(reader.get("/api/v1/games/quiz")).get("id").asLong();
            ok(reader.json("POST", "/api/v1/games/quiz/" + quiz + "/answer", "{\"choice\":0}"));
        }
        assertThat(refused(reader.get("/api/v1/games/quiz"), 429)).contains("모두 풀었습니다");
        assertThat(reader.page("/games").selectFirst(".notice").text()).contains("모두 풀었습니다");
    }
}
