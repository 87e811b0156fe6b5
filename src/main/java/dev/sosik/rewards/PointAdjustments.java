package dev.sosik.rewards;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

import dev.sosik.account.Account;
import dev.sosik.account.Accounts;
import dev.sosik.rewards.points.Award;
import dev.sosik.rewards.points.Ledger;
import dev.sosik.rewards.points.PointReason;
import dev.sosik.web.BadRequestException;

import org.springframework.stereotype.Service;

/**
 * Admins grant or take points with a reason. Each request carries its own id (the form's, or a fresh one), so a
 * form sent twice moves the points once.
 */
@Service
class PointAdjustments {

    private final Accounts accounts;
    private final Ledger ledger;

    PointAdjustments(Accounts accounts, Ledger ledger) {
        this.accounts = accounts;
        this.ledger = ledger;
    }

    record Adjustment(String nickname, Integer points, String reason, String requestId) {
    }

    /** Grants (positive points) or takes (negative); returns the reader's balance after. */
    int adjust(Adjustment adjustment, String adminNickname) {
        Map<String, String> errors = new LinkedHashMap<>();
        Account account = adjustment.nickname() == null ? null
                : accounts.findByNickname(adjustment.nickname().strip()).orElse(null);
        if (account == null) {
            errors.put("nickname", "그런 닉네임의 회원이 없습니다.");
        }
        int points = adjustment.points() == null ? 0 : adjustment.points();
        if (points == 0 || Math.abs(points) > 100_000) {
            errors.put("points", "포인트는 0이 아닌 -100,000에서 100,000 사이의 수여야 합니다.");
        }
        String reason = adjustment.reason() == null ? "" : adjustment.reason().strip();
        if (reason.isEmpty() || reason.length() > 150) {
            errors.put("reason", "사유를 150자 이내로 입력해 주세요.");
        }
        if (!errors.isEmpty()) {
            throw new BadRequestException(String.join(" ", errors.values()), errors);
        }
        String requestId = adjustment.requestId() == null || adjustment.requestId().isBlank()
                ? UUID.randomUUID().toString() : adjustment.requestId().strip();
        String key = "admin:" + (requestId.length() > 80 ? requestId.substring(0, 80) : requestId);
        String description = reason + " (" + adminNickname + ")";
        if (points > 0) {
            ledger.award(new Award(account.id(), points, PointReason.ADMIN_GRANT, description, null, null, key));
        } else {
            ledger.take(account.id(), -points, description, key);
        }
        return ledger.balance(account.id());
    }
}
