package dev.sosik.ranking;

import java.io.PrintStream;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;

import dev.sosik.ProgressBar;
import dev.sosik.engagement.ReactionType;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * {@code sosik simulate --minutes=N}: readers over the last N minutes of simulated time, so that the rankings
 * have something real to rank. Each article gets an appeal (heavy-tailed, as real attention is) and a mood (which
 * reactions it draws); every simulated minute brings views spread by appeal and freshness, some of them from
 * ranking lists, and a few of those readers react or comment, at the simulated time. The simulated readers are
 * accounts that cannot sign in ({@code sim…}). Views go through the view counter; reactions and comments are
 * written with their counters in one transaction.
 */
@Component
public class TrafficSimulation {

    static final int READERS = 300;
    static final double REACTION_RATE = 0.04;
    static final double COMMENT_RATE = 0.006;
    static final double FROM_RANKING = 0.15;
    private static final List<String> COMMENTS = List.of(
            "좋은 기사 감사합니다.", "후속 보도도 부탁드립니다.", "생각해 볼 만한 내용이네요.", "자세한 설명 덕분에 이해가 됩니다.",
            "현장 분위기가 잘 전해집니다.", "숫자로 보니 더 와닿네요.", "다른 의견도 들어보고 싶습니다.", "응원합니다!");

    public record Summary(int minutes, long views, long reactions, long comments) {
    }

    private record Target(long id, OffsetDateTime publishedAt, double appeal, double[] mood) {
    }

    private final JdbcClient jdbc;
    private final JdbcTemplate template;
    private final TransactionTemplate transaction;
    private final ViewCounter views;
    private final Rankings rankings;
    private final Clock clock;

    TrafficSimulation(JdbcClient jdbc, JdbcTemplate template, TransactionTemplate transaction, ViewCounter views,
                      Rankings rankings, Clock clock) {
        this.jdbc = jdbc;
        this.template = template;
        this.transaction = transaction;
        this.views = views;
        this.rankings = rankings;
        this.clock = clock;
    }

    public Summary run(int minutes, int viewsPerMinute, long seed, PrintStream progress) {
        var random = new Random(seed);
        Instant end = clock.instant();
        Instant start = end.minus(Duration.ofMinutes(minutes));
        List<Target> targets = targets(start.minus(Duration.ofDays(7)), random);
        if (targets.isEmpty()) {
            return new Summary(minutes, 0, 0, 0);
        }
        List<Long> readers = readers(random);
        Set<String> reacted = existingReactions();
        List<Object[]> reactionRows = new ArrayList<>();
        List<Object[]> commentRows = new ArrayList<>();
        Map<Long, long[]> counters = new HashMap<>();
        long viewed = 0;
        var bar = new ProgressBar(progress, minutes);
        for (int minute = 0; minute < minutes; minute++) {
            OffsetDateTime at = start.plus(Duration.ofMinutes(minute)).atOffset(ZoneOffset.UTC);
            List<Target> open = targets.stream().filter(t -> !t.publishedAt().isAfter(at)).toList();
            double[] weights = open.stream().mapToDouble(t -> weight(t, at)).toArray();
            for (int i = 0; i < viewsPerMinute && !open.isEmpty(); i++) {
                Target target = open.get(pick(weights, random));
                views.add(target.id(), 1, random.nextDouble() < FROM_RANKING ? 1 : 0);
                viewed++;
                long reader = readers.get(random.nextInt(readers.size()));
                if (random.nextDouble() < REACTION_RATE && reacted.add(target.id() + ":" + reader)) {
                    ReactionType type = ReactionType.values()[pick(target.mood(), random)];
                    reactionRows.add(new Object[] {target.id(), reader, type.code(), at});
                    counters.computeIfAbsent(target.id(), id -> new long[5])[1 + type.ordinal()]++;
                }
                if (random.nextDouble() < COMMENT_RATE) {
                    commentRows.add(new Object[] {target.id(), reader,
                            COMMENTS.get(random.nextInt(COMMENTS.size())), at.plusSeconds(random.nextInt(60))});
                    counters.computeIfAbsent(target.id(), id -> new long[5])[0]++;
                }
            }
            bar.step();
        }
        bar.finish();
        write(reactionRows, commentRows, counters);
        views.flush();
        rankings.refresh();
        return new Summary(minutes, viewed, reactionRows.size(), commentRows.size());
    }

    /** Appeal, fading with the article's age at that minute (half as appealing after a day). */
    private static double weight(Target target, OffsetDateTime at) {
        double ageHours = Duration.between(target.publishedAt(), at).toMinutes() / 60.0;
        return target.appeal() / (1 + ageHours / 24);
    }

    private static int pick(double[] weights, Random random) {
        double total = 0;
        for (double weight : weights) {
            total += weight;
        }
        double point = random.nextDouble() * total;
        for (int i = 0; i < weights.length; i++) {
            point -= weights[i];
            if (point < 0) {
                return i;
            }
        }
        return weights.length - 1;
    }

    private List<Target> targets(Instant since, Random random) {
        return jdbc.sql("select id, published_at from article where status = 'published' and published_at >= ?"
                        + " order by id")
                .param(since.atOffset(ZoneOffset.UTC))
                .query((rs, row) -> new Target(rs.getLong(1), rs.getObject(2, OffsetDateTime.class),
                        // Pareto with shape 1.2: a few articles draw most readers
                        Math.pow(1 - random.nextDouble(), -1 / 1.2),
                        new double[] {random.nextDouble(), random.nextDouble(), random.nextDouble() / 2,
                                random.nextDouble() / 2}))
                .list();
    }

    /** The simulated readers, made on the first run and reused after. */
    private List<Long> readers(Random random) {
        List<Long> existing = jdbc.sql("select id from account where login_id like 'sim%' order by id")
                .query(Long.class).list();
        List<Long> readers = new ArrayList<>(existing);
        for (int i = readers.size(); i < READERS; i++) {
            String suffix = Long.toString(random.nextLong() & Long.MAX_VALUE, 36);
            String login = "sim" + suffix.substring(0, Math.min(12, suffix.length()));
            jdbc.sql("insert into account (login_id, nickname, password_hash, created_at) values (?, ?, 'x', ?)")
                    .params(login, "모의독자" + login.substring(3), OffsetDateTime.now(clock)).update();
            readers.add(jdbc.sql("select id from account where login_id = ?").param(login).query(Long.class).single());
        }
        return readers;
    }

    private Set<String> existingReactions() {
        Set<String> pairs = new HashSet<>();
        jdbc.sql("select article_id, account_id from reaction").query(rs -> {
            pairs.add(rs.getLong(1) + ":" + rs.getLong(2));
        });
        return pairs;
    }

    private void write(List<Object[]> reactions, List<Object[]> comments, Map<Long, long[]> counters) {
        List<Object[]> counterRows = new ArrayList<>();
        counters.forEach((id, c) -> counterRows.add(new Object[] {c[0], c[1], c[2], c[3], c[4], id}));
        transaction.executeWithoutResult(status -> {
            template.batchUpdate("insert into reaction (article_id, account_id, type, chosen_at) values (?, ?, ?, ?)",
                    reactions);
            template.batchUpdate("insert into comment (article_id, account_id, body, created_at) values (?, ?, ?, ?)",
                    comments);
            template.batchUpdate("update article_counter set comments = comments + ?, joy = joy + ?, cheer = cheer + ?,"
                    + " disappointed = disappointed + ?, sad = sad + ? where article_id = ?", counterRows);
        });
    }
}
