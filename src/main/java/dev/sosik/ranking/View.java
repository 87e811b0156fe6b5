package dev.sosik.ranking;

import java.util.List;

/**
 * One article page shown to a visitor. It counts when every one of its visitor keys is unseen for that article
 * within the window (a new visitor brings two: the cookie just given and address with browser, so that a client
 * throwing its cookies away is still counted once).
 *
 * @param fromRanking the reader came from a ranking list: counted as a view, left out of the scores
 */
record View(long articleId, List<String> visitorKeys, boolean fromRanking) {
}
