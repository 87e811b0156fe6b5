package dev.sosik.engagement;

import java.util.Arrays;
import java.util.Optional;

/** 추천 (up) and 비추천 (down); the code names the comment column that totals it. */
public enum VoteType {
    UP("up"), DOWN("down");

    private final String code;

    VoteType(String code) {
        this.code = code;
    }

    public String code() {
        return code;
    }

    public static Optional<VoteType> of(String code) {
        return Arrays.stream(values()).filter(type -> type.code.equals(code)).findFirst();
    }
}
