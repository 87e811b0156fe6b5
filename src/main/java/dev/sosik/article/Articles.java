package dev.sosik.article;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

/** The published articles: the article page, the listings and the widgets read them here. */
@Repository
public class Articles {

    private static final String SELECT_ARTICLE = """
            select a.id, a.title, a.url, a.thumbnail_url, a.published_at, a.updated_at,
                   c.code as category_code, c.name as category_name,
                   p.id as press_id, p.code as press_code, p.name as press_name,
                   p.homepage as press_homepage,
                   -- an article that came with its own copyright line shows that one
                   coalesce(a.copyright, p.copyright) as press_copyright,
                   r.name as reporter_name, r.email as reporter_email,
                   n.views, n.comments, n.joy, n.cheer, n.disappointed, n.sad
            """;

    private static final String FROM_PUBLISHED = """
            from article a
            join category c on c.code = a.category_code
            join press p on p.id = a.press_id
            left join reporter r on r.id = a.reporter_id
            join article_counter n on n.article_id = a.id
            where a.status = 'published'
            """;

    private static final String SELECT_HEADLINE = """
            select a.id, a.title, p.name as press_name, n.comments, a.published_at, a.thumbnail_url
            """;

    private static final RowMapper<Article> ARTICLE = Articles::article;
    /** How far back the home page looks for distinct stories, however many versions a story has. */
    private static final int MOST_SCANNED_FOR_STORIES = 2_000;

    private static final RowMapper<Headline> HEADLINE = (rs, row) -> new Headline(
            rs.getLong("id"), rs.getString("title"), rs.getString("press_name"), rs.getLong("comments"),
            rs.getObject("published_at", OffsetDateTime.class), rs.getString("thumbnail_url"));

    private final JdbcClient jdbc;
    private final ApplicationEventPublisher events;

    Articles(JdbcClient jdbc, ApplicationEventPublisher events) {
        this.jdbc = jdbc;
        this.events = events;
    }

    /** The published article with its body, which lives in a table of its own (lists never read it), and its story. */
    public Optional<FullArticle> find(long id) {
        String more = ", a.story_id, a.point_news, "
                + "(select b.body_html from article_body b where b.article_id = a.id) as body_html ";
        return jdbc.sql(SELECT_ARTICLE + more + FROM_PUBLISHED + " and a.id = ?")
                .param(id)
                .query((rs, row) -> new FullArticle(article(rs, row), rs.getObject("story_id", Long.class),
                        rs.getBoolean("point_news"), rs.getString("body_html")))
                .optional()
                .map(found -> found.withArticle(withHashtags(List.of(found.article())).getFirst()));
    }

    /** An article's figures as they are now (views, comments, reactions); empty for an unknown id. */
    public Optional<ArticleCounts> counts(long id) {
        return jdbc.sql("select views, comments, joy, cheer, disappointed, sad from article_counter where article_id = ?")
                .param(id)
                .query((rs, row) -> counts(rs))
                .optional();
    }

    /** The newest articles matching the filter, starting after the cursor (null for the first page). */
    public ArticleSlice latest(ArticleFilter filter, ArticleCursor after, int size) {
        List<Article> found = byIds(newestIds(filter, after, size + 1));
        boolean more = found.size() > size;
        List<Article> page = more ? found.subList(0, size) : found;
        return new ArticleSlice(page, more ? ArticleCursor.after(page.getLast()) : null);
    }

    /**
     * The ids of the newest published articles matching the filter, after the cursor, read from the article table
     * alone: joined with the press, section and counter tables first, H2 started from the small tables and sorted
     * every article (4 s for a list of ten among 100,000).
     */
    private List<Long> newestIds(ArticleFilter filter, ArticleCursor after, int limit) {
        Map<String, Object> params = new HashMap<>();
        var sql = new StringBuilder("select a.id from article a where a.status = 'published'")
                .append(matching(filter, params));
        if (after != null) {
            // the same as (time < at or (time = at and id < cursor id)), written so that the index on time gives
            // the range: as an OR alone, the database walked every newer article to reach the cursor
            sql.append(" and a.published_at <= :at and (a.published_at < :at or a.id < :id)");
            params.put("at", after.publishedAt());
            params.put("id", after.id());
        }
        sql.append(" order by a.published_at desc, a.id desc limit :limit");
        params.put("limit", limit);
        return jdbc.sql(sql.toString()).params(params).query(Long.class).list();
    }

    /**
     * The ids of the other presses' (and the same press's other) versions of an article's story, the first
     * {@link StoryVersions#SHOWN} by publication, and how many there are in all; none for an article without a story.
     */
    public StoryVersions.Ids storyVersionIds(long articleId, Long story) {
        if (story == null) {
            return new StoryVersions.Ids(List.of(), 0);
        }
        // read from the article table alone: with the story as a subquery, or joined before the limit, H2 walked
        // every article by date, or every version of a big story
        String others = " from article where story_id = :story and status = 'published' and id <> :id";
        List<Long> ids = jdbc.sql("select id" + others + " order by published_at, id limit :shown")
                .param("story", story).param("id", articleId).param("shown", StoryVersions.SHOWN)
                .query(Long.class).list();
        long total = ids.size() < StoryVersions.SHOWN ? ids.size()
                : jdbc.sql("select count(*)" + others).param("story", story).param("id", articleId)
                        .query(Long.class).single();
        return new StoryVersions.Ids(ids, total);
    }

