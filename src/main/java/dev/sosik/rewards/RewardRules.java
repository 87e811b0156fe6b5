package dev.sosik.rewards;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.Period;
import java.time.ZoneOffset;

import dev.sosik.web.Kst;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The numbers of the rewards (settings {@code sosik.rewards.*}) and the clock every rule reads, so that tests can
 * move time forward.
 */
@Component
public class RewardRules {

    private final Clock clock;
    private final int expiryMonths;
    private final int readPoints;
    private final int readDailyCap;
    private final int readDwellSeconds;
    private final int pollPoints;
    private final int attendancePoints;
    private final int streakDays;
    private final int streakBonus;
    private final int quizPoints;
    private final int quizzesPerDay;

    RewardRules(Clock clock,
                @Value("${sosik.rewards.expiry-months:12}") int expiryMonths,
                @Value("${sosik.rewards.read-points:10}") int readPoints,
                @Value("${sosik.rewards.read-daily-cap:100}") int readDailyCap,
                @Value("${sosik.rewards.read-dwell-seconds:15}") int readDwellSeconds,
                @Value("${sosik.rewards.poll-points:5}") int pollPoints,
                @Value("${sosik.rewards.attendance-points:10}") int attendancePoints,
                @Value("${sosik.rewards.streak-days:7}") int streakDays,
                @Value("${sosik.rewards.streak-bonus:50}") int streakBonus,
                @Value("${sosik.rewards.quiz-points:20}") int quizPoints,
                @Value("${sosik.rewards.quizzes-per-day:5}") int quizzesPerDay) {
        this.clock = clock;
        this.expiryMonths = expiryMonths;
        this.readPoints = readPoints;
        this.readDailyCap = readDailyCap;
        this.readDwellSeconds = readDwellSeconds;
        this.pollPoints = pollPoints;
        this.attendancePoints = attendancePoints;
        this.streakDays = streakDays;
        this.streakBonus = streakBonus;
        this.quizPoints = quizPoints;
        this.quizzesPerDay = quizzesPerDay;
    }

    public OffsetDateTime now() {
        return OffsetDateTime.now(clock).withOffsetSameInstant(ZoneOffset.UTC);
    }

    /** The Korean day it is now: daily caps, attendance and quizzes count by it. */
    public LocalDate today() {
        return now().atZoneSameInstant(Kst.ZONE).toLocalDate();
    }

    /** When a Korean day starts, as an instant. */
    public static OffsetDateTime startOf(LocalDate day) {
        return day.atStartOfDay(Kst.ZONE).toOffsetDateTime().withOffsetSameInstant(ZoneOffset.UTC);
    }

    public OffsetDateTime expiryOf(OffsetDateTime credited) {
        return credited.plus(Period.ofMonths(expiryMonths));
    }

    public int expiryMonths() {
        return expiryMonths;
    }

    public int readPoints() {
        return readPoints;
    }

    public int readDailyCap() {
        return readDailyCap;
    }

    public int readDwellSeconds() {
        return readDwellSeconds;
    }

    public int pollPoints() {
        return pollPoints;
    }

    public int attendancePoints() {
        return attendancePoints;
    }

    public int streakDays() {
        return streakDays;
    }

    /** What an attendance pays: the base, plus the bonus on every streakDays-th day in a row. */
    public int attendancePointsFor(int streak) {
        return attendancePoints + (streak % streakDays == 0 ? streakBonus : 0);
    }

    public int quizPoints() {
        return quizPoints;
    }

    public int quizzesPerDay() {
        return quizzesPerDay;
    }
}
