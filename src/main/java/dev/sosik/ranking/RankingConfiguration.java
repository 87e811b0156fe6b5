package dev.sosik.ranking;

import java.time.Clock;
import java.time.Duration;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * In process or in Redis: SOSIK_REDIS_URL ({@code sosik.redis.url}) decides. Keys in Redis start with
 * {@code sosik.redis.prefix}, so that several sites or test runs can share one Redis.
 */
@Configuration(proxyBeanMethods = false)
class RankingConfiguration {

    static final Duration VIEW_WINDOW = Duration.ofMinutes(30);

    @Bean
    static SharedState sharedState(@Value("${sosik.redis.url:}") String url,
                            @Value("${sosik.redis.prefix:sosik:}") String prefix,
                            @Value("${sosik.ranking.max-visitor-marks:2000000}") int maxMarks, Clock clock) {
        var local = new InProcessState(clock, VIEW_WINDOW, maxMarks);
        return url.isBlank() ? local : new RedisState(url, prefix, VIEW_WINDOW, local);
    }
}
