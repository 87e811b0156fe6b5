package dev.sosik.engagement;

import java.time.Clock;
import java.time.OffsetDateTime;

import dev.sosik.web.ClientErrorException;
import dev.sosik.web.Kst;
import dev.sosik.web.NotFoundException;

import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The checks every reaction, vote, comment and report starts with: the article exists, the reader may act. */
@Component
class EngagementRules {

    private final JdbcClient jdbc;
    private final Clock clock;

    EngagementRules(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    OffsetDateTime now() {
        return OffsetDateTime.now(clock);
    }

    void requirePublishedArticle(long articleId) {
        long found = jdbc.sql("select count(*) from article where id = ? and status = 'published'")
                .param(articleId).query(Long.class).single();
        if (found == 0) {
            throw new NotFoundException("기사를 찾을 수 없습니다. 삭제되었거나 주소가 잘못되었습니다.");
        }
    }

    /**
     * Refuses a suspended reader. Called inside the writing transaction, it also locks the reader's account row,
     * so that one reader's concurrent writes are checked one after another and no limit can be raced past.
     */
    void requireActiveReader(long accountId) {
        OffsetDateTime suspendedUntil = jdbc.sql("select suspended_until from account where id = ? for update")
                .param(accountId)
                .query((rs, row) -> rs.getObject(1, OffsetDateTime.class))
                .optional()
                .orElse(null);
        if (suspendedUntil != null && suspendedUntil.isAfter(now())) {
            throw new ClientErrorException(HttpStatus.FORBIDDEN,
                    "운영 원칙 위반으로 " + Kst.dateTime(suspendedUntil) + "까지 활동이 제한된 계정입니다.");
        }
    }
}
