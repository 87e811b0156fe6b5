package dev.sosik.rewards.polls;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;

import dev.sosik.web.Kst;

/**
 * A poll as admins set it up.
 *
 * @param articleId    the article the poll is about, or null
 * @param electionDate for a poll about an election: the election day, which hides results for a while; else null
 */
public record Poll(long id, String question, OffsetDateTime opensAt, OffsetDateTime closesAt, Long articleId,
                   String articleTitle, boolean resultsBeforeClose, LocalDate electionDate,
                   List<PollOption> options) {

    /**
     * Korean law (공직선거법 제108조) forbids publishing election polls from six days before the election day until
     * its voting ends, at 18:00 KST on the day (제155조).
     */
    static final int BLACKOUT_DAYS = 6;
    static final int ELECTION_VOTING_ENDS_HOUR = 18;

    public enum Status { UPCOMING, OPEN, CLOSED }

    public Status statusAt(OffsetDateTime now) {
        return now.isBefore(opensAt) ? Status.UPCOMING : now.isBefore(closesAt) ? Status.OPEN : Status.CLOSED;
    }

    public boolean inElectionBlackout(OffsetDateTime now) {
        if (electionDate == null) {
            return false;
        }
        OffsetDateTime from = electionDate.minusDays(BLACKOUT_DAYS).atStartOfDay(Kst.ZONE).toOffsetDateTime();
        OffsetDateTime until = electionDate.atTime(ELECTION_VOTING_ENDS_HOUR, 0).atZone(Kst.ZONE).toOffsetDateTime();
        return !now.isBefore(from) && now.isBefore(until);
    }

    /** Why the results are not shown now, or null when they are. */
    public String resultsHiddenReason(OffsetDateTime now) {
        if (inElectionBlackout(now)) {
            return "공직선거법에 따라 선거일 전 6일부터 선거일 투표 마감 시각(" + Kst.dateTime(
                    electionDate.atTime(ELECTION_VOTING_ENDS_HOUR, 0).atZone(Kst.ZONE).toOffsetDateTime()
                            .withOffsetSameInstant(ZoneOffset.UTC))
                    + ")까지는 선거 관련 여론조사 결과를 공개할 수 없습니다.";
        }
        if (statusAt(now) != Status.CLOSED && !resultsBeforeClose) {
            return "결과는 투표가 마감된 뒤(" + Kst.dateTime(closesAt) + ") 공개됩니다.";
        }
        return null;
    }

    public int totalVotes() {
        return options.stream().mapToInt(PollOption::votes).sum();
    }
}
