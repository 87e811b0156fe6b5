package dev.sosik.engagement;

import java.util.Arrays;
import java.util.Optional;

/** The four reactions of the reference page; the code names the article_counter column that totals it. */
public enum ReactionType {
    JOY("joy", "기뻐요"),
    CHEER("cheer", "응원해요"),
    DISAPPOINTED("disappointed", "실망이에요"),
    SAD("sad", "슬퍼요");

    private final String code;
    private final String label;

    ReactionType(String code, String label) {
        this.code = code;
        this.label = label;
    }

    public String code() {
        return code;
    }

    public String label() {
        return label;
    }

    public static Optional<ReactionType> of(String code) {
        return Arrays.stream(values()).filter(type -> type.code.equals(code)).findFirst();
    }
}
