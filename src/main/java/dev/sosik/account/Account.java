package dev.sosik.account;

import java.time.OffsetDateTime;

/** A reader's account; the password hash never leaves {@link Accounts}. */
public record Account(long id, String loginId, String nickname, Role role, OffsetDateTime suspendedUntil,
                      OffsetDateTime createdAt) {

    public boolean isSuspendedAt(OffsetDateTime now) {
        return suspendedUntil != null && suspendedUntil.isAfter(now);
    }
}
