package dev.sosik.article;

/** An article became point news (포인트 뉴스) or stopped being it: its page shows the reading-reward box or not. */
record PointNewsMarked(long articleId) {
}
