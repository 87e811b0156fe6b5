package dev.sosik.rewards.reading;

import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;

import dev.sosik.article.Articles;
import dev.sosik.rewards.RewardRules;
import dev.sosik.rewards.points.Award;
import dev.sosik.rewards.points.Ledger;
import dev.sosik.rewards.points.PointReason;
import dev.sosik.web.BadRequestException;
import dev.sosik.web.ClientErrorException;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Points for reading a point news article: the page hands a signed reader a token, and a claim with it is paid
 * once the dwell time has passed on the server's clock, once per article and reader, within the daily cap.
 */
@Service
public class ReadingRewards {

    /** A token older than this is refused; reloading the page gives a fresh one. */
    static final Duration TOKEN_LIFETIME = Duration.ofHours(2);

    private final Articles articles;
    private final Ledger ledger;
    private final ReadingTokens tokens;
    private final RewardRules rules;
    private final TransactionTemplate transaction;

    ReadingRewards(Articles articles, Ledger ledger, ReadingTokens tokens, RewardRules rules,
                   TransactionTemplate transaction) {
        this.articles = articles;
        this.ledger = ledger;
        this.tokens = tokens;
        this.rules = rules;
        this.transaction = transaction;
    }

    /**
     * The box for the article's page, or null when the article pays no points: for a guest as the page shows the
     * article (point news or not), for a reader as the database has it now.
     */
    ReadingOffer offer(long articleId, boolean pointNewsAsShown, Long readerId) {
        if (!(readerId == null ? pointNewsAsShown : articles.isPointNews(articleId))) {
            return null;
        }
        boolean claimed = readerId != null && ledger.has(key(readerId, articleId));
        String token = readerId == null || claimed ? null
                : tokens.issue(readerId, articleId, rules.now().toInstant());
        return new ReadingOffer(articleId, rules.readPoints(), token, claimed, rules.readDwellSeconds());
    }

    public record Claimed(int points, int balance) {
    }

    public Claimed claim(long articleId, long readerId, String token) {
        ReadingTokens.Token read = tokens.verify(token);
        if (read.readerId() != readerId || read.articleId() != articleId) {
            throw new ClientErrorException(HttpStatus.FORBIDDEN, "다른 독자나 다른 기사에 발급된 포인트 토큰입니다.");
        }
        Instant now = rules.now().toInstant();
        if (read.issuedAt().plus(TOKEN_LIFETIME).isBefore(now)) {
            throw new BadRequestException("포인트 토큰이 만료되었습니다. 기사를 새로고침한 뒤 다시 읽어 주세요.");
        }
        Duration elapsed = Duration.between(read.issuedAt(), now);
        if (elapsed.getSeconds() < rules.readDwellSeconds()) {
            long wait = rules.readDwellSeconds() - Math.max(0, elapsed.getSeconds());
            throw new ClientErrorException(HttpStatus.CONFLICT,
                    "기사를 " + rules.readDwellSeconds() + "초 이상 읽어야 포인트를 받을 수 있습니다. " + wait
                            + "초 뒤에 다시 시도해 주세요.");
        }
        if (!articles.isPointNews(articleId)) {
            throw new BadRequestException("포인트 뉴스가 아닌 기사입니다.");
        }
        return transaction.execute(status -> pay(articleId, readerId));
    }

    private Claimed pay(long articleId, long readerId) {
        ledger.lock(readerId);
        String key = key(readerId, articleId);
        if (ledger.has(key)) {
            throw new ClientErrorException(HttpStatus.CONFLICT, "이미 포인트를 받은 기사입니다.");
        }
        OffsetDateTime dayStart = RewardRules.startOf(rules.today());
        int today = ledger.creditedSince(readerId, PointReason.READ, dayStart);
        if (today + rules.readPoints() > rules.readDailyCap()) {
            throw ClientErrorException.tooMany("오늘 받을 수 있는 읽기 포인트 " + rules.readDailyCap()
                            + "점을 모두 받았습니다. 내일(자정 이후) 다시 참여해 주세요.",
                    Duration.between(rules.now(), dayStart.plusDays(1)));
        }
        ledger.award(new Award(readerId, rules.readPoints(), PointReason.READ,
                articles.find(articleId).map(full -> full.article().title()).orElse("포인트 뉴스"),
                "article", articleId, key));
        return new Claimed(rules.readPoints(), ledger.balance(readerId));
    }

    private static String key(long readerId, long articleId) {
        return "read:" + readerId + ":" + articleId;
    }
}
