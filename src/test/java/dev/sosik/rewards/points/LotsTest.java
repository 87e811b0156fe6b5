package dev.sosik.rewards.points;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;

import org.junit.jupiter.api.Test;

class LotsTest {

    static final OffsetDateTime START = OffsetDateTime.of(2025, 1, 1, 0, 0, 0, 0, ZoneOffset.UTC);

    static PointEntry credit(long id, int amount, int month) {
        OffsetDateTime at = START.plusMonths(month);
        return new PointEntry(id, amount, PointReason.READ, "", null, null, at, at.plusMonths(12));
    }

    static PointEntry debit(long id, int amount, int month) {
        return new PointEntry(id, -amount, PointReason.ADMIN_TAKE, "", null, null, START.plusMonths(month), null);
    }

    @Test
    void debitsTakeFromTheOldestCreditFirst() {
        Lots lots = Lots.replay(List.of(credit(1, 10, 0), credit(2, 10, 3), debit(3, 15, 4)));

        assertThat(lots.open()).containsExactly(new Lots.Lot(2, START.plusMonths(15), 5));
        assertThat(lots.uncovered()).isZero();
    }

    @Test
    void whatIsLeftOfACreditExpiresAfterItsTimeAndOnlyThat() {
        Lots lots = Lots.replay(List.of(credit(1, 10, 0), debit(2, 4, 1), credit(3, 20, 6)));

        assertThat(lots.expiredBy(START.plusMonths(12).minusSeconds(1))).isEmpty();
        assertThat(lots.expiredBy(START.plusMonths(12))).containsExactly(new Lots.Lot(1, START.plusMonths(12), 6));
    }

    @Test
    void anExpiryEntryEmptiesItsCreditAndLaterDebitsSkipExpiredCredits() {
        PointEntry expiry = new PointEntry(3, -10, PointReason.EXPIRY, "", "point_entry", 1L, START.plusMonths(13),
                null);
        Lots lots = Lots.replay(List.of(credit(1, 10, 0), credit(2, 10, 6), expiry, debit(4, 5, 14)));

        assertThat(lots.open()).containsExactly(new Lots.Lot(2, START.plusMonths(18), 5));
    }

    @Test
    void aDebitBeyondEveryCreditIsReported() {
        assertThat(Lots.replay(List.of(credit(1, 10, 0), debit(2, 12, 1))).uncovered()).isEqualTo(2);
    }
}
