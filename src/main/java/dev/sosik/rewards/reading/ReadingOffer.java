package dev.sosik.rewards.reading;

/**
 * The reading-reward box of a point news article's page.
 *
 * @param token        the signed token to claim with, null for a guest or when already claimed
 * @param claimed      the reader has been paid for this article
 * @param dwellSeconds how long to read before claiming
 */
public record ReadingOffer(long articleId, int points, String token, boolean claimed, int dwellSeconds) {
}
