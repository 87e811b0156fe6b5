package dev.sosik.account;

import java.time.Duration;
import java.time.OffsetDateTime;

import dev.sosik.web.ClientErrorException;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Slows down password guessing: too many failed sign-ins for one login id, or from one address, within a window
 * refuse further attempts until the window has passed. Failures live in the database so that every instance counts
 * them together.
 */
@Component
class SignInThrottle {

    private final JdbcClient jdbc;
    private final int perAccount;
    private final int perAddress;
    private final Duration window;

    SignInThrottle(JdbcClient jdbc,
                   @Value("${sosik.sign-in.failures-per-account:5}") int perAccount,
                   @Value("${sosik.sign-in.failures-per-address:20}") int perAddress,
                   @Value("${sosik.sign-in.window:15m}") Duration window) {
        this.jdbc = jdbc;
        this.perAccount = perAccount;
        this.perAddress = perAddress;
        this.window = window;
    }

    /** Refuses with 429 while either limit is reached. */
    void check(String loginId, String address) {
        OffsetDateTime now = OffsetDateTime.now();
        OffsetDateTime since = now.minus(window);
        refuseIfReached("login_id", loginId, perAccount, since, now);
        refuseIfReached("address", address, perAddress, since, now);
    }

    void recordFailure(String loginId, String address) {
        jdbc.sql("insert into sign_in_failure (login_id, address, failed_at) values (?, ?, ?)")
                .params(loginId, address, OffsetDateTime.now())
                .update();
        jdbc.sql("delete from sign_in_failure where failed_at < ?").param(OffsetDateTime.now().minus(window))
                .update();
    }

    void clear(String loginId) {
        jdbc.sql("delete from sign_in_failure where login_id = ?").param(loginId).update();
    }

    private void refuseIfReached(String column, String value, int limit, OffsetDateTime since, OffsetDateTime now) {
        // column is one of two names fixed above, never input
        var failures = jdbc.sql("select failed_at from sign_in_failure where " + column + " = ? and failed_at >= ?"
                        + " order by failed_at desc")
                .params(value, since)
                .query(OffsetDateTime.class)
                .list();
        if (failures.size() >= limit) {
            OffsetDateTime oldestCounted = failures.get(limit - 1);
            Duration wait = Duration.between(now, oldestCounted.plus(window));
            long minutes = Math.max(1, (wait.toSeconds() + 59) / 60);
            throw ClientErrorException.tooMany(
                    "로그인 시도가 너무 많습니다. " + minutes + "분 후에 다시 시도해 주세요.", wait);
        }
    }
}
