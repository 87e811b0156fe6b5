package dev.sosik.account;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.Optional;

import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

/** Readers' accounts. */
@Repository
public class Accounts {

    private static final String COLUMNS = "select id, login_id, nickname, role, suspended_until, created_at from account";

    private static final RowMapper<Account> ACCOUNT = Accounts::account;

    private final JdbcClient jdbc;

    Accounts(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public Optional<Account> find(long id) {
        return jdbc.sql(COLUMNS + " where id = ?").param(id).query(ACCOUNT).optional();
    }

    public Optional<Account> findByNickname(String nickname) {
        return jdbc.sql(COLUMNS + " where nickname = ?").param(nickname).query(ACCOUNT).optional();
    }

    public Optional<Account> findByLoginId(String loginId) {
        return jdbc.sql(COLUMNS + " where login_id = ?").param(loginId).query(ACCOUNT).optional();
    }

    /** The password hash of a login id, for authentication only. */
    Optional<String> passwordHash(String loginId) {
        return jdbc.sql("select password_hash from account where login_id = ?").param(loginId)
                .query(String.class).optional();
    }

    boolean loginIdTaken(String loginId) {
        return jdbc.sql("select count(*) from account where login_id = ?").param(loginId)
                .query(Long.class).single() > 0;
    }

    boolean nicknameTaken(String nickname) {
        return jdbc.sql("select count(*) from account where nickname = ?").param(nickname)
                .query(Long.class).single() > 0;
    }

    Account add(String loginId, String nickname, String passwordHash, Role role) {
        var keys = new GeneratedKeyHolder();
        jdbc.sql("insert into account (login_id, nickname, password_hash, role, created_at) values (?, ?, ?, ?, ?)")
                .params(loginId, nickname, passwordHash, role.dbValue(), OffsetDateTime.now())
                .update(keys, "id");
        return find(keys.getKeyAs(Long.class)).orElseThrow();
    }

    /** Suspends an account until the given time; null lifts a suspension. */
    public void suspend(long id, OffsetDateTime until) {
        jdbc.sql("update account set suspended_until = ? where id = ?").params(until, id).update();
    }

    private static Account account(ResultSet rs, int row) throws SQLException {
        return new Account(rs.getLong("id"), rs.getString("login_id"), rs.getString("nickname"),
                Role.of(rs.getString("role")), rs.getObject("suspended_until", OffsetDateTime.class),
                rs.getObject("created_at", OffsetDateTime.class));
    }
}
