package dev.sosik.ranking;

import java.util.List;

/**
 * A rising hashtag (급상승 키워드).
 *
 * @param recent     articles carrying it published in the recent window
 * @param expected   how many its usual rate (the baseline days before) would give in a window that long
 * @param rise       recent / (expected + 1): how far above its usual rate it runs
 * @param articleIds its newest articles of the recent window
 */
public record KeywordTrend(String tag, long recent, double expected, double rise, List<Long> articleIds) {
}