    /** The story an article belongs to: empty for an unknown article or one not yet assigned to a story. */
    public Optional<Long> storyOf(long articleId) {
        return jdbc.sql("select story_id from article where id = ?").param(articleId).query(Long.class).optional();
    }

    /**
     * The newest articles, one per story: a story reported by five presses shows once, as its newest version,
     * with the number of versions.
     */
    public List<StoryHeadline> latestStories(int limit) {
        // newest first, keeping each story's first (newest) version: a few times the limit is usually enough, and a
        // wider look is taken only when a burst of one story's versions fills it
        Map<Long, Long> storyOfChosen = new LinkedHashMap<>();
        for (int scan = limit * 5; storyOfChosen.size() < limit; scan *= 4) {
            storyOfChosen.clear();
            Set<Long> stories = new HashSet<>();
            List<long[]> newest = jdbc.sql("""
                            select a.id, coalesce(a.story_id, a.id) from article a where a.status = 'published'
                            order by a.published_at desc, a.id desc limit ?""")
                    .param(scan).query((rs, row) -> new long[] {rs.getLong(1), rs.getLong(2)}).list();
            for (long[] article : newest) {
                if (storyOfChosen.size() < limit && stories.add(article[1])) {
                    storyOfChosen.put(article[0], article[1]);
                }
            }
            if (newest.size() < scan || scan >= MOST_SCANNED_FOR_STORIES) {
                break;
            }
        }
        Map<Long, Long> versions = new HashMap<>();
        if (!storyOfChosen.isEmpty()) {
            jdbc.sql("""
                            select story_id, count(*) from article where status = 'published' and story_id in (:stories)
                            group by story_id""")
                    .param("stories", storyOfChosen.values()).query(rs -> {
                        versions.put(rs.getLong(1), rs.getLong(2));
                    });
        }
        return byIds(List.copyOf(storyOfChosen.keySet())).stream()
                .map(article -> new StoryHeadline(article,
                        Math.max(1, versions.getOrDefault(storyOfChosen.get(article.id()), 1L))))
                .toList();
    }

    /** The newest headlines matching the filter. */
    public List<Headline> latestHeadlines(ArticleFilter filter, int limit) {
        return headlines(newestIds(filter, null, limit));
    }

    /** The newest headlines of every section, keyed by section code in the sections' order. */
    public Map<String, List<Headline>> latestHeadlinesBySection(List<Category> sections, int perSection) {
        Map<String, List<Headline>> bySection = new LinkedHashMap<>();
        for (Category section : sections) {
            List<Headline> newest = latestHeadlines(ArticleFilter.category(section.code()), perSection);
            if (!newest.isEmpty()) {
                bySection.put(section.code(), newest);
            }
        }
        return bySection;
    }

    /** The conditions of a filter, its values put into params; only bound parameters, never values in SQL. */
    private static String matching(ArticleFilter filter, Map<String, Object> params) {
        var sql = new StringBuilder();
        if (filter.categoryCode() != null) {
            sql.append(" and a.category_code = :category");
            params.put("category", filter.categoryCode());
        }
        if (filter.pressId() != null) {
            sql.append(" and a.press_id = :press");
            params.put("press", filter.pressId());
        }
        if (filter.tag() != null) {
            sql.append(" and exists (select 1 from article_hashtag h where h.article_id = a.id and h.tag = :tag)");
            params.put("tag", filter.tag());
        }
        return sql.toString();
    }

    /** The headlines of these published articles, in the order of the ids (those not published left out). */
    public List<Headline> headlines(List<Long> ids) {
        return published(SELECT_HEADLINE, HEADLINE, Headline::id, ids);
    }

    /** The articles with these ids, in the order given (ids of unpublished or missing articles are left out). */
    public List<Article> byIds(List<Long> ids) {
        return withHashtags(published(SELECT_ARTICLE, ARTICLE, Article::id, ids));
    }

    /** The published rows among these ids, read with one query and put in the order of the ids. */
    private <T> List<T> published(String select, RowMapper<T> row, Function<T, Long> idOf, List<Long> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        Map<Long, T> found = new HashMap<>();
        jdbc.sql(select + FROM_PUBLISHED + " and a.id in (:ids)").param("ids", ids).query(row).list()
                .forEach(item -> found.put(idOf.apply(item), item));
        return ids.stream().map(found::get).filter(java.util.Objects::nonNull).toList();
    }

    /** Whether a published article is point news (포인트 뉴스), the kind that pays reading points. */
    public boolean isPointNews(long id) {
        return jdbc.sql("select point_news from article where id = ? and status = 'published'").param(id)
                .query(Boolean.class).optional().orElse(false);
    }

