package dev.sosik.text;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import dev.sosik.article.ArticleStored;
import dev.sosik.article.BodyHtml;
import dev.sosik.article.RelatedFinder;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * Puts each stored article into a same-story group: candidates come from the search index (MoreLikeThis) and from
 * the article's own section (an event reported in two sections is covered from two angles, and the calibration
 * set only holds pairs within a section), the decision from {@link SameStory} (TF-IDF cosine over nouns, within
 * 48 hours). An article joins the story of its most similar candidate, or starts its own. Runs after the article
 * is indexed.
 */
@Service
public class StoryAssignment {

    static final int CANDIDATES = 20;
    /** The corpus statistics are counted again once the article count has grown by this share. */
    static final double CORPUS_GROWTH = 0.2;

    private static final String SELECT_DOC = """
            select a.id, p.code, a.title, a.body_html, a.published_at
            from article a join press p on p.id = a.press_id where a.status = 'published'""";

    private static final RowMapper<SameStory.Doc> DOC = (rs, row) -> new SameStory.Doc(Long.toString(rs.getLong(1)),
            rs.getString(2), rs.getString(3), BodyHtml.toText(rs.getString(4)), rs.getObject(5, OffsetDateTime.class));

    private final JdbcClient jdbc;
    private final RelatedFinder related;
    private final SameStory sameStory = new SameStory();
    private volatile StoryCorpus corpus;
    private volatile int corpusSize;

    StoryAssignment(JdbcClient jdbc, RelatedFinder related) {
        this.jdbc = jdbc;
        this.related = related;
    }

    /** After the search index has the article (its listener runs first), so candidates can be found. */
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
        StoryCorpus statistics = corpus();
        long story = articleId;
        double best = 0;
        String section = section(articleId);
        for (long candidateId : related.related(articleId, Set.of(), CANDIDATES)) {
            if (!section.equals(section(candidateId))) {
                continue;
            }
            Optional<SameStory.Doc> candidate = doc(candidateId);
            if (candidate.isEmpty() || !sameStory.sameStory(article.get(), candidate.get(), statistics)) {
                continue;
            }
            double score = sameStory.score(article.get(), candidate.get(), statistics);
            if (score > best) {
                best = score;
                story = storyOf(candidateId);
            }
        }
        jdbc.sql("update article set story_id = ? where id = ?").params(story, articleId).update();
    }

    private String section(long articleId) {
        return jdbc.sql("select category_code from article where id = ?").param(articleId).query(String.class)
                .single();
    }

    private long storyOf(long articleId) {
        Long story = jdbc.sql("select story_id from article where id = ?").param(articleId)
                .query(Long.class).optional().orElse(null);
        return story == null ? articleId : story;
    }

    /** The corpus statistics, counted from every article, and again when the corpus has grown enough. */
    private StoryCorpus corpus() {
        int articles = jdbc.sql("select count(*) from article").query(Integer.class).single();
        if (corpus == null || articles > corpusSize * (1 + CORPUS_GROWTH)) {
            synchronized (this) {
                if (corpus == null || articles > corpusSize * (1 + CORPUS_GROWTH)) {
                    List<SameStory.Doc> docs = jdbc.sql(SELECT_DOC).query(DOC).list();
                    corpus = StoryCorpus.of(docs);
                    corpusSize = docs.size();
                }
            }
        }
        return corpus;
    }

    private Optional<SameStory.Doc> doc(long id) {
        return jdbc.sql(SELECT_DOC + " and a.id = ?").param(id).query(DOC).optional();
    }
}
