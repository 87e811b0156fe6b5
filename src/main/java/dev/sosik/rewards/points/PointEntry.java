package dev.sosik.rewards.points;

import java.time.OffsetDateTime;

/**
 * One line of the ledger: a credit (positive amount, with its expiry) or a debit (negative amount).
 *
 * @param refType what the entry is about (article, poll, event, quiz, point_entry for an expiry), or null
 */
public record PointEntry(long id, int amount, PointReason reason, String description, String refType, Long refId,
                         OffsetDateTime createdAt, OffsetDateTime expiresAt) {

    public boolean isCredit() {
        return amount > 0;
    }
}
