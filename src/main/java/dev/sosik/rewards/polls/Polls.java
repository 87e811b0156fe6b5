package dev.sosik.rewards.polls;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import dev.sosik.rewards.RewardRules;
import dev.sosik.rewards.points.Award;
import dev.sosik.rewards.points.Ledger;
import dev.sosik.rewards.points.PointReason;
import dev.sosik.web.BadRequestException;
import dev.sosik.web.ClientErrorException;
import dev.sosik.web.NotFoundException;

import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/** Polls: admins create them, signed-in readers vote once each and earn points for it. */
@Service
public class Polls {

    static final String NOT_FOUND = "투표를 찾을 수 없습니다.";

    private final JdbcClient jdbc;
    private final TransactionTemplate transaction;
    private final Ledger ledger;
    private final RewardRules rules;

    Polls(JdbcClient jdbc, TransactionTemplate transaction, Ledger ledger, RewardRules rules) {
        this.jdbc = jdbc;
        this.transaction = transaction;
        this.ledger = ledger;
        this.rules = rules;
    }

    /** What an admin asks for; checked by {@link #create}. */
    public record NewPoll(String question, List<String> options, OffsetDateTime opensAt, OffsetDateTime closesAt,
                          Long articleId, Boolean resultsBeforeClose, LocalDate electionDate) {
    }

    public long create(NewPoll poll) {
        String question = poll.question() == null ? "" : poll.question().strip();
        List<String> options = (poll.options() == null ? List.<String>of() : poll.options()).stream()
                .map(String::strip).filter(text -> !text.isEmpty()).toList();
        Map<String, String> errors = new LinkedHashMap<>();
        if (question.isEmpty() || question.length() > 200) {
            errors.put("question", "질문은 1자에서 200자 사이로 입력해 주세요.");
        }
        if (options.size() < 2 || options.size() > 6 || options.stream().anyMatch(text -> text.length() > 100)) {
            errors.put("options", "선택지는 2개에서 6개까지, 각각 100자 이내로 입력해 주세요.");
        } else if (options.stream().distinct().count() < options.size()) {
            errors.put("options", "같은 선택지가 두 번 있습니다.");
        }
        if (poll.opensAt() == null || poll.closesAt() == null || !poll.closesAt().isAfter(poll.opensAt())) {
            errors.put("closes_at", "마감 시각은 시작 시각보다 뒤여야 합니다.");
        }
        if (poll.articleId() != null && jdbc.sql("select count(*) from article where id = ?")
                .param(poll.articleId()).query(Long.class).single() == 0) {
            errors.put("article_id", "연결할 기사를 찾을 수 없습니다.");
        }
        if (!errors.isEmpty()) {
            throw new BadRequestException(String.join(" ", errors.values()), errors);
        }
        return transaction.execute(status -> {
            var keys = new GeneratedKeyHolder();
            jdbc.sql("""
                            insert into poll (question, opens_at, closes_at, article_id, results_before_close,
                                              election_date, created_at)
                            values (?, ?, ?, ?, ?, ?, ?)""")
                    .params(question, poll.opensAt(), poll.closesAt(), poll.articleId(),
                            Boolean.TRUE.equals(poll.resultsBeforeClose()), poll.electionDate(), rules.now())
                    .update(keys, "id");
            long id = keys.getKeyAs(Long.class);
            for (int i = 0; i < options.size(); i++) {
                jdbc.sql("insert into poll_option (poll_id, position, text) values (?, ?, ?)")
                        .params(id, i, options.get(i)).update();
            }
            return id;
        });
    }

    /** Polls that have opened: open ones first (closing soonest first), then closed ones, newest first. */
    public List<Poll> opened() {
        OffsetDateTime now = rules.now();
        return select("where p.opens_at <= ? order by case when p.closes_at > ? then 0 else 1 end,"
                + " case when p.closes_at > ? then p.closes_at end, p.closes_at desc, p.id desc", now, now, now);
    }

    public Optional<Poll> find(long id) {
        return select("where p.id = ?", id).stream().findFirst();
    }

    /** The option the reader voted for, if any. */
    public Optional<Long> vote(long pollId, long readerId) {
        return jdbc.sql("select option_id from poll_vote where poll_id = ? and account_id = ?")
                .params(pollId, readerId).query(Long.class).optional();
    }

    /** Records the reader's vote and pays for it; a second vote, a closed poll or a foreign option is refused. */
    public Poll vote(long pollId, long readerId, long optionId) {
        transaction.executeWithoutResult(status -> {
            Poll poll = find(pollId).orElseThrow(() -> new NotFoundException(NOT_FOUND));
            switch (poll.statusAt(rules.now())) {
                case UPCOMING -> throw new ClientErrorException(HttpStatus.CONFLICT, "아직 시작하지 않은 투표입니다.");
                case CLOSED -> throw new ClientErrorException(HttpStatus.CONFLICT, "마감된 투표입니다.");
                case OPEN -> { }
            }
            if (poll.options().stream().noneMatch(option -> option.id() == optionId)) {
                throw new BadRequestException("이 투표에 없는 선택지입니다.");
            }
            ledger.lock(readerId);
            if (vote(pollId, readerId).isPresent()) {
                throw new ClientErrorException(HttpStatus.CONFLICT, "이미 투표했습니다. 투표는 바꿀 수 없습니다.");
            }
            jdbc.sql("insert into poll_vote (poll_id, account_id, option_id, voted_at) values (?, ?, ?, ?)")
                    .params(pollId, readerId, optionId, rules.now()).update();
            jdbc.sql("update poll_option set votes = votes + 1 where id = ?").param(optionId).update();
            ledger.award(new Award(readerId, rules.pollPoints(), PointReason.POLL, poll.question(), "poll", pollId,
                    "poll:" + pollId + ":" + readerId));
        });
        return find(pollId).orElseThrow();
    }

    private List<Poll> select(String where, Object... params) {
        List<Poll> polls = jdbc.sql("""
                        select p.*, a.title as article_title from poll p
                        left join article a on a.id = p.article_id
                        """ + where)
                .params(params)
                .query((rs, row) -> new Poll(rs.getLong("id"), rs.getString("question"),
                        rs.getObject("opens_at", OffsetDateTime.class), rs.getObject("closes_at", OffsetDateTime.class),
                        rs.getObject("article_id") == null ? null : rs.getLong("article_id"),
                        rs.getString("article_title"), rs.getBoolean("results_before_close"),
                        rs.getObject("election_date", LocalDate.class), new ArrayList<>()))
                .list();
        if (polls.isEmpty()) {
            return polls;
        }
        Map<Long, Poll> byId = new LinkedHashMap<>();
        polls.forEach(poll -> byId.put(poll.id(), poll));
        jdbc.sql("select * from poll_option where poll_id in (:ids) order by position")
                .param("ids", byId.keySet())
                .query(rs -> {
                    byId.get(rs.getLong("poll_id")).options().add(
                            new PollOption(rs.getLong("id"), rs.getString("text"), rs.getInt("votes")));
                });
        return polls;
    }
}
