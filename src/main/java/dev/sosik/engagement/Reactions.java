package dev.sosik.engagement;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/** One reaction per reader and article, changeable and withdrawable; totals in article_counter stay exact. */
@Service
public class Reactions {

    private final JdbcClient jdbc;
    private final EngagementRules rules;
    private final ReaderChoices choices;

    Reactions(JdbcClient jdbc, TransactionTemplate transaction, EngagementRules rules) {
        this.jdbc = jdbc;
        this.rules = rules;
        this.choices = new ReaderChoices(jdbc, transaction, rules, ReaderChoices.REACTIONS);
    }

    /** The totals, with the reader's own reaction when a reader is given. */
    public ReactionCounts counts(long articleId, Long readerId) {
        return totals(articleId, mine(articleId, readerId));
    }

    /** Totals read a moment ago (with the article's other figures), with the reader's own reaction. */
    ReactionCounts withMine(ReactionCounts totals, long articleId, Long readerId) {
        return new ReactionCounts(totals.joy(), totals.cheer(), totals.disappointed(), totals.sad(),
                mine(articleId, readerId));
    }

    private ReactionType mine(long articleId, Long readerId) {
        return readerId == null ? null : choices.of(articleId, readerId).flatMap(ReactionType::of).orElse(null);
    }

    private ReactionCounts totals(long articleId, ReactionType mine) {
        return jdbc.sql("select joy, cheer, disappointed, sad from article_counter where article_id = ?")
                .param(articleId)
                .query((rs, row) -> new ReactionCounts(rs.getLong(1), rs.getLong(2), rs.getLong(3), rs.getLong(4),
                        mine))
                .optional()
                .orElse(new ReactionCounts(0, 0, 0, 0, null));
    }

    public ReactionCounts react(long articleId, long readerId, ReactionType type) {
        return choose(articleId, readerId, type);
    }

    public ReactionCounts withdraw(long articleId, long readerId) {
        return choose(articleId, readerId, null);
    }

    /** What a reaction button does: choose the reaction, or withdraw it when it is the one already chosen. */
    public ReactionCounts toggle(long articleId, long readerId, ReactionType type) {
        boolean chosen = choices.of(articleId, readerId).flatMap(ReactionType::of).orElse(null) == type;
        return choose(articleId, readerId, chosen ? null : type);
    }

    private ReactionCounts choose(long articleId, long readerId, ReactionType type) {
        rules.requirePublishedArticle(articleId);
        choices.choose(articleId, readerId, type == null ? null : type.code());
        // the reader's reaction is the one just chosen: no need to read it back
        return totals(articleId, type);
    }
}
