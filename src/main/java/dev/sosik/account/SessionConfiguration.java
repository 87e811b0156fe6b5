package dev.sosik.account;

import java.time.Duration;

import javax.sql.DataSource;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Primary;
import org.springframework.core.convert.support.GenericConversionService;
import org.springframework.core.serializer.support.DeserializingConverter;
import org.springframework.core.serializer.support.SerializingConverter;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.session.Session;
import org.springframework.session.SessionRepository;
import org.springframework.session.config.annotation.web.http.EnableSpringHttpSession;
import org.springframework.session.jdbc.JdbcIndexedSessionRepository;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Sessions live in the database (Spring Session JDBC, its tables made by the migrations), so that every instance
 * sees every session, and requests read them through {@link KeptSessions}. Spring Boot's own JDBC session set-up
 * steps back once a session repository is defined, so the database's repository is made here as it would make
 * it: the session timeout of {@code server.servlet.session.timeout}, attributes serialized with the application's
 * class loader, writes in a transaction of their own, expired sessions deleted every minute.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnWebApplication
@EnableSpringHttpSession
class SessionConfiguration {

    @Bean
    JdbcIndexedSessionRepository databaseSessions(DataSource dataSource, PlatformTransactionManager transactions,
                                                  @Value("${server.servlet.session.timeout:30m}") Duration timeout) {
        var writes = new TransactionTemplate(transactions);
        writes.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        var sessions = new JdbcIndexedSessionRepository(new JdbcTemplate(dataSource), writes);
        sessions.setDefaultMaxInactiveInterval(timeout);
        var conversions = new GenericConversionService();
        ClassLoader classes = SessionConfiguration.class.getClassLoader();
        conversions.addConverter(Object.class, byte[].class, new SerializingConverter());
        conversions.addConverter(byte[].class, Object.class, new DeserializingConverter(classes));
        sessions.setConversionService(conversions);
        return sessions;
    }

    @Bean
    @Primary
    @SuppressWarnings("unchecked")
    KeptSessions keptSessions(JdbcIndexedSessionRepository database,
                              @Value("${sosik.sessions.recheck:1s}") Duration recheck,
                              @Value("${sosik.sessions.access-write-every:1m}") Duration accessWrite,
                              @Value("${sosik.sessions.kept:100000}") long kept) {
        return new KeptSessions((SessionRepository<Session>) (SessionRepository<?>) database, recheck, accessWrite,
                kept);
    }

    /** Deletes the sessions that expired unused, as Spring Session's own set-up does. */
    @Bean
    ExpiredSessions expiredSessions(JdbcIndexedSessionRepository database) {
        return new ExpiredSessions(database);
    }

    record ExpiredSessions(JdbcIndexedSessionRepository database) {

        @Scheduled(cron = "${sosik.sessions.cleanup-cron:0 * * * * *}")
        void delete() {
            database.cleanUpExpiredSessions();
        }
    }
}
