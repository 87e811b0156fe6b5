package dev.sosik.rewards.points;

/**
 * Points to write to a reader's ledger, once: a second award with the same key changes nothing.
 *
 * @param amount positive for a credit, negative for a debit
 * @param key    the one reason this entry may exist, such as {@code read:7:42}
 */
public record Award(long accountId, int amount, PointReason reason, String description, String refType, Long refId,
                    String key) {
}
