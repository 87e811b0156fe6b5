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
 * which the search index counts ({@link TagCorpus}).
 */
@Service
public class ArticleTagging {

    private final JdbcClient jdbc;
    private final Articles articles;
    private final TagCorpus stored;
    private final Hashtagger tagger = Hashtagger.standard();

    ArticleTagging(JdbcClient jdbc, Articles articles, TagCorpus stored) {
        this.jdbc = jdbc;
        this.articles = articles;
        this.stored = stored;
    }

    /** An article's text as the tagger reads it: its title, and its body one paragraph a line. */
    public record Text(String title, String body) {

        public static Text of(String title, String bodyHtml) {
            return new Text(title, BodyHtml.toText(bodyHtml));
        }
    }

    /** The hashtags of an article about to be stored, counted in its corpus as it will be once indexed. */
    public List<String> tag(Text text) {
        Hashtagger.Analysed article = tagger.analyse(text.title(), text.body());
        return article.tag(stored.plus(DocumentFrequencies.of(List.of(article.terms()))));
    }

    /** The hashtags of a revised article, already counted in the corpus. */
    public List<String> retag(Text text) {
        return tagger.tag(text.title(), text.body(), stored);
    }

    /** The hashtags of a whole new set at once (the demo articles), each article weighed against all of them. */
    public List<List<String>> tagTogether(List<Text> texts) {
        List<Hashtagger.Analysed> analysed = texts.stream().map(text -> tagger.analyse(text.title(), text.body()))
                .toList();
        TermFrequencies frequencies = stored.plus(DocumentFrequencies.of(
                analysed.stream().map(Hashtagger.Analysed::terms).toList()));
        return analysed.stream().map(article -> article.tag(frequencies)).toList();
    }

    /**
     * Re-tags every article, after the method or the dictionary changed: frequencies counted afresh (the index
     * holds the terms of the old analysis), then each article's hashtags replaced and the article re-indexed with
     * its new terms. Progress goes to the stream when there is one.
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
        var bar = new ProgressBar(progress, ids.size());
        for (int i = 0; i < ids.size(); i++) {
            articles.replaceHashtags(ids.get(i), analysed.get(i).tag(fresh));
            bar.step();
        }
        bar.finish();
        return ids.size();
    }

    private Text text(long id) {
        return jdbc.sql("select a.title, b.body_html from article a join article_body b on b.article_id = a.id"
                        + " where a.id = ?").param(id)
                .query((rs, row) -> Text.of(rs.getString(1), rs.getString(2))).single();
    }
}
