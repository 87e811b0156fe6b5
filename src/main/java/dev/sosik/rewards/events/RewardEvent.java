package dev.sosik.rewards.events;

import java.time.OffsetDateTime;

/**
 * A time-limited event run by admins.
 *
 * @param rule {@code join}: points once to each reader who joins while it runs; {@code attendance}: points added
 *             to every attendance check made while it runs
 */
public record RewardEvent(long id, String title, String description, String rule, int points,
                          OffsetDateTime startsAt, OffsetDateTime endsAt) {

    public static final String JOIN = "join";
    public static final String ATTENDANCE = "attendance";

    public boolean runningAt(OffsetDateTime now) {
        return !now.isBefore(startsAt) && now.isBefore(endsAt);
    }

    public String ruleText() {
        return rule.equals(JOIN) ? "참여하면 " + points + "포인트" : "기간 중 출석체크마다 " + points + "포인트 추가";
    }
}
