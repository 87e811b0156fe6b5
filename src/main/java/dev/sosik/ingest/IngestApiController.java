package dev.sosik.ingest;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import dev.sosik.web.BadRequestException;
import dev.sosik.web.ClientErrorException;
import io.swagger.v3.oas.annotations.Operation;
import tools.jackson.databind.JsonNode;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;

/**
 * The push API: a press sends an article, or an array of them, with its API key. Nothing is stored unless every
 * article in the request is well-formed; each is then stored in its own transaction, idempotently.
 */
@RestController
class IngestApiController {

    static final int MAX_ARTICLES = 100;

    private final PressApiKeys keys;
    private final PushFormat format;
    private final ArticleIngest ingest;

    IngestApiController(PressApiKeys keys, PushFormat format, ArticleIngest ingest) {
        this.keys = keys;
        this.format = format;
        this.ingest = ingest;
    }

    record Outcome(String externalId, String outcome, Long articleId, String reason) {
    }

    record Outcomes(List<Outcome> results) {
    }

    @Operation(summary = "Push articles (a JSON object or an array of up to 100) with Authorization: Bearer <key>")
    @PostMapping("/api/v1/ingest/articles")
    Outcomes push(@RequestHeader(name = HttpHeaders.AUTHORIZATION, required = false) String authorization,
                  @RequestBody JsonNode body) {
        long pressId = keys.pressOf(bearer(authorization)).orElseThrow(() -> new ClientErrorException(
                HttpStatus.UNAUTHORIZED, "언론사 API 키가 없거나 올바르지 않습니다. Authorization: Bearer <키>로 보내 주세요."));
        List<JsonNode> items = new ArrayList<>();
        if (body.isArray()) {
            body.forEach(items::add);
        } else {
            items.add(body);
        }
        if (items.isEmpty() || items.size() > MAX_ARTICLES) {
            throw new BadRequestException("한 번에 1개에서 " + MAX_ARTICLES + "개까지 보낼 수 있습니다.");
        }
        List<IncomingArticle> articles = new ArrayList<>();
        Map<String, String> errors = new LinkedHashMap<>();
        for (int i = 0; i < items.size(); i++) {
            PushFormat.Result read = format.read(items.get(i), pressId, body.isArray() ? "[" + i + "]." : "");
            errors.putAll(read.errors());
            articles.add(read.article());
        }
        if (!errors.isEmpty()) {
            throw new BadRequestException("기사 " + errors.size() + "곳의 값이 올바르지 않습니다. 아무것도 저장하지 않았습니다.",
                    errors);
        }
        return new Outcomes(articles.stream().map(article -> {
            IngestOutcome outcome = ingest.ingest(article);
            return new Outcome(article.externalId(), outcome.kind().code(), outcome.articleId(), outcome.reason());
        }).toList());
    }

    private static String bearer(String authorization) {
        return authorization != null && authorization.startsWith("Bearer ")
                ? authorization.substring("Bearer ".length()).strip() : null;
    }
}
