package dev.sosik.ingest;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.Map;

import dev.sosik.article.Categories;
import dev.sosik.article.Category;
import dev.sosik.article.Press;
import dev.sosik.article.Presses;
import dev.sosik.web.BadRequestException;
import dev.sosik.web.ClientErrorException;
import dev.sosik.web.NotFoundException;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;

/** What admins do with presses, keys and feeds, with the rules both the admin pages and the admin API follow. */
@Service
public class IngestAdministration {

    private final Presses presses;
    private final Categories categories;
    private final Sources sources;
    private final PressApiKeys keys;
    private final Clock clock;

    IngestAdministration(Presses presses, Categories categories, Sources sources, PressApiKeys keys, Clock clock) {
        this.presses = presses;
        this.categories = categories;
        this.sources = sources;
        this.keys = keys;
        this.clock = clock;
    }

    public Press addPress(String code, String name, String homepage, String copyright) {
        Map<String, String> errors = new LinkedHashMap<>();
        if (code == null || !code.matches("[a-z0-9-]{2,40}")) {
            errors.put("code", "code는 영문 소문자, 숫자, 하이픈 2~40자여야 합니다.");
        }
        if (name == null || name.isBlank() || name.length() > 100) {
            errors.put("name", "name은 1~100자여야 합니다.");
        }
        if (copyright == null || copyright.isBlank() || copyright.length() > 500) {
            errors.put("copyright", "copyright는 1~500자여야 합니다.");
        }
        boolean hasHomepage = homepage != null && !homepage.isBlank();
        if (hasHomepage && !HttpUrls.isHttp(homepage)) {
            errors.put("homepage", "homepage는 http 또는 https 주소여야 합니다.");
        }
        if (!errors.isEmpty()) {
            throw new BadRequestException("입력한 내용을 확인해 주세요.", errors);
        }
        if (presses.findByCode(code).isPresent()) {
            throw new ClientErrorException(HttpStatus.CONFLICT, "이미 있는 언론사 code입니다: " + code);
        }
        return presses.add(code, name.strip(), hasHomepage ? homepage.strip() : null, copyright.strip());
    }

    /** A new push API key for the press, to be shown once. */
    public String issueKey(String pressCode) {
        return keys.issue(press(pressCode).id());
    }

    public Source addSource(String pressCode, String feedUrl, String categoryCodeOrName, boolean fullText,
                            Integer intervalMinutes, boolean enabled) {
        Map<String, String> errors = new LinkedHashMap<>();
        if (pressCode == null || presses.findByCode(pressCode).isEmpty()) {
            errors.put("press_code", "알 수 없는 press_code입니다.");
        }
        if (feedUrl == null || !HttpUrls.isHttp(feedUrl) || feedUrl.length() > 1000) {
            errors.put("feed_url", "feed_url은 http 또는 https 주소여야 합니다.");
        }
        Category category = categoryCodeOrName == null ? null
                : categories.findByCodeOrName(categoryCodeOrName).orElse(null);
        if (category == null) {
            errors.put("category", "category는 분야 code(economy) 또는 이름(경제)이어야 합니다.");
        }
        int interval = intervalMinutes == null ? 15 : intervalMinutes;
        if (interval < 1 || interval > 1440) {
            errors.put("interval_minutes", "interval_minutes는 1에서 1440 사이여야 합니다.");
        }
        if (!errors.isEmpty()) {
            throw new BadRequestException("입력한 내용을 확인해 주세요.", errors);
        }
        if (sources.all().stream().anyMatch(source -> source.feedUrl().equals(feedUrl))) {
            throw new ClientErrorException(HttpStatus.CONFLICT, "이미 등록된 피드입니다: " + feedUrl);
        }
        return sources.add(press(pressCode).id(), feedUrl, category.code(), fullText, interval, enabled,
                OffsetDateTime.now(clock));
    }

    public Source source(long id) {
        return sources.find(id).orElseThrow(() -> new NotFoundException("피드를 찾을 수 없습니다: " + id));
    }

    private Press press(String code) {
        return presses.findByCode(code).orElseThrow(() -> new NotFoundException("없는 언론사입니다: " + code));
    }
}
