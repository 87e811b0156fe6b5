package dev.sosik.text;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;

import dev.sosik.ProgressBar;
import dev.sosik.article.Articles;
import dev.sosik.article.BodyHtml;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * Gives articles their hashtags: the {@link Hashtagger} against the document frequencies of every stored article,
 * which are read once (at the first article to tag) and then kept current as articles arrive.
 */
@Service
public class ArticleTagging {

    private final JdbcClient jdbc;
    private final Articles articles;
    private final Hashtagger tagger = Hashtagger.standard();
    private volatile DocumentFrequencies corpus;

    ArticleTagging(JdbcClient jdbc, Articles articles) {
        this.jdbc = jdbc;
        this.articles = articles;
    }

    /** An article's text as the tagger reads it: its title, and its body one paragraph a line. */
    public record Text(String title, String body) {

        public static Text of(String title, String bodyHtml) {
            return new Text(title, BodyHtml.toText(bodyHtml));
        }
    }

    /** The hashtags of an article about to be stored; it counts in the corpus from now on. */
    public List<String> tag(Text text) {
        Hashtagger.Analysed article = tagger.analyse(text.title(), text.body());
        return article.tag(corpus().add(article.terms()));
    }

    /** The hashtags of a revised article, already counted in the corpus. */
    public List<String> retag(Text text) {
        return tagger.tag(text.title(), text.body(), corpus());
    }

    /** The hashtags of a whole new corpus at once (the demo set), each article weighed against all of them. */
    public List<List<String>> tagTogether(List<Text> texts) {
        DocumentFrequencies frequencies = corpus();
        List<Hashtagger.Analysed> articles = texts.stream().map(text -> tagger.analyse(text.title(), text.body()))
                .toList();
        articles.forEach(article -> frequencies.add(article.terms()));
        return articles.stream().map(article -> article.tag(frequencies)).toList();
    }

    /**
     * Re-tags every article, after the method or the dictionary changed: frequencies counted afresh, then each
     * article's hashtags replaced (and re-indexed). Progress goes to the stream when there is one.
     */
    public int retagAll(PrintStream progress) {
        List<Long> ids = jdbc.sql("select id from article order by id").query(Long.class).list();
        DocumentFrequencies fresh = DocumentFrequencies.empty();
        List<Hashtagger.Analysed> analysed = new ArrayList<>();
        for (long id : ids) {
            Text text = text(id);
            Hashtagger.Analysed article = tagger.analyse(text.title(), text.body());
            analysed.add(article);
            fresh.add(article.terms());
        }
        corpus = fresh;
        var bar = new ProgressBar(progress, ids.size());
        for (int i = 0; i < ids.size(); i++) {
            articles.replaceHashtags(ids.get(i), analysed.get(i).tag(fresh));
            bar.step();
        }
        bar.finish();
        return ids.size();
    }

    private DocumentFrequencies corpus() {
        DocumentFrequencies known = corpus;
        if (known == null) {
            synchronized (this) {
                known = corpus;
                if (known == null) {
                    DocumentFrequencies counted = DocumentFrequencies.empty();
                    jdbc.sql("select title, body_html from article").query(rs -> {
                        Text text = Text.of(rs.getString(1), rs.getString(2));
                        counted.add(tagger.terms(text.title(), text.body()));
                    });
                    known = counted;
                    corpus = known;
                }
            }
        }
        return known;
    }

    private Text text(long id) {
        return jdbc.sql("select title, body_html from article where id = ?").param(id)
                .query((rs, row) -> Text.of(rs.getString(1), rs.getString(2))).single();
    }
}
