package dev.sosik.demo;

import java.io.IOException;
import java.io.InputStream;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import dev.sosik.article.Articles;
import dev.sosik.article.BodyHtml;
import dev.sosik.article.Categories;
import dev.sosik.article.Category;
import dev.sosik.article.NewArticle;
import dev.sosik.article.Press;
import dev.sosik.article.Presses;
import dev.sosik.article.Reporter;
import dev.sosik.text.ArticleTagging;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.SmartLifecycle;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Fills an empty database with the demo set: articles written for this project (never a real publication's text)
 * by fictional presses and reporters, dated over the three days before start-up so the portal always looks fresh,
 * a few of them point news, with polls and events to try.
 * {@code SOSIK_DEMO=auto} (the default) loads it into the embedded database only; {@code true} or {@code false} decide.
 * A database that holds any article is never touched. It is loaded while the application starts, before the web
 * server takes requests: a reader who opened the portal at once saw an empty home page, and guests were served
 * that copy for a few seconds more.
 */
@Component
class DemoContent implements SmartLifecycle {

    /** Before the web server starts (at {@code Integer.MAX_VALUE - 2048}), after what the load uses. */
    private static final int PHASE = SmartLifecycle.DEFAULT_PHASE - 3072;

    private static final Logger log = LoggerFactory.getLogger(DemoContent.class);

    private final Articles articles;
    private final Presses presses;
    private final Categories categories;
    private final JsonMapper json;
    private final TransactionTemplate transaction;
    private final ArticleTagging tagging;
    private final DemoRewards rewards;
    private final boolean enabled;
    private volatile boolean running;

    DemoContent(Articles articles, Presses presses, Categories categories, JsonMapper json,
                TransactionTemplate transaction, ArticleTagging tagging, DemoRewards rewards,
                @Value("${sosik.demo:auto}") String demo,
                @Value("${spring.datasource.url:}") String databaseUrl) {
        this.articles = articles;
        this.presses = presses;
        this.categories = categories;
        this.json = json;
        this.transaction = transaction;
        this.tagging = tagging;
        this.rewards = rewards;
        this.enabled = switch (demo) {
            case "true" -> true;
            case "false" -> false;
            case "auto" -> databaseUrl.startsWith("jdbc:h2:");
            default -> throw new IllegalArgumentException("SOSIK_DEMO must be auto, true or false, not " + demo);
        };
    }

    record DemoPress(String code, String name, String homepage, String copyright) {
    }

    /**
     * A demo article; its editor-chosen hashtags are not read here (they are the hashtag tests' labels).
     * pointNews marks the few that pay reading points.
     */
    record DemoArticle(String press, String url, String title, Reporter reporter, double hoursAgo,
                       Integer updatedMinutesAfter, Boolean pointNews, List<String> paragraphs) {
    }

    @Override
    public void start() {
        running = true;
        if (!enabled || articles.count() > 0) {
            return;
        }
        OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC).truncatedTo(ChronoUnit.SECONDS);
        int loaded = transaction.execute(status -> load(now));
        log.info("Loaded the demo content: {} articles. Set SOSIK_DEMO=false to start without it.", loaded);
    }

    @Override
    public void stop() {
        running = false;
    }

    @Override
    public boolean isRunning() {
        return running;
    }

    @Override
    public int getPhase() {
        return PHASE;
    }

    private int load(OffsetDateTime now) {
        Map<String, Press> pressByCode = new HashMap<>();
        for (DemoPress press : read("demo/presses.json", new TypeReference<List<DemoPress>>() { })) {
            pressByCode.put(press.code(), presses.findByCode(press.code())
                    .orElseGet(() -> presses.add(press.code(), press.name(), press.homepage(), press.copyright())));
        }
        record Section(String category, DemoArticle article) {
        }
        List<Section> demos = new ArrayList<>();
        for (Category category : categories.all()) {
            String file = "demo/articles/" + category.code() + ".json";
            read(file, new TypeReference<List<DemoArticle>>() { })
                    .forEach(demo -> demos.add(new Section(category.code(), demo)));
        }
        // tagged automatically, like every other article; the editors' tags in the files are the tagger's test set
        List<List<String>> hashtags = tagging.tagTogether(demos.stream()
                .map(demo -> ArticleTagging.Text.of(demo.article().title(),
                        BodyHtml.fromParagraphs(demo.article().paragraphs())))
                .toList());
        Map<String, Long> idsByUrl = new HashMap<>();
        for (int i = 0; i < demos.size(); i++) {
            DemoArticle demo = demos.get(i).article();
            OffsetDateTime published = now.minus(Duration.ofSeconds(Math.round(demo.hoursAgo() * 3600)));
            long id = articles.add(new NewArticle(
                    pressByCode.get(demo.press()).id(),
                    demos.get(i).category(),
                    demo.title(),
                    BodyHtml.fromParagraphs(demo.paragraphs()),
                    demo.reporter(),
                    demo.url(),
                    null,
                    published,
                    updatedAt(published, demo.updatedMinutesAfter(), now),
                    hashtags.get(i)));
            if (Boolean.TRUE.equals(demo.pointNews())) {
                articles.markPointNews(id, true);
            }
            idsByUrl.put(demo.url(), id);
        }
        rewards.load(read("demo/rewards.json", new TypeReference<DemoRewards.Demo>() { }), now, idsByUrl);
        return demos.size();
    }

    /** A revision that would lie in the future (the article is younger than its revision delay) is left out. */
    private static OffsetDateTime updatedAt(OffsetDateTime published, Integer minutesAfter, OffsetDateTime now) {
        if (minutesAfter == null) {
            return null;
        }
        OffsetDateTime updated = published.plusMinutes(minutesAfter);
        return updated.isAfter(now) ? null : updated;
    }

    private <T> T read(String resource, TypeReference<T> type) {
        try (InputStream in = new ClassPathResource(resource).getInputStream()) {
            return json.readValue(in, type);
        } catch (IOException e) {
            throw new IllegalStateException("The demo content " + resource + " cannot be read", e);
        }
    }
}
