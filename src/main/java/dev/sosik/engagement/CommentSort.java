package dev.sosik.engagement;

import java.util.Arrays;

/** The three orders of the comment section: 최신순, 추천순 (ties newest), 답글순 (ties newest). */
public enum CommentSort {
    LATEST("latest", "최신순", "0"),
    RECOMMENDED("recommended", "추천순", "c.up"),
    REPLIES("replies", "답글순", "c.replies");

    private final String code;
    private final String label;
    /** What the order ranks by before the time; a fixed SQL expression, never input. */
    final String score;

    CommentSort(String code, String label, String score) {
        this.code = code;
        this.label = label;
        this.score = score;
    }

    public String code() {
        return code;
    }

    public String label() {
        return label;
    }

    /** An unknown or missing sort falls back to the newest first, as portals do. */
    public static CommentSort of(String code) {
        return Arrays.stream(values()).filter(sort -> sort.code.equals(code)).findFirst().orElse(LATEST);
    }
}