    public void markPointNews(long id, boolean pointNews) {
        jdbc.sql("update article set point_news = ? where id = ?").params(pointNews, id).update();
        events.publishEvent(new PointNewsMarked(id));
    }

    public long count() {
        return jdbc.sql("select count(*) from article").query(Long.class).single();
    }

    /** Stores an article with its byline, hashtags and a zeroed counter row, all or nothing. */
    @Transactional
    public long add(NewArticle article) {
        Long reporterId = article.reporter() == null ? null : reporterId(article.pressId(), article.reporter());
        var keys = new GeneratedKeyHolder();
        jdbc.sql("""
                        insert into article (press_id, category_code, reporter_id, title, url, thumbnail_url,
                                             published_at, updated_at)
                        values (?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(article.pressId(), article.categoryCode(), reporterId, article.title(), article.url(),
                        article.thumbnailUrl(), article.publishedAt(), article.updatedAt())
                .update(keys, "id");
        long id = keys.getKeyAs(Long.class);
        jdbc.sql("insert into article_body (article_id, body_html) values (?, ?)").params(id, article.bodyHtml())
                .update();
        insertHashtags(id, article.hashtags());
        jdbc.sql("insert into article_counter (article_id) values (?)").param(id).update();
        events.publishEvent(new ArticleStored(id));
        return id;
    }

    /** Replaces an article's hashtags (after re-tagging), in their order. */
    @Transactional
    public void replaceHashtags(long id, List<String> hashtags) {
        jdbc.sql("delete from article_hashtag where article_id = ?").param(id).update();
        insertHashtags(id, hashtags);
        events.publishEvent(new ArticleStored(id));
    }

    /** Replaces what a press revised and marks the article as updated (수정). */
    @Transactional
    public void revise(long id, long pressId, String title, String bodyHtml, Reporter reporter, String thumbnailUrl,
                       OffsetDateTime updatedAt) {
        Long reporterId = reporter == null ? null : reporterId(pressId, reporter);
        jdbc.sql("update article set title = ?, reporter_id = ?, thumbnail_url = ?, updated_at = ? where id = ?")
                .params(title, reporterId, thumbnailUrl, updatedAt, id)
                .update();
        jdbc.sql("update article_body set body_html = ? where article_id = ?").params(bodyHtml, id).update();
        events.publishEvent(new ArticleStored(id));
    }

    private void insertHashtags(long id, List<String> hashtags) {
        int position = 0;
        for (String tag : Hashtags.normalize(hashtags)) {
            jdbc.sql("insert into article_hashtag (article_id, tag, position) values (?, ?, ?)")
                    .params(id, tag, position++)
                    .update();
        }
    }

    private long reporterId(long pressId, Reporter reporter) {
        Optional<Long> known = jdbc.sql("select id from reporter where press_id = ? and name = ? and email = ?")
                .params(pressId, reporter.name(), reporter.email())
                .query(Long.class)
                .optional();
        if (known.isPresent()) {
            return known.get();
        }
        var keys = new GeneratedKeyHolder();
        jdbc.sql("insert into reporter (press_id, name, email) values (?, ?, ?)")
                .params(pressId, reporter.name(), reporter.email())
                .update(keys, "id");
        return keys.getKeyAs(Long.class);
    }

    /** Fills in the hashtags of a page of articles with one query, in each article's own order. */
    private List<Article> withHashtags(List<Article> articles) {
        if (articles.isEmpty()) {
            return articles;
        }
        Map<Long, List<String>> tags = new LinkedHashMap<>();
        articles.forEach(article -> tags.put(article.id(), new ArrayList<>()));
        jdbc.sql("select article_id, tag from article_hashtag where article_id in (:ids) order by article_id, position")
                .param("ids", tags.keySet())
                .query(rs -> {
                    tags.get(rs.getLong("article_id")).add(rs.getString("tag"));
                });
        return articles.stream().map(article -> article.withHashtags(tags.get(article.id()))).toList();
    }

    private static Article article(ResultSet rs, int row) throws SQLException {
        String reporterName = rs.getString("reporter_name");
        return new Article(
                rs.getLong("id"),
                rs.getString("title"),
                new Category(rs.getString("category_code"), rs.getString("category_name")),
                new Press(rs.getLong("press_id"), rs.getString("press_code"), rs.getString("press_name"),
                        rs.getString("press_homepage"), rs.getString("press_copyright")),
                reporterName == null ? null : new Reporter(reporterName, rs.getString("reporter_email")),
                rs.getObject("published_at", OffsetDateTime.class),
                rs.getObject("updated_at", OffsetDateTime.class),
                rs.getString("url"),
                rs.getString("thumbnail_url"),
                counts(rs),
                List.of());
    }

    private static ArticleCounts counts(ResultSet rs) throws SQLException {
        return new ArticleCounts(rs.getLong("views"), rs.getLong("comments"), rs.getLong("joy"), rs.getLong("cheer"),
                rs.getLong("disappointed"), rs.getLong("sad"));
    }
}
