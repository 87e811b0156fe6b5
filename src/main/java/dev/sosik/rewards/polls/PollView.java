package dev.sosik.rewards.polls;

import java.time.OffsetDateTime;
import java.util.List;

import dev.sosik.web.Kst;

/**
 * A poll as one reader sees it at one moment: whether it is open, whether its results may be shown (and why not),
 * and the reader's own vote. The same shape is the API's JSON.
 *
 * @param resultsHiddenReason why the counts are left out (null when they are shown)
 * @param myOptionId          the reader's vote, null before voting or for a guest
 */
public record PollView(long id, String question, String status, OffsetDateTime opensAt, OffsetDateTime closesAt,
                       Long articleId, String articleTitle, boolean election, List<OptionView> options,
                       Integer totalVotes, String resultsHiddenReason, Long myOptionId) {

    /** A choice, with its count and share when the results may be shown. */
    public record OptionView(long id, String text, Integer votes, Double percent) {
    }

    static PollView of(Poll poll, OffsetDateTime now, Long myOptionId) {
        String hidden = poll.resultsHiddenReason(now);
        int total = poll.totalVotes();
        List<OptionView> options = poll.options().stream()
                .map(option -> hidden != null ? new OptionView(option.id(), option.text(), null, null)
                        : new OptionView(option.id(), option.text(), option.votes(),
                                total == 0 ? 0.0 : Math.round(option.votes() * 1000.0 / total) / 10.0))
                .toList();
        return new PollView(poll.id(), poll.question(), poll.statusAt(now).name().toLowerCase(),
                Kst.offset(poll.opensAt()), Kst.offset(poll.closesAt()), poll.articleId(), poll.articleTitle(),
                poll.electionDate() != null, options, hidden == null ? total : null, hidden, myOptionId);
    }

    public boolean open() {
        return status.equals("open");
    }

    public boolean resultsShown() {
        return resultsHiddenReason == null;
    }
}
