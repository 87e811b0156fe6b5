package dev.sosik.account;

import java.security.SecureRandom;
import java.util.Base64;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;

/**
 * Creates the first admin, login id {@code admin}, when there is none. Its password comes from
 * SOSIK_ADMIN_PASSWORD; on the embedded default without it, one is generated and printed once, at that first start.
 * It is created once the beans are ready (the schema migrated) and before the web server takes requests, so that a
 * sign-in as soon as the first page is served finds it.
 */
@Component
class AdminBootstrap implements SmartInitializingSingleton {

    static final String ADMIN_LOGIN_ID = "admin";
    private static final Logger log = LoggerFactory.getLogger(AdminBootstrap.class);

    private final Accounts accounts;
    private final PasswordEncoder encoder;
    private final String configuredPassword;
    private final boolean embedded;

    AdminBootstrap(Accounts accounts, PasswordEncoder encoder,
                   @Value("${sosik.admin-password:}") String configuredPassword,
                   @Value("${spring.datasource.url:}") String databaseUrl) {
        this.accounts = accounts;
        this.encoder = encoder;
        this.configuredPassword = configuredPassword;
        this.embedded = databaseUrl.startsWith("jdbc:h2:");
    }

    @Override
    public void afterSingletonsInstantiated() {
        if (accounts.findByLoginId(ADMIN_LOGIN_ID).isPresent()) {
            return;
        }
        if (!configuredPassword.isEmpty()) {
            accounts.add(ADMIN_LOGIN_ID, "관리자", encoder.encode(configuredPassword), Role.ADMIN);
            log.info("Created the admin account '{}' with the password from SOSIK_ADMIN_PASSWORD.", ADMIN_LOGIN_ID);
        } else if (embedded) {
            String generated = generatedPassword();
            accounts.add(ADMIN_LOGIN_ID, "관리자", encoder.encode(generated), Role.ADMIN);
            log.warn("""

                    ================================================================
                     Sosik created the admin account. Shown this once only:
                       login id: {}
                       password: {}
                     Set SOSIK_ADMIN_PASSWORD to choose it yourself on a new database.
                    ================================================================""",
                    ADMIN_LOGIN_ID, generated);
        } else {
            log.warn("No admin account: set SOSIK_ADMIN_PASSWORD and restart to create '{}'.", ADMIN_LOGIN_ID);
        }
    }

    private static String generatedPassword() {
        byte[] bytes = new byte[15];
        new SecureRandom().nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes) + "1!";
    }
}
