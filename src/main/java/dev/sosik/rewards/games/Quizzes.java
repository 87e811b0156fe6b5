package dev.sosik.rewards.games;

import java.security.SecureRandom;
import java.time.Duration;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;

import dev.sosik.article.ArticleFilter;
import dev.sosik.article.Articles;
import dev.sosik.rewards.RewardRules;
import dev.sosik.rewards.points.Award;
import dev.sosik.rewards.points.Ledger;
import dev.sosik.rewards.points.PointReason;
import dev.sosik.web.BadRequestException;
import dev.sosik.web.ClientErrorException;
import dev.sosik.web.NotFoundException;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The news quiz: each reader gets a few questions a day about the latest articles, one at a time. A question
 * belongs to the reader it was given to; its answer stays on the server until that reader answers.
 */
@Service
public class Quizzes {

    /** How many of the newest articles the questions are made from. */
    static final int LATEST = 40;

    private final JdbcClient jdbc;
    private final TransactionTemplate transaction;
    private final Articles articles;
    private final Ledger ledger;
    private final RewardRules rules;
    private final JsonMapper json;
    private final QuizMaker maker = new QuizMaker(new SecureRandom());

    Quizzes(JdbcClient jdbc, TransactionTemplate transaction, Articles articles, Ledger ledger, RewardRules rules,
            JsonMapper json) {
        this.jdbc = jdbc;
        this.transaction = transaction;
        this.articles = articles;
        this.ledger = ledger;
        this.rules = rules;
        this.json = json;
    }

    /** A question as the reader sees it before answering: never the answer. */
    public record Question(long id, String question, List<String> choices, int remainingToday) {
    }

    /** What an answer earned, and the article the question was about. */
    public record Result(long id, boolean correct, int chosen, int answer, String answerText, int points,
                         long articleId, String articleTitle) {
    }

    private record Stored(long id, long accountId, long articleId, String question, List<String> choices,
                          int answer, Integer chosen) {
    }

    /** The reader's unanswered question, or a new one while today's quizzes last. */
    public Question current(long readerId) {
        return transaction.execute(status -> {
            ledger.lock(readerId);
            LocalDate today = rules.today();
            Optional<Stored> open = select("where account_id = ? and kst_day = ? and chosen is null order by id limit 1",
                    readerId, today).stream().findFirst();
            int given = given(readerId, today);
            if (open.isPresent()) {
                return question(open.get(), rules.quizzesPerDay() - given);
            }
            if (given >= rules.quizzesPerDay()) {
                throw ClientErrorException.tooMany("오늘의 뉴스 퀴즈 " + rules.quizzesPerDay()
                                + "문제를 모두 풀었습니다. 내일 새 퀴즈가 나옵니다.",
                        Duration.between(rules.now(), RewardRules.startOf(today.plusDays(1))));
            }
            var asked = new HashSet<>(jdbc.sql("select article_id from quiz where account_id = ?")
                    .param(readerId).query(Long.class).list());
            QuizMaker.Made made = maker.make(articles.latest(ArticleFilter.ALL, null, LATEST).items(), asked)
                    .orElseThrow(() -> new ClientErrorException(HttpStatus.CONFLICT,
                            "지금은 낼 수 있는 퀴즈가 없습니다. 새 기사가 올라오면 다시 도전해 주세요."));
            var keys = new GeneratedKeyHolder();
            jdbc.sql("""
                            insert into quiz (account_id, article_id, kst_day, question, choices, answer, issued_at)
                            values (?, ?, ?, ?, ?, ?, ?)""")
                    .params(readerId, made.article().id(), today, made.question(),
                            json.writeValueAsString(made.choices()), made.answer(), rules.now())
                    .update(keys, "id");
            return new Question(keys.getKeyAs(Long.class), made.question(), made.choices(),
                    rules.quizzesPerDay() - given - 1);
        });
    }

    public Result answer(long quizId, long readerId, Integer choice) {
        return transaction.execute(status -> {
            ledger.lock(readerId);
            Stored quiz = select("where id = ?", quizId).stream().findFirst()
                    .orElseThrow(() -> new NotFoundException("퀴즈를 찾을 수 없습니다."));
            if (quiz.accountId() != readerId) {
                throw new ClientErrorException(HttpStatus.FORBIDDEN, "다른 독자에게 낸 퀴즈에는 답할 수 없습니다.");
            }
            if (quiz.chosen() != null) {
                throw new ClientErrorException(HttpStatus.CONFLICT, "이미 답한 퀴즈입니다.");
            }
            if (choice == null || choice < 0 || choice >= quiz.choices().size()) {
                throw new BadRequestException("choice는 0에서 " + (quiz.choices().size() - 1) + " 사이의 번호여야 합니다.");
            }
            jdbc.sql("update quiz set chosen = ?, answered_at = ? where id = ?")
                    .params(choice, rules.now(), quizId).update();
            boolean correct = choice == quiz.answer();
            if (correct) {
                ledger.award(new Award(readerId, rules.quizPoints(), PointReason.QUIZ, quiz.question(), "quiz",
                        quizId, "quiz:" + quizId));
            }
            return result(quiz, choice);
        });
    }

    /** An answered question of the reader's, to show its result again. */
    public Optional<Result> answered(long quizId, long readerId) {
        return select("where id = ? and account_id = ? and chosen is not null", quizId, readerId).stream()
                .findFirst().map(quiz -> result(quiz, quiz.chosen()));
    }

    private Result result(Stored quiz, int chosen) {
        boolean correct = chosen == quiz.answer();
        String title = articles.find(quiz.articleId()).map(full -> full.article().title()).orElse("");
        return new Result(quiz.id(), correct, chosen, quiz.answer(), quiz.choices().get(quiz.answer()),
                correct ? rules.quizPoints() : 0, quiz.articleId(), title);
    }

    private Question question(Stored quiz, int remaining) {
        return new Question(quiz.id(), quiz.question(), quiz.choices(), remaining);
    }

    private int given(long readerId, LocalDate day) {
        return jdbc.sql("select count(*) from quiz where account_id = ? and kst_day = ?").params(readerId, day)
                .query(Integer.class).single();
    }

    private List<Stored> select(String where, Object... params) {
        return jdbc.sql("select * from quiz " + where).params(params)
                .query((rs, row) -> new Stored(rs.getLong("id"), rs.getLong("account_id"), rs.getLong("article_id"),
                        rs.getString("question"),
                        json.readValue(rs.getString("choices"), new TypeReference<List<String>>() { }),
                        rs.getInt("answer"), rs.getObject("chosen") == null ? null : rs.getInt("chosen")))
                .list();
    }
}
