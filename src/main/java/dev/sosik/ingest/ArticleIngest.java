package dev.sosik.ingest;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

import dev.sosik.article.Articles;
import dev.sosik.article.BodyHtml;
import dev.sosik.article.NewArticle;
import dev.sosik.ingest.IngestOutcome.Kind;
import dev.sosik.text.ArticleTagging;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The last step of every way in: stores an article exactly once, each in one transaction. The same article is
 * recognised by the press's own id, then by its address, then as a near-copy of a stored body; a re-send with
 * changes revises the stored article (수정), an identical one changes nothing.
 */
@Service
public class ArticleIngest {

    private final JdbcClient jdbc;
    private final TransactionTemplate transaction;
    private final Articles articles;
    private final NearDuplicates nearDuplicates;
    private final ArticleTagging tagging;
    private final Clock clock;

    ArticleIngest(JdbcClient jdbc, TransactionTemplate transaction, Articles articles, NearDuplicates nearDuplicates,
                  ArticleTagging tagging, Clock clock) {
        this.jdbc = jdbc;
        this.transaction = transaction;
        this.articles = articles;
        this.nearDuplicates = nearDuplicates;
        this.tagging = tagging;
        this.clock = clock;
    }

    private record Stored(long id, long pressId, String contentHash) {
    }

    public IngestOutcome ingest(IncomingArticle incoming) {
        if (incoming.title() == null || incoming.title().isBlank()) {
            return IngestOutcome.failed("제목이 없습니다");
        }
        // read once: validation, the copy check and the tags all want the body as text
        String body = incoming.bodyHtml() == null ? "" : BodyHtml.toText(incoming.bodyHtml());
        if (body.isBlank()) {
            return IngestOutcome.failed("본문이 없습니다");
        }
        var text = new ArticleTagging.Text(incoming.title(), body);
        try {
            return store(incoming, text);
        } catch (DuplicateKeyException e) {
            // the same article arrived another way at the same moment; now it is stored, decide again
            return store(incoming, text);
        }
    }

    private IngestOutcome store(IncomingArticle incoming, ArticleTagging.Text text) {
        String hash = contentHash(incoming);
        Optional<Stored> same = incoming.externalId() != null
                ? find("press_id = ? and external_id = ?", incoming.pressId(), incoming.externalId())
                : find("url = ?", incoming.url());
        if (same.isPresent()) {
            return revise(same.get(), incoming, text, hash);
        }
        Optional<Stored> sameAddress = find("url = ?", incoming.url());
        if (sameAddress.isPresent()) {
            Stored stored = sameAddress.get();
            if (stored.pressId() == incoming.pressId()) {
                return revise(stored, incoming, text, hash);
            }
            return IngestOutcome.duplicate(stored.id(), "같은 주소의 기사가 이미 있습니다: 기사 " + stored.id());
        }
        Optional<long[]> signature = nearDuplicates.signature(text.body());
        Optional<Long> copy = signature.flatMap(nearDuplicates::copyOf);
        if (copy.isPresent()) {
            return IngestOutcome.duplicate(copy.get(), "이미 있는 기사 " + copy.get() + "와 본문이 거의 같습니다");
        }
        List<String> hashtags = tagging.tag(text);
        long id = transaction.execute(status -> {
            long stored = articles.add(new NewArticle(incoming.pressId(), incoming.categoryCode(), incoming.title(),
                    incoming.bodyHtml(), incoming.reporter(), incoming.url(), incoming.thumbnailUrl(),
                    incoming.publishedAt(), incoming.updatedAt(), hashtags));
            jdbc.sql("update article set external_id = ?, content_hash = ?, source_id = ?, copyright = ? where id = ?")
                    .params(incoming.externalId(), hash, incoming.sourceId(), incoming.copyright(), stored)
                    .update();
            for (String tag : incoming.publisherTags().stream().distinct().toList()) {
                jdbc.sql("insert into article_publisher_tag (article_id, tag) values (?, ?)")
                        .params(stored, tag.length() <= 100 ? tag : tag.substring(0, 100)).update();
            }
            signature.ifPresent(value -> nearDuplicates.store(stored, value));
            return stored;
        });
        return IngestOutcome.of(Kind.IMPORTED, id);
    }

    private IngestOutcome revise(Stored stored, IncomingArticle incoming, ArticleTagging.Text text, String hash) {
        if (Objects.equals(stored.contentHash(), hash)) {
            return IngestOutcome.of(Kind.UNCHANGED, stored.id());
        }
        OffsetDateTime updatedAt = incoming.updatedAt() != null ? incoming.updatedAt() : OffsetDateTime.now(clock);
        transaction.executeWithoutResult(status -> {
            articles.revise(stored.id(), stored.pressId(), incoming.title(), incoming.bodyHtml(),
                    incoming.reporter(), incoming.thumbnailUrl(), updatedAt);
            jdbc.sql("update article set content_hash = ?, copyright = ? where id = ?")
                    .params(hash, incoming.copyright(), stored.id()).update();
            articles.replaceHashtags(stored.id(), tagging.retag(text));
            nearDuplicates.signature(text.body()).ifPresent(signature -> nearDuplicates.store(stored.id(), signature));
        });
        return IngestOutcome.of(Kind.UPDATED, stored.id());
    }

    private Optional<Stored> find(String condition, Object... params) {
        return jdbc.sql("select id, press_id, content_hash from article where " + condition)
                .params(params)
                .query((rs, row) -> new Stored(rs.getLong(1), rs.getLong(2), rs.getString(3)))
                .optional();
    }

    /** What a re-send must differ in to count as a revision. */
    private static String contentHash(IncomingArticle incoming) {
        return Sha256.hex(String.join("\u0000", incoming.title(), incoming.bodyHtml(),
                String.valueOf(incoming.reporter()), String.valueOf(incoming.thumbnailUrl()),
                String.valueOf(incoming.copyright())));
    }
}
