package dev.sosik.rewards.reading;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.time.Instant;
import java.util.Base64;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import dev.sosik.web.BadRequestException;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Signed reading tokens: {@code reader.article.issued-millis.nonce.HMAC-SHA256}. The secret is
 * {@code SOSIK_REWARDS_SECRET} when set, otherwise one generated at first use and kept in the database, so every
 * instance accepts the tokens of every other.
 */
@Component
class ReadingTokens {

    static final String FORGED = "포인트 토큰이 올바르지 않습니다. 기사를 새로고침한 뒤 다시 시도해 주세요.";
    private static final String SETTING = "reading_token_secret";
    private static final SecureRandom RANDOM = new SecureRandom();

    record Token(long readerId, long articleId, Instant issuedAt, String nonce) {
    }

    private final JdbcClient jdbc;
    private final String configured;
    private volatile byte[] secret;

    ReadingTokens(JdbcClient jdbc, @Value("${sosik.rewards.secret:}") String configured) {
        this.jdbc = jdbc;
        this.configured = configured;
    }

    String issue(long readerId, long articleId, Instant now) {
        String payload = readerId + "." + articleId + "." + now.toEpochMilli() + "." + randomText(12);
        return payload + "." + sign(payload);
    }

    /** The token's contents, once its signature is proven; a forged or malformed token is refused. */
    Token verify(String token) {
        String[] parts = token == null ? new String[0] : token.split("\\.");
        if (parts.length != 5) {
            throw new BadRequestException(FORGED);
        }
        String payload = String.join(".", parts[0], parts[1], parts[2], parts[3]);
        if (!MessageDigest.isEqual(sign(payload).getBytes(StandardCharsets.US_ASCII),
                parts[4].getBytes(StandardCharsets.US_ASCII))) {
            throw new BadRequestException(FORGED);
        }
        try {
            return new Token(Long.parseLong(parts[0]), Long.parseLong(parts[1]),
                    Instant.ofEpochMilli(Long.parseLong(parts[2])), parts[3]);
        } catch (NumberFormatException e) {
            throw new BadRequestException(FORGED);
        }
    }

    private String sign(String payload) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret(), "HmacSHA256"));
            return Base64.getUrlEncoder().withoutPadding()
                    .encodeToString(mac.doFinal(payload.getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HMAC-SHA256 is part of every JDK", e);
        }
    }

    private byte[] secret() {
        if (secret == null) {
            secret = (configured.isBlank() ? stored() : configured).getBytes(StandardCharsets.UTF_8);
        }
        return secret;
    }

    private String stored() {
        String found = jdbc.sql("select setting_value from rewards_setting where name = ?").param(SETTING)
                .query(String.class).optional().orElse(null);
        if (found != null) {
            return found;
        }
        try {
            jdbc.sql("insert into rewards_setting (name, setting_value) values (?, ?)").params(SETTING, randomText(32))
                    .update();
        } catch (DuplicateKeyException e) {
            // another instance stored its secret first: use that one
        }
        return jdbc.sql("select setting_value from rewards_setting where name = ?").param(SETTING).query(String.class)
                .single();
    }

    private static String randomText(int bytes) {
        byte[] random = new byte[bytes];
        RANDOM.nextBytes(random);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(random);
    }
}
