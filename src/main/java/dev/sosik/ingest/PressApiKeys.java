package dev.sosik.ingest;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.Base64;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * The keys presses push articles with. A key is shown once when issued; only its SHA-256 is stored (a key is
 * 30 random bytes, so a fast hash is enough: there is nothing to guess from it).
 */
@Service
public class PressApiKeys {

    private static final String PREFIX = "sosik_";
    private final SecureRandom random = new SecureRandom();
    private final JdbcClient jdbc;
    private final Clock clock;

    PressApiKeys(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** A new key for the press; the only time the key itself exists outside the press's hands. */
    public String issue(long pressId) {
        byte[] secret = new byte[30];
        random.nextBytes(secret);
        String key = PREFIX + Base64.getUrlEncoder().withoutPadding().encodeToString(secret);
        jdbc.sql("insert into press_api_key (press_id, key_hash, key_prefix, created_at) values (?, ?, ?, ?)")
                .params(pressId, Sha256.hex(key), key.substring(0, 12), OffsetDateTime.now(clock))
                .update();
        return key;
    }

    /** The press a key belongs to, unless the key is unknown or revoked. */
    public Optional<Long> pressOf(String key) {
        if (key == null || !key.startsWith(PREFIX)) {
            return Optional.empty();
        }
        return jdbc.sql("select press_id from press_api_key where key_hash = ? and revoked_at is null")
                .param(Sha256.hex(key)).query(Long.class).optional();
    }

}
