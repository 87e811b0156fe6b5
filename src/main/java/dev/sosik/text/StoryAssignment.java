package dev.sosik.text;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import dev.sosik.article.AlikeArticle;
import dev.sosik.article.ArticleStored;
import dev.sosik.article.BodyHtml;
import dev.sosik.article.RelatedLists;
import dev.sosik.article.StoryJoined;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * Puts each stored article into a same-story group: candidates come from the search index (MoreLikeThis over the
 * story terms, {@link StoryStatistics#alike}) and from the article's own section (an event reported in two sections is covered from two angles, and the calibration
 * set only holds pairs within a section), the decision from {@link SameStory} (TF-IDF cosine over nouns, within
 * 48 hours). An article joins the story of its most similar candidate, or starts its own. The index holds every
 * article's terms and their document frequencies ({@link StoryStatistics}), so the candidates are compared without
 * analysing their text again, and the new article need not be visible in the index yet (which would reopen it for
 * every stored article).
 */
@Service
public class StoryAssignment {

    static final int CANDIDATES = 20;

    private static final String SELECT_DOC = """
            select a.id, p.code, a.title, b.body_html, a.published_at
            from article a join press p on p.id = a.press_id join article_body b on b.article_id = a.id
            where a.status = 'published'""";

    private static final RowMapper<SameStory.Doc> DOC = (rs, row) -> new SameStory.Doc(Long.toString(rs.getLong(1)),
            rs.getString(2), rs.getString(3), BodyHtml.toText(rs.getString(4)), rs.getObject(5, OffsetDateTime.class));

    private final JdbcClient jdbc;
    private final StoryStatistics statistics;
    private final SameStory sameStory = new SameStory();
    /**
     * The articles this instance stored in the last moment, which searches may not see yet (the index is reopened
     * at most every {@code sosik.search.refresh-every}): they are candidates too, so that two versions of one event
     * pushed a few milliseconds apart still meet.
     */
    private final RecentArticles justStored = new RecentArticles(Duration.ofSeconds(1), 500);

    private final RelatedLists relatedLists;
    private final ApplicationEventPublisher events;

    StoryAssignment(JdbcClient jdbc, StoryStatistics statistics, RelatedLists relatedLists,
                    ApplicationEventPublisher events) {
        this.jdbc = jdbc;
        this.statistics = statistics;
        this.relatedLists = relatedLists;
        this.events = events;
    }

    /** After the article is indexed (that listener runs first), though its relatives are found without it. */
    @TransactionalEventListener
    @Order(Ordered.LOWEST_PRECEDENCE)
    void stored(ArticleStored event) {
        assign(event.articleId());
    }

    void assign(long articleId) {
        Optional<SameStory.Doc> article = doc(articleId);
        if (article.isEmpty()) {
            return;
        }
        Map<String, Integer> terms = StoryTerms.count(article.get().title(), article.get().body());
        Map<Long, Map<String, Integer>> unseen = justStored.recent();
        // the articles alike are its related articles as well; the best of them are candidates for its story
        List<AlikeArticle> alike = statistics.alike(terms, articleId, RelatedLists.KEPT);
        relatedLists.keep(articleId, alike);
        relatedLists.push(articleId, article.get().publishedAt().toInstant(), alike);
        Set<Long> candidateIds = new LinkedHashSet<>();
        Map<Long, Double> likeness = new HashMap<>();
        alike.stream().limit(CANDIDATES).forEach(hit -> {
            candidateIds.add(hit.id());
            likeness.put(hit.id(), hit.likeness());
        });
        candidateIds.addAll(unseen.keySet());
        candidateIds.remove(articleId);
        long story = statistics.read(corpus -> {
            StoryVector vector = StoryVector.of(terms, corpus);
            long joined = articleId;
            double best = 0;
            for (Candidate candidate : sameSection(articleId, candidateIds)) {
                if (!SameStory.withinWindow(article.get(), candidate.doc())
                        || Duration.between(candidate.storyStarted(), article.get().publishedAt()).abs()
                                .compareTo(SameStory.WINDOW) > 0) {
                    continue; // a story spans the window from its first article: no chain of reports for weeks
                }
                // the search weighed the indexed candidates already; those stored a moment ago are weighed here
                Map<String, Integer> candidateTerms = unseen.get(candidate.id());
                double score = likeness.containsKey(candidate.id())
                        ? sameStory.score(article.get(), candidate.doc(), likeness.get(candidate.id()))
                        : sameStory.score(article.get(), vector, candidate.doc(), candidateTerms == null
                                ? corpus.vector(candidate.doc()) : StoryVector.of(candidateTerms, corpus));
                if (score >= sameStory.threshold() && score > best) {
                    best = score;
                    joined = candidate.story() == null ? candidate.id() : candidate.story();
                }
            }
            return joined;
        });
        jdbc.sql("update article set story_id = ? where id = ?").params(story, articleId).update();
        justStored.add(articleId, terms);
        if (story != articleId) {
            events.publishEvent(new StoryJoined(articleId, story));
        }
    }

    /** A candidate as the decision needs it: its text is not read, the index keeps its terms. */
    private record Candidate(long id, Long story, OffsetDateTime storyStarted, SameStory.Doc doc) {
    }

    private List<Candidate> sameSection(long articleId, Set<Long> candidateIds) {
        if (candidateIds.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("""
                        select a.id, a.story_id, f.published_at as story_started, p.code, a.title, a.published_at
                        from article a join press p on p.id = a.press_id
                        join article f on f.id = coalesce(a.story_id, a.id)
                        where a.status = 'published' and a.id in (:ids)
                          and a.category_code = (select category_code from article where id = :article)""")
                .param("ids", candidateIds).param("article", articleId)
                .query((rs, row) -> new Candidate(rs.getLong(1), rs.getObject(2, Long.class),
                        rs.getObject(3, OffsetDateTime.class),
                        new SameStory.Doc(Long.toString(rs.getLong(1)), rs.getString(4), rs.getString(5), "",
                                rs.getObject(6, OffsetDateTime.class))))
                .list();
    }

    private Optional<SameStory.Doc> doc(long id) {
        return jdbc.sql(SELECT_DOC + " and a.id = ?").param(id).query(DOC).optional();
    }
}
