package dev.sosik.rewards.points;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A reader's credits as lots, replayed from the ledger in order: every debit takes from the oldest lot still
 * valid at its time, an expiry debit empties the lot it names. What is left in each lot is what can still be
 * spent, and what expires when.
 */
final class Lots {

    /** A credit and the points left of it. */
    record Lot(long creditId, OffsetDateTime expiresAt, int remaining) {
    }

    private final Map<Long, int[]> remaining = new LinkedHashMap<>();
    private final Map<Long, OffsetDateTime> expiries = new LinkedHashMap<>();
    private int uncovered;

    /** Entries oldest first, as the ledger keeps them. */
    static Lots replay(List<PointEntry> entries) {
        var lots = new Lots();
        entries.forEach(lots::apply);
        return lots;
    }

    private void apply(PointEntry entry) {
        if (entry.isCredit()) {
            remaining.put(entry.id(), new int[] {entry.amount()});
            expiries.put(entry.id(), entry.expiresAt());
        } else if (entry.reason() == PointReason.EXPIRY) {
            remaining.get(entry.refId())[0] += entry.amount();
        } else {
            take(-entry.amount(), entry.createdAt());
        }
    }

    private void take(int points, OffsetDateTime at) {
        int left = points;
        for (var lot : remaining.entrySet()) {
            OffsetDateTime expiresAt = expiries.get(lot.getKey());
            if (left == 0) {
                break;
            }
            if (expiresAt != null && !expiresAt.isAfter(at)) {
                continue;
            }
            int taken = Math.min(left, lot.getValue()[0]);
            lot.getValue()[0] -= taken;
            left -= taken;
        }
        uncovered += left;
    }

    /** Lots with points left, oldest first. */
    List<Lot> open() {
        List<Lot> open = new ArrayList<>();
        remaining.forEach((id, left) -> {
            if (left[0] > 0) {
                open.add(new Lot(id, expiries.get(id), left[0]));
            }
        });
        return open;
    }

    /** Lots with points left whose expiry has come by the given time. */
    List<Lot> expiredBy(OffsetDateTime now) {
        return open().stream().filter(lot -> lot.expiresAt() != null && !lot.expiresAt().isAfter(now)).toList();
    }

    /** Points debited with no lot to take them from: never more than zero in a sound ledger. */
    int uncovered() {
        return uncovered;
    }
}
