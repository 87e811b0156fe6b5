package dev.sosik.rewards.points;

import java.time.OffsetDateTime;
import java.util.List;

import dev.sosik.web.Kst;

/** A reader's points as the my-points page and {@code GET /api/v1/me/points} show them. */
public record MyPoints(int balance, List<EntryJson> entries, List<ExpiringJson> expiring, int expiryMonths) {

    public record EntryJson(long id, int amount, String reason, String reasonLabel, String description,
                            OffsetDateTime createdAt, OffsetDateTime expiresAt) {

        static EntryJson of(PointEntry entry) {
            return new EntryJson(entry.id(), entry.amount(), entry.reason().code(), entry.reason().label(),
                    entry.description(), Kst.offset(entry.createdAt()), Kst.offset(entry.expiresAt()));
        }

        /** {@code +10} or {@code -5}, as the history shows it. */
        public String signed() {
            return amount > 0 ? "+" + amount : Integer.toString(amount);
        }
    }

    public record ExpiringJson(int points, OffsetDateTime expiresAt) {
    }
}
