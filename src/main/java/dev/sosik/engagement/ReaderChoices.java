package dev.sosik.engagement;

import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * A reader's single choice on a target, such as a reaction on an article or a vote on a comment: made, changed or
 * withdrawn, with the per-choice totals moved in the same transaction so that they stay exact however many
 * readers choose at once. Table and column names come from the two uses below, never from input; a choice's code
 * names its totals column.
 */
final class ReaderChoices {

    record Tables(String choices, String target, String totals, String totalsKey) {
    }

    static final Tables REACTIONS = new Tables("reaction", "article_id", "article_counter", "article_id");
    static final Tables VOTES = new Tables("comment_vote", "comment_id", "comment", "id");

    private final JdbcClient jdbc;
    private final TransactionTemplate transaction;
    private final EngagementRules rules;
    private final Tables tables;

    ReaderChoices(JdbcClient jdbc, TransactionTemplate transaction, EngagementRules rules, Tables tables) {
        this.jdbc = jdbc;
        this.transaction = transaction;
        this.rules = rules;
        this.tables = tables;
    }

    Optional<String> of(long target, long reader) {
        return jdbc.sql("select type from " + tables.choices() + " where " + tables.target() + " = ?"
                        + " and account_id = ?")
                .params(target, reader).query(String.class).optional();
    }

    /** The reader's choices among the given targets. */
    Map<Long, String> of(long reader, Collection<Long> targets) {
        Map<Long, String> chosen = new HashMap<>();
        if (!targets.isEmpty()) {
            jdbc.sql("select " + tables.target() + ", type from " + tables.choices()
                            + " where account_id = :reader and " + tables.target() + " in (:targets)")
                    .param("reader", reader)
                    .param("targets", targets)
                    .query(rs -> {
                        chosen.put(rs.getLong(1), rs.getString(2));
                    });
        }
        return chosen;
    }

    /** Makes code the reader's choice on the target; null withdraws it. */
    void choose(long target, long reader, String code) {
        try {
            transaction.executeWithoutResult(status -> apply(target, reader, code));
        } catch (DuplicateKeyException e) {
            // the same reader's other request inserted first; now there is a row to change
            transaction.executeWithoutResult(status -> apply(target, reader, code));
        }
    }

    private void apply(long target, long reader, String code) {
        rules.requireActiveReader(reader);
        Optional<String> previous = jdbc.sql("select type from " + tables.choices() + " where "
                        + tables.target() + " = ? and account_id = ? for update")
                .params(target, reader).query(String.class).optional();
        if (previous.isPresent() && previous.get().equals(code)) {
            return;
        }
        if (code == null) {
            jdbc.sql("delete from " + tables.choices() + " where " + tables.target() + " = ? and account_id = ?")
                    .params(target, reader).update();
        } else if (previous.isEmpty()) {
            jdbc.sql("insert into " + tables.choices() + " (" + tables.target()
                            + ", account_id, type, chosen_at) values (?, ?, ?, ?)")
                    .params(target, reader, code, rules.now()).update();
        } else {
            jdbc.sql("update " + tables.choices() + " set type = ?, chosen_at = ? where " + tables.target()
                            + " = ? and account_id = ?")
                    .params(code, rules.now(), target, reader).update();
        }
        previous.ifPresent(old -> move(target, old, -1));
        if (code != null) {
            move(target, code, +1);
        }
    }

    private void move(long target, String code, int by) {
        jdbc.sql("update " + tables.totals() + " set " + code + " = " + code + " + ? where " + tables.totalsKey()
                        + " = ?")
                .params(by, target).update();
    }
}
