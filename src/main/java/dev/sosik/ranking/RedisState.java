package dev.sosik.ranking;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicBoolean;

import io.lettuce.core.ClientOptions;
import io.lettuce.core.SocketOptions;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.dao.DataAccessException;
import org.springframework.data.redis.connection.RedisConnection;
import org.springframework.data.redis.connection.RedisStringCommands.SetOption;
import org.springframework.data.redis.connection.lettuce.LettuceClientConfiguration;
import org.springframework.data.redis.connection.lettuce.LettuceConnectionFactory;
import org.springframework.data.redis.core.RedisCallback;
import org.springframework.data.redis.core.RedisOperations;
import org.springframework.data.redis.core.SessionCallback;
import org.springframework.data.redis.core.StringRedisTemplate;
import org.springframework.data.redis.core.types.Expiration;

/**
 * Visitor marks and rankings in Redis, shared by every instance: a mark is {@code SET key 1 NX EX window}; each
 * ranking list is a sorted set of article ids (score = places from the bottom, so the first has the highest),
 * written in one MULTI so that readers never see half a refresh. While Redis cannot be reached, marks fall back
 * to this instance's memory and the rankings stay as last loaded; the log says when Redis goes and comes back.
 */
final class RedisState implements SharedState, AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(RedisState.class);
    private static final Duration TIMEOUT = Duration.ofMillis(500);
    /** Lists outlive a stopped refresher by a day, then Redis forgets them. */
    private static final Duration LIST_LIFETIME = Duration.ofDays(1);

    private final LettuceConnectionFactory connections;
    private final StringRedisTemplate redis;
    private final String prefix;
    private final Duration window;
    private final InProcessState fallback;
    private final AtomicBoolean reachable = new AtomicBoolean(true);

    RedisState(String url, String prefix, Duration window, InProcessState fallback) {
        var client = LettuceClientConfiguration.builder()
                .commandTimeout(TIMEOUT)
                .clientOptions(ClientOptions.builder()
                        .socketOptions(SocketOptions.builder().connectTimeout(TIMEOUT).build())
                        // fail at once while disconnected instead of queueing commands until the timeout
                        .disconnectedBehavior(ClientOptions.DisconnectedBehavior.REJECT_COMMANDS)
                        .build())
                .build();
        this.connections = new LettuceConnectionFactory(LettuceConnectionFactory.createRedisConfiguration(url), client);
        connections.afterPropertiesSet();
        connections.start();
        this.redis = new StringRedisTemplate(connections);
        this.prefix = prefix;
        this.window = window;
        this.fallback = fallback;
    }

    @Override
    public List<Boolean> markSeen(List<String> keys) {
        try {
            List<Object> answers = redis.executePipelined((RedisCallback<Object>) connection -> {
                for (String key : keys) {
                    connection.stringCommands().set(bytes(prefix + "seen:" + key), bytes("1"),
                            Expiration.from(window), SetOption.ifAbsent());
                }
                return null;
            });
            reachable(true, null);
            return answers.stream().map(Boolean.TRUE::equals).toList();
        } catch (DataAccessException e) {
            reachable(false, e);
            return fallback.markSeen(keys);
        }
    }

    @Override
    public void publish(ComputedRankings rankings) {
        try {
            redis.execute(new SessionCallback<List<Object>>() {
                @Override
                @SuppressWarnings("unchecked")
                public List<Object> execute(RedisOperations operations) {
                    RedisOperations<String, String> ops = operations;
                    ops.multi();
                    ops.delete(prefix + "lists");
                    rankings.lists().forEach((name, ids) -> {
                        ops.delete(prefix + "list:" + name);
                        if (!ids.isEmpty()) {
                            ops.opsForSet().add(prefix + "lists", name);
                            for (int i = 0; i < ids.size(); i++) {
                                ops.opsForZSet().add(prefix + "list:" + name, Long.toString(ids.get(i)), ids.size() - i);
                            }
                            ops.expire(prefix + "list:" + name, LIST_LIFETIME);
                        }
                    });
                    ops.delete(prefix + "trends");
                    ops.delete(prefix + "trend-figures");
                    List<KeywordTrend> trends = rankings.trends();
                    for (int i = 0; i < trends.size(); i++) {
                        KeywordTrend trend = trends.get(i);
                        ops.opsForZSet().add(prefix + "trends", trend.tag(), trends.size() - i);
                        ops.opsForHash().put(prefix + "trend-figures", trend.tag(), figures(trend));
                    }
                    ops.opsForValue().set(prefix + "computed-at", rankings.computedAt().toString());
                    for (String key : List.of("lists", "trends", "trend-figures", "computed-at")) {
                        ops.expire(prefix + key, LIST_LIFETIME);
                    }
                    return ops.exec();
                }
            });
            reachable(true, null);
        } catch (DataAccessException e) {
            reachable(false, e);
        }
    }

    @Override
    public boolean claimRefresh(Duration period) {
        try {
            Boolean claimed = redis.opsForValue().setIfAbsent(prefix + "refresher", "1", period);
            reachable(true, null);
            return Boolean.TRUE.equals(claimed);
        } catch (DataAccessException e) {
            reachable(false, e);
            return true;
        }
    }

    @Override
    public Optional<ComputedRankings> load() {
        try {
            String computedAt = redis.opsForValue().get(prefix + "computed-at");
            if (computedAt == null) {
                reachable(true, null);
                return Optional.empty();
            }
            List<String> names = new ArrayList<>(redis.opsForSet().members(prefix + "lists"));
            List<Object> members = redis.executePipelined((RedisCallback<Object>) connection -> {
                for (String name : names) {
                    connection.zSetCommands().zRevRange(bytes(prefix + "list:" + name), 0, -1);
                }
                connection.zSetCommands().zRevRange(bytes(prefix + "trends"), 0, -1);
                connection.hashCommands().hGetAll(bytes(prefix + "trend-figures"));
                return null;
            });
            Map<String, List<Long>> lists = new LinkedHashMap<>();
            for (int i = 0; i < names.size(); i++) {
                lists.put(names.get(i), ((Collection<?>) members.get(i)).stream()
                        .map(id -> Long.parseLong(id.toString())).toList());
            }
            Map<?, ?> figures = (Map<?, ?>) members.get(names.size() + 1);
            List<KeywordTrend> trends = ((Collection<?>) members.get(names.size())).stream()
                    .map(tag -> trend(tag.toString(), (String) figures.get(tag.toString())))
                    .filter(trend -> trend != null).toList();
            reachable(true, null);
            return Optional.of(new ComputedRankings(Instant.parse(computedAt), lists, trends));
        } catch (DataAccessException e) {
            reachable(false, e);
            return Optional.empty();
        }
    }

    /** recent, expected, rise and the article ids, as one hash value. */
    private static String figures(KeywordTrend trend) {
        return trend.recent() + "|" + trend.expected() + "|" + trend.rise() + "|"
                + String.join(",", trend.articleIds().stream().map(String::valueOf).toList());
    }

    private static KeywordTrend trend(String tag, String figures) {
        if (figures == null) {
            return null;
        }
        String[] parts = figures.split("\\|", -1);
        List<Long> ids = parts[3].isEmpty() ? List.of()
                : Arrays.stream(parts[3].split(",")).map(Long::parseLong).toList();
        return new KeywordTrend(tag, Long.parseLong(parts[0]), Double.parseDouble(parts[1]),
                Double.parseDouble(parts[2]), ids);
    }

    private void reachable(boolean now, RuntimeException problem) {
        if (reachable.getAndSet(now) != now) {
            if (now) {
                log.warn("Redis is reachable again: shared view de-duplication and rankings resume");
            } else {
                log.warn("Redis cannot be reached ({}): pages keep the rankings last loaded, views are counted "
                        + "and de-duplicated on this instance alone until it returns", problem.getMessage());
            }
        }
    }

    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    @Override
    public void close() {
        connections.destroy();
    }
}
