package dev.sosik.ranking;

import java.time.Duration;
import java.util.Arrays;
import java.util.Optional;

/** The windows of 댓글 많은 뉴스 and 반응 많은 뉴스: the last 3 hours or the last 24 hours. */
public enum RankingWindow {
    HOURS_3("3h", "3시간", Duration.ofHours(3)),
    HOURS_24("24h", "24시간", Duration.ofHours(24));

    private final String code;
    private final String label;
    private final Duration length;

    RankingWindow(String code, String label, Duration length) {
        this.code = code;
        this.label = label;
        this.length = length;
    }

    public String code() {
        return code;
    }

    public String label() {
        return label;
    }

    public Duration length() {
        return length;
    }

    public static Optional<RankingWindow> of(String code) {
        return Arrays.stream(values()).filter(window -> window.code.equals(code)).findFirst();
    }
}
