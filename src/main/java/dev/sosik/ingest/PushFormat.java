package dev.sosik.ingest;

import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import dev.sosik.article.BodyHtml;
import dev.sosik.article.Categories;
import dev.sosik.article.Category;
import dev.sosik.article.Reporter;
import dev.sosik.ingest.extract.HtmlSanitizer;
import tools.jackson.databind.JsonNode;

import org.springframework.stereotype.Component;

/**
 * Reads the articles presses push (and the import command reads, one per line): every field checked, every
 * problem named with its field, so that a press can fix its feed in one go.
 */
@Component
public class PushFormat {

    private final Categories categories;

    PushFormat(Categories categories) {
        this.categories = categories;
    }

    /** The article in a JSON object, or the problems, field by field (prefix names the item, e.g. "[2]."). */
    public Result read(JsonNode item, long pressId, String prefix) {
        Map<String, String> errors = new LinkedHashMap<>();
        if (item == null || !item.isObject()) {
            errors.put(prefix.isEmpty() ? "body" : prefix.substring(0, prefix.length() - 1),
                    "기사는 JSON 객체여야 합니다.");
            return new Result(null, errors);
        }
        String externalId = text(item, "external_id", 300, true, prefix, errors);
        String url = url(item, "url", true, prefix, errors);
        String title = text(item, "title", 300, true, prefix, errors);
        String bodyHtml = body(item, url, prefix, errors);
        String category = category(item, prefix, errors);
        Reporter reporter = reporter(item, prefix, errors);
        OffsetDateTime published = time(item, "published_at", true, prefix, errors);
        OffsetDateTime updated = time(item, "updated_at", false, prefix, errors);
        String thumbnail = url(item, "thumbnail_url", false, prefix, errors);
        String copyright = text(item, "copyright", 500, false, prefix, errors);
        if (!errors.isEmpty()) {
            return new Result(null, errors);
        }
        return new Result(new IncomingArticle(pressId, externalId, url, title, bodyHtml, category, reporter,
                published, updated, thumbnail, copyright, List.of(), null), errors);
    }

    /** Either an article or what is wrong with it. */
    public record Result(IncomingArticle article, Map<String, String> errors) {
    }

    private static String text(JsonNode item, String field, int max, boolean required, String prefix,
                               Map<String, String> errors) {
        JsonNode value = item.get(field);
        if (value == null || value.isNull() || value.isString() && value.asString().isBlank()) {
            if (required) {
                errors.put(prefix + field, field + " 값이 필요합니다.");
            }
            return null;
        }
        if (!value.isString()) {
            errors.put(prefix + field, field + " 값은 문자열이어야 합니다.");
            return null;
        }
        String text = value.asString().strip();
        if (text.length() > max) {
            errors.put(prefix + field, field + " 값은 " + max + "자를 넘을 수 없습니다.");
            return null;
        }
        return text;
    }

    private static String url(JsonNode item, String field, boolean required, String prefix,
                              Map<String, String> errors) {
        String text = text(item, field, 1000, required, prefix, errors);
        if (text == null) {
            return null;
        }
        if (HttpUrls.isHttp(text)) {
            return text;
        }
        errors.put(prefix + field, field + " 값은 http 또는 https 주소여야 합니다.");
        return null;
    }

    private static String body(JsonNode item, String url, String prefix, Map<String, String> errors) {
        Map<String, String> own = new LinkedHashMap<>();
        String html = text(item, "body_html", 1_000_000, false, prefix, own);
        String text = text(item, "body_text", 1_000_000, false, prefix, own);
        errors.putAll(own);
        String body = null;
        if (html != null) {
            body = HtmlSanitizer.sanitize(html, url == null ? "" : url);
        } else if (text != null) {
            body = BodyHtml.fromParagraphs(Arrays.asList(text.split("\\n")));
        }
        if (own.isEmpty() && (body == null || body.isBlank())) {
            errors.put(prefix + "body_html", "body_html 또는 body_text 값이 필요합니다.");
        }
        return body;
    }

    private String category(JsonNode item, String prefix, Map<String, String> errors) {
        String value = text(item, "category", 40, true, prefix, errors);
        if (value == null) {
            return null;
        }
        Optional<Category> category = categories.findByCodeOrName(value);
        if (category.isEmpty()) {
            errors.put(prefix + "category", "알 수 없는 category입니다: " + value
                    + " (politics, economy, society, life, it, world, entertainment, sports 또는 정치, 경제 …)");
            return null;
        }
        return category.get().code();
    }

    private static Reporter reporter(JsonNode item, String prefix, Map<String, String> errors) {
        JsonNode reporter = item.get("reporter");
        if (reporter == null || reporter.isNull()) {
            return null;
        }
        if (!reporter.isObject()) {
            errors.put(prefix + "reporter", "reporter 값은 {name, email} 객체여야 합니다.");
            return null;
        }
        String name = text(reporter, "name", 100, true, prefix + "reporter.", errors);
        String email = text(reporter, "email", 200, false, prefix + "reporter.", errors);
        if (email != null && !email.matches("[^@\\s]+@[^@\\s]+\\.[^@\\s]+")) {
            errors.put(prefix + "reporter.email", "reporter.email 값이 전자우편 주소가 아닙니다.");
        }
        return name == null ? null : new Reporter(name, email == null ? "" : email);
    }

    private static OffsetDateTime time(JsonNode item, String field, boolean required, String prefix,
                                       Map<String, String> errors) {
        String text = text(item, field, 40, required, prefix, errors);
        if (text == null) {
            return null;
        }
        try {
            return OffsetDateTime.parse(text);
        } catch (DateTimeParseException e) {
            errors.put(prefix + field, field + " 값은 시간대가 있는 ISO-8601 시각이어야 합니다 (예: 2025-03-06T11:15:00+09:00).");
            return null;
        }
    }
}
