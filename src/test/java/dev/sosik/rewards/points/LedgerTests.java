package dev.sosik.rewards.points;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;

import dev.sosik.DatabaseTest;
import dev.sosik.TestClock;
import dev.sosik.TestReaders;
import dev.sosik.web.ClientErrorException;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

@DatabaseTest
class LedgerTests {

    @Autowired
    Ledger ledger;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    TestClock clock;

    Award grant(long reader, int points, String key) {
        return new Award(reader, points, PointReason.ADMIN_GRANT, "테스트 지급", null, null, key);
    }

    @Test
    void anAwardWithAKeyAlreadyInTheLedgerChangesNothing() {
        long reader = TestReaders.inserted(jdbc);

        assertThat(ledger.award(grant(reader, 30, "test:once:" + reader))).isTrue();
        assertThat(ledger.award(grant(reader, 30, "test:once:" + reader))).isFalse();

        assertThat(ledger.balance(reader)).isEqualTo(30);
        assertThat(ledger.entries(reader, 10)).hasSize(1);
    }

    @Test
    void pointsExpireOldestFirstAfterTwelveMonthsOnce() {
        long reader = TestReaders.inserted(jdbc);
        ledger.award(grant(reader, 10, "test:old:" + reader));
        clock.advance(Duration.ofDays(180));
        ledger.award(grant(reader, 20, "test:new:" + reader));
        ledger.take(reader, 4, "테스트 회수", "test:take:" + reader);

        // the older credit gave the 4 points taken: 6 of it are left to expire, all 20 of the newer one stay
        assertThat(ledger.expiring(reader)).extracting(Ledger.Expiring::points).containsExactly(6, 20);
        clock.advance(Duration.ofDays(190));
        assertThat(ledger.expire(reader)).isEqualTo(6);
        assertThat(ledger.expire(reader)).isZero();
        ledger.expireAll();

        assertThat(ledger.balance(reader)).isEqualTo(20);
        assertThat(ledger.entries(reader, 10)).filteredOn(entry -> entry.reason() == PointReason.EXPIRY)
                .singleElement().extracting(PointEntry::amount).isEqualTo(-6);
        assertThat(ledger.check()).isEmpty();
    }

    @Test
    void takingMoreThanTheBalanceIsRefused() {
        long reader = TestReaders.inserted(jdbc);
        ledger.award(grant(reader, 5, "test:small:" + reader));

        assertThatThrownBy(() -> ledger.take(reader, 6, "너무 많이", "test:big:" + reader))
                .isInstanceOf(ClientErrorException.class).hasMessageContaining("잔액");
        assertThat(ledger.balance(reader)).isEqualTo(5);
    }

    @Test
    void theCheckCommandFindsACachedBalanceThatDisagreesWithTheLedger() {
        long reader = TestReaders.inserted(jdbc);
        ledger.award(grant(reader, 10, "test:check:" + reader));
        assertThat(run()).contains("불일치 0건");

        jdbc.sql("update point_balance set balance = balance + 1 where account_id = ?").param(reader).update();
        try {
            var out = new ByteArrayOutputStream();
            assertThat(PointsCommand.run(ledger, "check", new PrintStream(out, true, StandardCharsets.UTF_8)))
                    .isEqualTo(1);
            assertThat(out.toString(StandardCharsets.UTF_8))
                    .contains("계정 " + reader + ": 저장된 잔액 11점, 원장 합계 10점").contains("불일치 1건");
        } finally {
            jdbc.sql("update point_balance set balance = balance - 1 where account_id = ?").param(reader).update();
        }
        assertThat(run()).contains("불일치 0건");
    }

    private String run() {
        var out = new ByteArrayOutputStream();
        PointsCommand.run(ledger, "check", new PrintStream(out, true, StandardCharsets.UTF_8));
        return out.toString(StandardCharsets.UTF_8);
    }
}
