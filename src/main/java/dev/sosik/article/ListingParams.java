package dev.sosik.article;

import dev.sosik.web.BadRequestException;

/** Reads the paging parameters that the listing pages and the API share, refusing malformed ones with a 400. */
final class ListingParams {

    static final int DEFAULT_SIZE = 20;
    static final int MAX_SIZE = 50;

    private ListingParams() {
    }

    /** The cursor of the page to show, or null for the first page. */
    static ArticleCursor cursor(String value) {
        if (value == null || value.isEmpty()) {
            return null;
        }
        return ArticleCursor.decode(value)
                .orElseThrow(() -> new BadRequestException("cursor 값이 올바르지 않습니다. 목록에서 받은 next_cursor 값을 그대로 보내 주세요."));
    }

    /** The page size: the default when absent, capped at {@link #MAX_SIZE}. */
    static int size(Integer value) {
        if (value == null) {
            return DEFAULT_SIZE;
        }
        if (value < 1) {
            throw new BadRequestException("size는 1 이상이어야 합니다.");
        }
        return Math.min(value, MAX_SIZE);
    }
}
