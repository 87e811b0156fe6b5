package dev.sosik.ranking;

import java.util.Arrays;
import java.util.Optional;

/** The ranking lists, by the code the API and Redis use. */
public enum RankingKind {
    LATEST("latest", "최신뉴스"),
    POPULAR("popular", "인기뉴스"),
    TOP("top", "주요뉴스"),
    COMMENTED("commented", "댓글 많은 뉴스"),
    REACTED("reacted", "반응 많은 뉴스");

    private final String code;
    private final String label;

    RankingKind(String code, String label) {
        this.code = code;
        this.label = label;
    }

    public String code() {
        return code;
    }

    public String label() {
        return label;
    }

    /** 댓글 많은 and 반응 많은 count what happened within a window; the others have none. */
    public boolean windowed() {
        return this == COMMENTED || this == REACTED;
    }

    public static Optional<RankingKind> of(String code) {
        return Arrays.stream(values()).filter(kind -> kind.code.equals(code)).findFirst();
    }
}
