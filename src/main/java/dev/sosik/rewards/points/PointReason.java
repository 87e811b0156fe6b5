package dev.sosik.rewards.points;

import java.util.Arrays;

/** Why an entry is in the ledger, with the word the reader's history shows. */
public enum PointReason {
    READ("read", "기사 읽기"),
    POLL("poll", "투표 참여"),
    ATTENDANCE("attendance", "출석체크"),
    EVENT("event", "이벤트"),
    QUIZ("quiz", "뉴스 퀴즈"),
    ADMIN_GRANT("admin_grant", "관리자 지급"),
    ADMIN_TAKE("admin_take", "관리자 회수"),
    EXPIRY("expiry", "유효기간 만료");

    private final String code;
    private final String label;

    PointReason(String code, String label) {
        this.code = code;
        this.label = label;
    }

    public String code() {
        return code;
    }

    public String label() {
        return label;
    }

    static PointReason of(String code) {
        return Arrays.stream(values()).filter(reason -> reason.code.equals(code)).findFirst()
                .orElseThrow(() -> new IllegalStateException("unknown point reason " + code));
    }
}
