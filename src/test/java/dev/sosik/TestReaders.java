package dev.sosik;

import java.net.http.HttpResponse;
import java.time.OffsetDateTime;
import java.util.concurrent.atomic.AtomicInteger;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;

/** Readers for tests: each signs up through the API and stays signed in on its own {@link TestHttp}. */
public final class TestReaders {

    public static final String PASSWORD = "test-password-1";
    private static final AtomicInteger SEQUENCE = new AtomicInteger();

    private TestReaders() {
    }

    /** Syllables no two of which spell anything the abuse filter refuses (random Latin letters once did). */
    private static final String SYLLABLES = "가나다라마바아하호고";

    /**
     * A fresh nickname no other test uses in this run: plain syllables only, since digits could spell an insult
     * to the abuse filter ("18" reads as one in Korean), and so could random letters.
     */
    public static String freshNickname() {
        long n = System.nanoTime() / 1000 % 1_000_000 * 1000 + SEQUENCE.incrementAndGet() % 1000;
        var letters = new StringBuilder("독자");
        do {
            letters.append(SYLLABLES.charAt((int) (n % SYLLABLES.length())));
            n /= SYLLABLES.length();
        } while (n > 0 && letters.length() < 12);
        return letters.toString();
    }

    /** A fresh login id no other test uses in this run. */
    public static String freshId(String prefix) {
        return prefix + System.nanoTime() % 100_000_000 + "_" + SEQUENCE.incrementAndGet();
    }

    /**
     * A reader put straight into the table, for tests that need many readers acting through the services:
     * signing each up through the API would mostly measure bcrypt. Such a reader cannot sign in.
     */
    public static long inserted(JdbcClient jdbc) {
        var keys = new GeneratedKeyHolder();
        String id = freshId("t");
        jdbc.sql("insert into account (login_id, nickname, password_hash, created_at) values (?, ?, 'x', ?)")
                .params(id, freshNickname(), OffsetDateTime.now()).update(keys, "id");
        return keys.getKeyAs(Long.class);
    }

    /** Signs a new reader up (which signs them in) and returns the client that holds their session. */
    public static TestHttp signedUp(int port) {
        var http = new TestHttp(port);
        http.get("/api/v1/me");
        String id = freshId("r");
        String nickname = freshNickname();
        HttpResponse<String> created = http.json("POST", "/api/v1/accounts",
                "{\"login_id\":\"" + id + "\",\"nickname\":\"" + nickname + "\",\"password\":\"" + PASSWORD + "\"}");
        if (created.statusCode() != 201) {
            throw new AssertionError("sign-up answered " + created.statusCode() + ": " + created.body());
        }
        return http;
    }
}
