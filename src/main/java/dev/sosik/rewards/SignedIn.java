package dev.sosik.rewards;

import dev.sosik.account.Reader;
import dev.sosik.web.ClientErrorException;

import org.springframework.http.HttpStatus;

/** Rewards pages are open to guests, but every reward belongs to a reader. */
public final class SignedIn {

    private SignedIn() {
    }

    public static long id(Reader reader) {
        if (reader == null) {
            throw new ClientErrorException(HttpStatus.UNAUTHORIZED, "로그인이 필요합니다.");
        }
        return reader.id();
    }
}
