package dev.sosik.text;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
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
 * story terms, {@link StoryStatistics#alike}) and from the article's own section (an event reported in two sections
 * is covered from two angles, and the calibration set only holds pairs within a section), the decision from
 * {@link SameStory#storyFor} (TF-IDF cosine over nouns weighed by closeness in time, averaged over the story's
 * members): an article joins the story it is closest to as a whole, not merely the story of its most similar
 * candidate, which would chain loosely related articles into stories of thousands. The index holds every
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
        alike.stream().limit(CANDIDATES).forEach(hit -> candidateIds.add(hit.id()));
        candidateIds.addAll(unseen.keySet());
        candidateIds.remove(articleId);
        long story = statistics.read(corpus -> {
            var cosines = new Cosines(StoryVector.of(terms, corpus), corpus, unseen, alike);
            List<Long> promising = promisingStories(article.get(), sameSection(articleId, candidateIds), cosines);
            return sameStory.storyFor(article.get(), members(promising, cosines), StoryMembers::started,
                    StoryMembers::members).map(StoryMembers::story).orElse(articleId);
        });
        jdbc.sql("update article set story_id = ? where id = ?").params(story, articleId).update();
        justStored.add(articleId, terms);
        if (story != articleId) {
            events.publishEvent(new StoryJoined(articleId, story));
        }
    }

    /** A candidate as the decision needs it: its text is not read, the index keeps its terms. */
    private record Candidate(long id, long story, SameStory.Doc doc) {
    }

    /** A story with its latest members, as {@link SameStory#storyFor} weighs them. */
    private record StoryMembers(long story, OffsetDateTime started, List<SameStory.Member> members) {
    }

    /**
     * The stories worth weighing as a whole: those of the candidates that pass the threshold on their own. A story
     * none of whose candidates does cannot reach it on average unless members the search did not find do, which it
     * ranks below these.
     */
    private List<Long> promisingStories(SameStory.Doc article, List<Candidate> candidates, Cosines cosines) {
        Set<Long> stories = new LinkedHashSet<>();
        for (Candidate candidate : candidates) {
            if (!stories.contains(candidate.story()) && SameStory.withinWindow(article, candidate.doc())
                    && sameStory.score(article, candidate.doc(), cosines.with(candidate.id(), candidate.doc()))
                            >= sameStory.threshold()) {
                stories.add(candidate.story());
            }
        }
        return List.copyOf(stories);
    }

    /** The cosines of the article being placed with others, each worked out once. */
    private static final class Cosines {
        private final StoryVector vector;
        private final StoryCorpus corpus;
        private final Map<Long, Map<String, Integer>> unseen;
        private final Map<Long, Double> known = new HashMap<>();

        /** The search weighed the articles alike already; those stored a moment ago and the rest are weighed here. */
        Cosines(StoryVector vector, StoryCorpus corpus, Map<Long, Map<String, Integer>> unseen,
                List<AlikeArticle> alike) {
            this.vector = vector;
            this.corpus = corpus;
            this.unseen = unseen;
            alike.forEach(hit -> known.put(hit.id(), hit.likeness()));
        }

        double with(long id, SameStory.Doc doc) {
            return known.computeIfAbsent(id, ignored -> {
                Map<String, Integer> terms = unseen.get(id);
                return vector.cosine(terms == null ? corpus.vector(doc) : StoryVector.of(terms, corpus));
            });
        }
    }

    /**
     * The candidates in the article's section, placed in a story already: one whose placement is still running will
     * meet this article when it is placed in turn.
     */
    private List<Candidate> sameSection(long articleId, Set<Long> candidateIds) {
        if (candidateIds.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("""
                        select a.id, a.story_id, p.code, a.title, a.published_at
                        from article a join press p on p.id = a.press_id
                        where a.status = 'published' and a.id in (:ids) and a.story_id is not null
                          and a.category_code = (select category_code from article where id = :article)""")
                .param("ids", candidateIds).param("article", articleId)
                .query((rs, row) -> new Candidate(rs.getLong(1), rs.getLong(2), new SameStory.Doc(
                        Long.toString(rs.getLong(1)), rs.getString(3), rs.getString(4), "",
                        rs.getObject(5, OffsetDateTime.class))))
                .list();
    }

    /** A member of a story as read, before it is weighed. */
    private record MemberRow(long id, long story, OffsetDateTime storyStarted, SameStory.Doc doc) {
    }

    /** The stories' latest members, {@link SameStory#MEMBERS_WEIGHED} at most each, in publication order. */
    private List<StoryMembers> members(List<Long> stories, Cosines cosines) {
        if (stories.isEmpty()) {
            return List.of();
        }
        List<MemberRow> rows = jdbc.sql("""
                        select id, story, story_started, code, title, published_at from (
                          select a.id, a.story_id as story, f.published_at as story_started, p.code, a.title,
                                 a.published_at,
                                 row_number() over (partition by a.story_id
                                                    order by a.published_at desc, a.id desc) as recency
                          from article a join press p on p.id = a.press_id join article f on f.id = a.story_id
                          where a.status = 'published' and a.story_id in (:stories)) m
                        where recency <= :weighed
                        order by published_at, id""")
                .param("stories", stories).param("weighed", SameStory.MEMBERS_WEIGHED)
                .query((rs, row) -> new MemberRow(rs.getLong(1), rs.getLong(2), rs.getObject(3, OffsetDateTime.class),
                        new SameStory.Doc(Long.toString(rs.getLong(1)), rs.getString(4), rs.getString(5), "",
                                rs.getObject(6, OffsetDateTime.class))))
                .list();
        return stories.stream().map(story -> {
            List<MemberRow> ofStory = rows.stream().filter(member -> member.story() == story).toList();
            return ofStory.isEmpty() ? null : new StoryMembers(story, ofStory.getFirst().storyStarted(),
                    ofStory.stream().map(member -> new SameStory.Member(member.doc(),
                            cosines.with(member.id(), member.doc()))).toList());
        }).filter(Objects::nonNull).toList();
    }

    private Optional<SameStory.Doc> doc(long id) {
        return jdbc.sql(SELECT_DOC + " and a.id = ?").param(id).query(DOC).optional();
    }
}
