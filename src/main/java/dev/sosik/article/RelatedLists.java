package dev.sosik.article;

import java.time.Instant;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Each article's related articles (관련 기사), kept in the database: same-story grouping searches the articles alike a
 * new one anyway, and the same hits, best first, are its related list; the new article also goes into the lists of
 * the {@value #PUSHED} articles it found most alike where it ranks among their first {@value #PUSHED}, so that an
 * older article's page shows newer coverage of its subject. Searching at the first view of a page instead was a
 * third of an uncached article page. An article stored before lists were kept gets its list at the first view of
 * its page ({@link RelatedFinder}).
 *
 * <p>A hit weighs how alike the two articles are (the cosine of their story terms, the same from either side), and
 * of two similar articles the fresher comes first: a week older weighs half. Every candidate ages at the same
 * rate, so an order found once holds on every later day: the weight kept is the logarithm of the likeness plus
 * one half-life's worth for every week of publication since the epoch, comparable across lists and days.
 */
@Repository
public class RelatedLists {

    /** How many are kept: enough to show five once the story's versions are left out. */
    public static final int KEPT = 30;
    /** How many lists a new article may go into, and how high in them it must rank to go in. */
    static final int PUSHED = 10;
    static final double HALF_LIFE_DAYS = 7;

    private final JdbcClient jdbc;
    private final ApplicationEventPublisher events;

    RelatedLists(JdbcClient jdbc, ApplicationEventPublisher events) {
        this.jdbc = jdbc;
        this.events = events;
    }

    /**
     * Keeps the related list of an article made of the articles found alike it (best first, the article itself
     * left out); returns the list's ids.
     */
    public List<Long> keep(long articleId, List<AlikeArticle> alike) {
        Map<Long, Double> weights = new LinkedHashMap<>();
        alike.stream().filter(hit -> hit.id() != articleId).forEach(hit -> weights.merge(hit.id(),
                weight(hit.likeness(), hit.publishedAt()), Math::max));
        String list = written(weights);
        if (jdbc.sql("update article_related set related = ? where article_id = ?").params(list, articleId)
                .update() == 0) {
            try {
                jdbc.sql("insert into article_related (article_id, related) values (?, ?)").params(articleId, list)
                        .update();
            } catch (DuplicateKeyException e) {
                // the first view of an older article found its list at the same moment; either is as good
            }
        }
        return best(weights);
    }

    /**
     * Puts a new article into the lists of the articles it was found most alike, as alike as it was found, where it
     * ranks high enough to be read. Two articles stored at the same moment may each miss the other's entry in a list
     * they share: a related list, not a ledger.
     */
    public void push(long articleId, Instant publishedAt, List<AlikeArticle> alike) {
        Map<Long, Double> weightThere = new LinkedHashMap<>();
        alike.stream().filter(hit -> hit.id() != articleId)
                .sorted(Comparator.comparingDouble(AlikeArticle::likeness).reversed()).limit(PUSHED)
                .forEach(hit -> weightThere.putIfAbsent(hit.id(), weight(hit.likeness(), publishedAt)));
        if (weightThere.isEmpty()) {
            return;
        }
        Map<Long, String> updates = new LinkedHashMap<>();
        jdbc.sql("select article_id, related from article_related where article_id in (:ids)")
                .param("ids", weightThere.keySet())
                .query(rs -> {
                    Map<Long, Double> weights = read(rs.getString(2));
                    weights.merge(articleId, weightThere.get(rs.getLong(1)), Math::max);
                    if (best(weights).indexOf(articleId) < PUSHED) {
                        updates.put(rs.getLong(1), written(weights));
                    }
                });
        updates.forEach((id, list) -> jdbc.sql("update article_related set related = ? where article_id = ?")
                .params(list, id).update());
        if (!updates.isEmpty()) {
            events.publishEvent(new RelatedChanged(List.copyOf(updates.keySet())));
        }
    }

    /** The article's related ids, best first; empty when none were kept yet. */
    public Optional<List<Long>> find(long articleId) {
        return jdbc.sql("select related from article_related where article_id = ?").param(articleId)
                .query(String.class).optional().map(list -> best(read(list)));
    }

    /** What an article weighs in a related list: how alike (0 to 1), a week's fresher publication doubling it. */
    private static double weight(double likeness, Instant publishedAt) {
        double days = publishedAt.toEpochMilli() / 86_400_000.0;
        return Math.log(Math.max(likeness, Double.MIN_NORMAL)) + days / HALF_LIFE_DAYS * Math.log(2);
    }

    private static List<Long> best(Map<Long, Double> weights) {
        return weights.entrySet().stream()
                .sorted(Map.Entry.<Long, Double>comparingByValue(Comparator.reverseOrder())
                        .thenComparing(Map.Entry.comparingByKey()))
                .limit(KEPT).map(Map.Entry::getKey).toList();
    }

    private static String written(Map<Long, Double> weights) {
        return best(weights).stream().map(id -> id + ":" + (float) (double) weights.get(id))
                .collect(Collectors.joining(","));
    }

    private static Map<Long, Double> read(String list) {
        Map<Long, Double> weights = new HashMap<>();
        if (!list.isEmpty()) {
            for (String entry : list.split(",")) {
                int colon = entry.indexOf(':');
                weights.put(Long.valueOf(entry.substring(0, colon)), Double.valueOf(entry.substring(colon + 1)));
            }
        }
        return weights;
    }
}
