package dev.sosik.ranking;

import java.util.Arrays;
import java.util.stream.Collectors;

import dev.sosik.article.Categories;
import dev.sosik.engagement.ReactionType;
import dev.sosik.web.BadRequestException;

/** Reads a ranking asked for by its codes; anything unknown or not fitting the ranking is a 400 saying which. */
final class RankingRequest {

    private RankingRequest() {
    }

    static RankingKey parse(String ranking, String category, String reaction, String window, Categories categories) {
        RankingKind kind = RankingKind.of(ranking).orElseThrow(() -> new BadRequestException(
                "알 수 없는 순위입니다: " + ranking + " (" + codes(RankingKind.values()) + " 중 하나)"));
        String section = blank(category) ? null : categories.find(category)
                .orElseThrow(() -> new BadRequestException("알 수 없는 category 코드입니다: " + category))
                .code();
        ReactionType type = null;
        if (!blank(reaction)) {
            if (kind != RankingKind.REACTED) {
                throw new BadRequestException("reaction은 반응 많은 뉴스(reacted)에만 쓸 수 있습니다.");
            }
            type = ReactionType.of(reaction).orElseThrow(() -> new BadRequestException(
                    "알 수 없는 반응입니다: " + reaction + " (joy, cheer, disappointed, sad 중 하나)"));
        }
        RankingWindow span = null;
        if (!blank(window)) {
            if (!kind.windowed()) {
                throw new BadRequestException("window는 댓글 많은 뉴스(commented)와 반응 많은 뉴스(reacted)에만 쓸 수 있습니다.");
            }
            span = RankingWindow.of(window).orElseThrow(() -> new BadRequestException(
                    "알 수 없는 기간입니다: " + window + " (3h 또는 24h)"));
        } else if (kind.windowed()) {
            span = RankingWindow.HOURS_24;
        }
        return new RankingKey(kind, section, type, span);
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }

    private static String codes(RankingKind[] kinds) {
        return Arrays.stream(kinds).map(RankingKind::code).collect(Collectors.joining(", "));
    }
}
