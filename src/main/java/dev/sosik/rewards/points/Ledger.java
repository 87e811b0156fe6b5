package dev.sosik.rewards.points;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;

import dev.sosik.rewards.RewardRules;
import dev.sosik.web.ClientErrorException;

import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The points ledger. Entries are only ever added; the balance is their sum, cached in point_balance in the same
 * transaction (and proven by {@link #check()}). One account's writes are put in a row by locking its balance row,
 * so an idempotency key checked inside that lock can never be paid twice, whatever arrives at once.
 */
@Service
public class Ledger {

    private static final RowMapper<PointEntry> ENTRY = (rs, row) -> new PointEntry(
            rs.getLong("id"), rs.getInt("amount"), PointReason.of(rs.getString("reason")),
            rs.getString("description"), rs.getString("ref_type"),
            rs.getObject("ref_id") == null ? null : rs.getLong("ref_id"),
            rs.getObject("created_at", OffsetDateTime.class), rs.getObject("expires_at", OffsetDateTime.class));

    private final JdbcClient jdbc;
    private final TransactionTemplate transaction;
    private final RewardRules rules;

    Ledger(JdbcClient jdbc, TransactionTemplate transaction, RewardRules rules) {
        this.jdbc = jdbc;
        this.transaction = transaction;
        this.rules = rules;
    }

    /**
     * Writes the award unless its key is already in the ledger; true when written. Joins the caller's transaction,
     * so a vote and its points are kept or lost together.
     */
    public boolean award(Award award) {
        return transaction.execute(status -> {
            lock(award.accountId());
            if (has(award.key())) {
                return false;
            }
            write(award, rules.now());
            return true;
        });
    }

    /** True when an entry with this key exists. */
    public boolean has(String key) {
        return jdbc.sql("select count(*) from point_entry where idempotency_key = ?").param(key)
                .query(Long.class).single() > 0;
    }

    /**
     * Takes points from a reader (an admin's correction): expired lots are written off first, and no more than
     * the balance can be taken.
     */
    public void take(long accountId, int points, String description, String key) {
        transaction.executeWithoutResult(status -> {
            lock(accountId);
            expire(accountId, rules.now());
            int balance = balance(accountId);
            if (points > balance) {
                throw new ClientErrorException(HttpStatus.CONFLICT,
                        "회수할 포인트(" + points + "점)가 잔액(" + balance + "점)보다 많습니다.");
            }
            if (!has(key)) {
                write(new Award(accountId, -points, PointReason.ADMIN_TAKE, description, null, null, key),
                        rules.now());
            }
        });
    }

    /** The cached sum of the reader's entries ({@link #check()} proves it agrees with the ledger). */
    public int balance(long accountId) {
        return jdbc.sql("select balance from point_balance where account_id = ?").param(accountId)
                .query(Integer.class).optional().orElse(0);
    }

    /** Points of one reason credited from a given time on (daily caps). */
    public int creditedSince(long accountId, PointReason reason, OffsetDateTime since) {
        return jdbc.sql("""
                        select coalesce(sum(amount), 0) from point_entry
                        where account_id = ? and reason = ? and amount > 0 and created_at >= ?""")
                .params(accountId, reason.code(), since).query(Integer.class).single();
    }

    /** The reader's entries, newest first. */
    public List<PointEntry> entries(long accountId, int limit) {
        return jdbc.sql("select * from point_entry where account_id = ? order by created_at desc, id desc limit ?")
                .params(accountId, limit).query(ENTRY).list();
    }

    /** What expires next: the lots with points left, soonest first. */
    public List<Expiring> expiring(long accountId) {
        return Lots.replay(oldestFirst(accountId)).open().stream()
                .filter(lot -> lot.expiresAt() != null)
                .map(lot -> new Expiring(lot.remaining(), lot.expiresAt()))
                .toList();
    }

    public record Expiring(int points, OffsetDateTime expiresAt) {
    }

    /** Writes off the reader's expired points (idempotent: one expiry entry per credit). */
    public int expire(long accountId) {
        return transaction.execute(status -> {
            lock(accountId);
            return expire(accountId, rules.now());
        });
    }

    /** Writes off everyone's expired points; the number of points written off. */
    public int expireAll() {
        List<Long> due = jdbc.sql("""
                        select distinct e.account_id from point_entry e
                        join point_balance b on b.account_id = e.account_id
                        where e.amount > 0 and e.expires_at <= ? and b.balance > 0""")
                .param(rules.now()).query(Long.class).list();
        return due.stream().mapToInt(this::expire).sum();
    }

    /** Every account whose cached balance or lots disagree with its ledger. */
    public List<String> check() {
        List<String> problems = new ArrayList<>();
        jdbc.sql("""
                        select b.account_id, b.balance, coalesce(sum(e.amount), 0) as total
                        from point_balance b left join point_entry e on e.account_id = b.account_id
                        group by b.account_id, b.balance
                        having b.balance <> coalesce(sum(e.amount), 0)""")
                .query(rs -> {
                    problems.add("계정 " + rs.getLong(1) + ": 저장된 잔액 " + rs.getInt(2) + "점, 원장 합계 "
                            + rs.getInt(3) + "점");
                });
        jdbc.sql("""
                        select distinct e.account_id from point_entry e
                        where not exists (select 1 from point_balance b where b.account_id = e.account_id)""")
                .query(Long.class).list()
                .forEach(account -> problems.add("계정 " + account + ": 원장에 기록이 있지만 잔액이 없습니다"));
        for (long account : jdbc.sql("select account_id from point_balance").query(Long.class).list()) {
            int uncovered = Lots.replay(oldestFirst(account)).uncovered();
            if (uncovered > 0) {
                problems.add("계정 " + account + ": 차감 " + uncovered + "점이 남은 적립에서 나가지 않았습니다");
            }
        }
        return problems;
    }

    public long accounts() {
        return jdbc.sql("select count(*) from point_balance").query(Long.class).single();
    }

    private int expire(long accountId, OffsetDateTime now) {
        int expired = 0;
        for (Lots.Lot lot : Lots.replay(oldestFirst(accountId)).expiredBy(now)) {
            write(new Award(accountId, -lot.remaining(), PointReason.EXPIRY, "유효기간이 지난 포인트",
                    "point_entry", lot.creditId(), "expire:" + lot.creditId()), now);
            expired += lot.remaining();
        }
        return expired;
    }

    private List<PointEntry> oldestFirst(long accountId) {
        return jdbc.sql("select * from point_entry where account_id = ? order by created_at, id")
                .param(accountId).query(ENTRY).list();
    }

    /**
     * Puts the account's ledger writes in a row for the rest of the caller's transaction (locking its account
     * row), so that what is checked next (a key, a daily cap) cannot change before the entry is written.
     */
    public void lock(long accountId) {
        jdbc.sql("select id from account where id = ? for update").param(accountId).query(Long.class).single();
        if (jdbc.sql("select balance from point_balance where account_id = ?").param(accountId)
                .query(Integer.class).optional().isEmpty()) {
            jdbc.sql("insert into point_balance (account_id, balance) values (?, 0)").param(accountId).update();
        }
    }

    private void write(Award award, OffsetDateTime now) {
        jdbc.sql("""
                        insert into point_entry (account_id, amount, reason, description, ref_type, ref_id,
                                                 idempotency_key, created_at, expires_at)
                        values (?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(award.accountId(), award.amount(), award.reason().code(),
                        award.description().length() > 200 ? award.description().substring(0, 199) + "…"
                                : award.description(),
                        award.refType(), award.refId(), award.key(), now,
                        award.amount() > 0 ? rules.expiryOf(now) : null)
                .update();
        jdbc.sql("update point_balance set balance = balance + ? where account_id = ?")
                .params(award.amount(), award.accountId()).update();
    }
}
