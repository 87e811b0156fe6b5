package dev.sosik.ranking;

import java.time.ZoneOffset;
import java.util.Optional;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataAccessException;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.json.JsonMapper;

/**
 * The rankings last computed by any instance, in the database: what a starting instance shows until its first
 * computation is done (at 100,000 articles that took seconds, and the first page waited for it). A snapshot that
 * cannot be read (written by another version, say) is no snapshot.
 */
@Repository
class RankingSnapshots {

    private static final Logger log = LoggerFactory.getLogger(RankingSnapshots.class);
    private static final int ROW = 1;

    private final JdbcClient jdbc;
    private final JsonMapper json = JsonMapper.builder().build();

    RankingSnapshots(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Keeps these rankings as the last computed; a failure to write them only leaves the previous snapshot. */
    void save(ComputedRankings rankings) {
        String written = json.writeValueAsString(rankings);
        var at = rankings.computedAt().atOffset(ZoneOffset.UTC);
        try {
            if (jdbc.sql("update ranking_snapshot set computed_at = ?, rankings = ? where id = ?")
                    .params(at, written, ROW).update() == 0) {
                jdbc.sql("insert into ranking_snapshot (id, computed_at, rankings) values (?, ?, ?)")
                        .params(ROW, at, written).update();
            }
        } catch (DuplicateKeyException e) {
            // another instance wrote the first snapshot at the same moment; either is as good
        } catch (DataAccessException e) {
            log.warn("The rankings could not be kept as a snapshot ({}); the previous one stays", e.toString());
        }
    }

    Optional<ComputedRankings> last() {
        try {
            return jdbc.sql("select rankings from ranking_snapshot where id = ?").param(ROW).query(String.class)
                    .optional().map(text -> json.readValue(text, ComputedRankings.class));
        } catch (JacksonException | DataAccessException e) {
            log.warn("The last rankings could not be read ({}); computing them before the first page", e.toString());
            return Optional.empty();
        }
    }
}
