package dev.sosik.account;

import java.io.Serializable;

/** The signed-in reader, as kept in the session (never the password). */
public record Reader(long id, String loginId, String nickname, Role role) implements Serializable {

    static Reader of(Account account) {
        return new Reader(account.id(), account.loginId(), account.nickname(), account.role());
    }

    public boolean isAdmin() {
        return role == Role.ADMIN;
    }
}
