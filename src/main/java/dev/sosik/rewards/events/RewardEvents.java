package dev.sosik.rewards.events;

import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import dev.sosik.rewards.RewardRules;
import dev.sosik.rewards.points.Award;
import dev.sosik.rewards.points.Ledger;
import dev.sosik.rewards.points.PointReason;
import dev.sosik.web.BadRequestException;
import dev.sosik.web.ClientErrorException;
import dev.sosik.web.NotFoundException;

import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Service;

/** Admins' time-limited events and what readers earn from them. */
@Service
public class RewardEvents {

    private final JdbcClient jdbc;
    private final Ledger ledger;
    private final RewardRules rules;

    RewardEvents(JdbcClient jdbc, Ledger ledger, RewardRules rules) {
        this.jdbc = jdbc;
        this.ledger = ledger;
        this.rules = rules;
    }

    public record NewEvent(String title, String description, String rule, Integer points, OffsetDateTime startsAt,
                           OffsetDateTime endsAt) {
    }

    public long create(NewEvent event) {
        Map<String, String> errors = new LinkedHashMap<>();
        String title = event.title() == null ? "" : event.title().strip();
        String description = event.description() == null ? "" : event.description().strip();
        if (title.isEmpty() || title.length() > 100) {
            errors.put("title", "이벤트 이름은 1자에서 100자 사이로 입력해 주세요.");
        }
        if (description.length() > 500) {
            errors.put("description", "설명은 500자 이내로 입력해 주세요.");
        }
        if (!RewardEvent.JOIN.equals(event.rule()) && !RewardEvent.ATTENDANCE.equals(event.rule())) {
            errors.put("rule", "규칙은 join(참여) 또는 attendance(출석 추가) 중 하나여야 합니다.");
        }
        if (event.points() == null || event.points() < 1 || event.points() > 10_000) {
            errors.put("points", "포인트는 1에서 10,000 사이여야 합니다.");
        }
        if (event.startsAt() == null || event.endsAt() == null || !event.endsAt().isAfter(event.startsAt())) {
            errors.put("ends_at", "종료 시각은 시작 시각보다 뒤여야 합니다.");
        }
        if (!errors.isEmpty()) {
            throw new BadRequestException(String.join(" ", errors.values()), errors);
        }
        var keys = new GeneratedKeyHolder();
        jdbc.sql("""
                        insert into reward_event (title, description, rule, points, starts_at, ends_at, created_at)
                        values (?, ?, ?, ?, ?, ?, ?)""")
                .params(title, description, event.rule(), event.points(), event.startsAt(), event.endsAt(),
                        rules.now())
                .update(keys, "id");
        return keys.getKeyAs(Long.class);
    }

    /** Events running now, ending soonest first. */
    public List<RewardEvent> running() {
        OffsetDateTime now = rules.now();
        return jdbc.sql("select * from reward_event where starts_at <= ? and ends_at > ? order by ends_at, id")
                .params(now, now)
                .query((rs, row) -> new RewardEvent(rs.getLong("id"), rs.getString("title"),
                        rs.getString("description"), rs.getString("rule"), rs.getInt("points"),
                        rs.getObject("starts_at", OffsetDateTime.class), rs.getObject("ends_at", OffsetDateTime.class)))
                .list();
    }

    public boolean joined(long eventId, long readerId) {
        return ledger.has(joinKey(eventId, readerId));
    }

    /** Pays a join event's points once per reader while it runs. */
    public int join(long eventId, long readerId) {
        RewardEvent event = running().stream().filter(running -> running.id() == eventId).findFirst()
                .orElseThrow(() -> new NotFoundException("진행 중인 이벤트가 아닙니다."));
        if (!event.rule().equals(RewardEvent.JOIN)) {
            throw new BadRequestException("출석체크로 참여하는 이벤트입니다.");
        }
        if (!ledger.award(new Award(readerId, event.points(), PointReason.EVENT, event.title(), "event", eventId,
                joinKey(eventId, readerId)))) {
            throw new ClientErrorException(HttpStatus.CONFLICT, "이미 참여한 이벤트입니다.");
        }
        return event.points();
    }

    /** Inside an attendance check's transaction: the extra points of every attendance event running now. */
    int payAttendanceBonuses(long readerId, String day) {
        int paid = 0;
        for (RewardEvent event : running()) {
            if (event.rule().equals(RewardEvent.ATTENDANCE) && ledger.award(new Award(readerId, event.points(),
                    PointReason.EVENT, event.title() + " (출석 추가)", "event", event.id(),
                    "event:" + event.id() + ":attendance:" + readerId + ":" + day))) {
                paid += event.points();
            }
        }
        return paid;
    }

    private static String joinKey(long eventId, long readerId) {
        return "event:" + eventId + ":join:" + readerId;
    }
}
