package dev.sosik.rewards.events;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Set;
import java.util.TreeSet;

import dev.sosik.rewards.RewardRules;
import dev.sosik.rewards.points.Award;
import dev.sosik.rewards.points.Ledger;
import dev.sosik.rewards.points.PointReason;
import dev.sosik.web.ClientErrorException;

import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/** 출석체크: once per Korean day, with a bonus on every streakDays-th day in a row. */
@Service
public class Attendance {

    private final JdbcClient jdbc;
    private final TransactionTemplate transaction;
    private final Ledger ledger;
    private final RewardEvents events;
    private final RewardRules rules;

    Attendance(JdbcClient jdbc, TransactionTemplate transaction, Ledger ledger, RewardEvents events,
               RewardRules rules) {
        this.jdbc = jdbc;
        this.transaction = transaction;
        this.ledger = ledger;
        this.events = events;
        this.rules = rules;
    }

    /**
     * @param points what the check paid, with the streak bonus and the running events' extra points
     */
    public record Checked(LocalDate day, int streak, int points) {
    }

    public Checked check(long readerId) {
        return transaction.execute(status -> {
            ledger.lock(readerId);
            LocalDate today = rules.today();
            if (checkedOn(readerId, today)) {
                throw new ClientErrorException(HttpStatus.CONFLICT, "오늘은 이미 출석했습니다. 내일 다시 참여해 주세요.");
            }
            int streak = 1 + jdbc.sql("select streak from attendance where account_id = ? and kst_day = ?")
                    .params(readerId, today.minusDays(1)).query(Integer.class).optional().orElse(0);
            jdbc.sql("insert into attendance (account_id, kst_day, streak, checked_at) values (?, ?, ?, ?)")
                    .params(readerId, today, streak, rules.now()).update();
            int points = rules.attendancePointsFor(streak);
            ledger.award(new Award(readerId, points, PointReason.ATTENDANCE,
                    "출석체크 " + today + " (" + streak + "일 연속)", "attendance", null,
                    "attendance:" + readerId + ":" + today));
            return new Checked(today, streak, points + events.payAttendanceBonuses(readerId, today.toString()));
        });
    }

    public boolean checkedOn(long readerId, LocalDate day) {
        return jdbc.sql("select count(*) from attendance where account_id = ? and kst_day = ?")
                .params(readerId, day).query(Long.class).single() > 0;
    }

    /** The days of the month the reader checked in. */
    public Set<Integer> checkedDays(long readerId, YearMonth month) {
        return new TreeSet<>(jdbc.sql("""
                        select kst_day from attendance where account_id = ? and kst_day >= ? and kst_day <= ?""")
                .params(readerId, month.atDay(1), month.atEndOfMonth())
                .query((rs, row) -> rs.getObject(1, LocalDate.class).getDayOfMonth()).list());
    }

    /** The streak as of today: today's if checked, else yesterday's (still alive until today ends). */
    public int streak(long readerId) {
        LocalDate today = rules.today();
        return jdbc.sql("""
                        select streak from attendance where account_id = ? and kst_day in (?, ?)
                        order by kst_day desc""")
                .params(readerId, today, today.minusDays(1)).query(Integer.class).list().stream().findFirst()
                .orElse(0);
    }
}
