package dev.sosik.search;

import java.io.PrintStream;

import dev.sosik.ProgressBar;
import dev.sosik.article.ArticleStored;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * Keeps the index in step with the database: every stored or revised article is indexed once its transaction
 * commits; at start-up an index that does not hold exactly the published articles (after a crash, or an analyzer
 * change) is rebuilt from the database.
 */
@Component
@Order(Ordered.LOWEST_PRECEDENCE)
public class SearchIndexing implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(SearchIndexing.class);

    private final SearchIndex index;
    private final IndexedArticles articles;

    SearchIndexing(SearchIndex index, IndexedArticles articles) {
        this.index = index;
        this.articles = articles;
    }

    @TransactionalEventListener
    @Order(Ordered.HIGHEST_PRECEDENCE)
    void stored(ArticleStored event) {
        reindex(event.articleId());
    }

    /** Indexes the article as the database holds it now, or takes it out when it is no longer published. */
    void reindex(long articleId) {
        articles.find(articleId).ifPresentOrElse(index::put, () -> index.remove(articleId));
    }

    @Override
    public void run(ApplicationArguments args) {
        long inDatabase = articles.count();
        long inIndex = index.count();
        if (!index.currentFormat()) {
            log.info("The search index was written in an older shape: rebuilding it.");
            rebuild(null);
        } else if (inDatabase != inIndex) {
            log.info("The search index holds {} articles, the database {}: rebuilding the index.", inIndex,
                    inDatabase);
            rebuild(null);
        }
    }

    /** Indexes every published article afresh; progress goes to the given stream when there is one. */
    public long rebuild(PrintStream progress) {
        index.removeAll();
        var bar = new ProgressBar(progress, articles.count());
        long[] done = {0};
        articles.forEach(article -> {
            index.put(article);
            done[0]++;
            bar.step();
        });
        bar.finish();
        return done[0];
    }
}
