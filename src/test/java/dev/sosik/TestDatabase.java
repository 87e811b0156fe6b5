package dev.sosik;

import java.sql.DriverManager;
import java.sql.SQLException;

import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.jupiter.api.extension.ExecutionCondition;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.springframework.boot.flyway.autoconfigure.FlywayMigrationStrategy;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.web.server.servlet.context.ServletWebServerInitializedEvent;
import org.springframework.context.ApplicationListener;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfilesResolver;

/**
 * Chooses the database of a {@link DatabaseTest}: profile test-h2 or test-postgres. When PostgreSQL is wanted but
 * not reachable, the tests are skipped with a message saying how to start it, except in CI, where they fail.
 */
public class TestDatabase implements ActiveProfilesResolver, ExecutionCondition {

    static final String POSTGRES_URL = "jdbc:postgresql://127.0.0.1:5432/test";
    private static final String START_POSTGRES =
            "pg_ctlcluster --skip-systemctl-redirect $(ls /etc/postgresql) main start";

    private static volatile String postgresProblem;
    private static volatile boolean postgresChecked;

    static String which() {
        return System.getProperty("sosik.test.db", "h2");
    }

    /** Whether this run keeps views, visitor marks and rankings in Redis (the redis-test execution, see pom.xml). */
    public static boolean redis() {
        return Boolean.getBoolean("sosik.test.redis");
    }

    @Override
    public String[] resolve(Class<?> testClass) {
        return redis() ? new String[] {"test-" + which(), "test-redis"} : new String[] {"test-" + which()};
    }

    @Override
    public ConditionEvaluationResult evaluateExecutionCondition(ExtensionContext context) {
        if (!which().equals("postgres")) {
            return ConditionEvaluationResult.enabled("H2");
        }
        String problem = postgresProblem();
        if (problem == null) {
            return redis() ? TestRedis.condition() : ConditionEvaluationResult.enabled("PostgreSQL is reachable");
        }
        String message = "PostgreSQL at 127.0.0.1:5432 (database test, user postgres) is not reachable: " + problem
                + ". Start it with: " + START_POSTGRES;
        if ("true".equals(System.getenv("CI"))) {
            throw new IllegalStateException(message);
        }
        return ConditionEvaluationResult.disabled(message);
    }

    private static synchronized String postgresProblem() {
        if (!postgresChecked) {
            DriverManager.setLoginTimeout(5);
            try (var ignored = DriverManager.getConnection(POSTGRES_URL, "postgres", "")) {
                postgresProblem = null;
            } catch (SQLException e) {
                postgresProblem = e.getMessage();
            }
            postgresChecked = true;
        }
        return postgresProblem;
    }

    /**
     * Every run starts from an empty schema, so what a test sees is what the migrations and the demo make; and the
     * application's clock is one tests can move.
     */
    @TestConfiguration(proxyBeanMethods = false)
    static class FreshSchema {

        @Bean
        @Primary
        TestClock testClock() {
            return new TestClock();
        }

        @Bean
        FlywayMigrationStrategy cleanThenMigrate() {
            return flyway -> {
                flyway.clean();
                flyway.migrate();
            };
        }

        @Bean
        AtWebServerStart atWebServerStart(JdbcClient jdbc) {
            return new AtWebServerStart(jdbc);
        }
    }

    /** How many articles the database held when the web server started to take requests. */
    public static final class AtWebServerStart implements ApplicationListener<ServletWebServerInitializedEvent> {

        private final JdbcClient jdbc;
        private volatile long articles = -1;

        AtWebServerStart(JdbcClient jdbc) {
            this.jdbc = jdbc;
        }

        @Override
        public void onApplicationEvent(ServletWebServerInitializedEvent event) {
            articles = jdbc.sql("select count(*) from article").query(Long.class).single();
        }

        public long articles() {
            return articles;
        }
    }
}
