package dev.sosik.ingest;

import java.net.URI;
import java.time.OffsetDateTime;
import java.util.List;

import dev.sosik.article.Press;
import dev.sosik.web.Kst;
import io.swagger.v3.oas.annotations.Operation;

import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** Admins manage presses, their API keys and their feeds (the security configuration admits admins only). */
@RestController
@RequestMapping("/api/v1/admin")
class IngestAdminController {

    private final IngestAdministration administration;
    private final Sources sources;
    private final FeedPolling polling;

    IngestAdminController(IngestAdministration administration, Sources sources, FeedPolling polling) {
        this.administration = administration;
        this.sources = sources;
        this.polling = polling;
    }

    record PressRequest(String code, String name, String homepage, String copyright) {
    }

    record SourceRequest(String pressCode, String feedUrl, String category, Boolean fullText,
                         Integer intervalMinutes, Boolean enabled) {
    }

    record ApiKey(String pressCode, String key, String notice) {
    }

    /** A source's settings and health, times in KST. */
    record SourceJson(long id, String pressCode, String feedUrl, String category, boolean fullText,
                      int intervalMinutes, boolean enabled, OffsetDateTime lastFetchAt, OffsetDateTime lastSuccessAt,
                      String lastError, OffsetDateTime lastErrorAt, int failures, long articlesTaken,
                      OffsetDateTime nextFetchAt) {

        static SourceJson of(Source source) {
            return new SourceJson(source.id(), source.pressCode(), source.feedUrl(), source.categoryCode(),
                    source.fullText(), source.intervalMinutes(), source.enabled(), Kst.offset(source.lastFetchAt()),
                    Kst.offset(source.lastSuccessAt()), source.lastError(), Kst.offset(source.lastErrorAt()),
                    source.failures(), source.articlesTaken(), Kst.offset(source.nextFetchAt()));
        }
    }

    record Poll(FeedPolling.PollReport report, SourceJson source) {
    }

    @Operation(summary = "Add a press")
    @PostMapping("/presses")
    ResponseEntity<Press> addPress(@RequestBody PressRequest request) {
        Press press = administration.addPress(request.code(), request.name(), request.homepage(),
                request.copyright());
        return ResponseEntity.created(URI.create("/presses/" + press.code())).body(press);
    }

    @Operation(summary = "Issue a push API key for a press (shown once)")
    @PostMapping("/presses/{code}/api-keys")
    ResponseEntity<ApiKey> issueKey(@PathVariable String code) {
        return ResponseEntity.status(HttpStatus.CREATED).body(new ApiKey(code, administration.issueKey(code),
                "이 키는 다시 보여 주지 않습니다. 안전한 곳에 보관하세요."));
    }

    @Operation(summary = "Add a feed source")
    @PostMapping("/sources")
    ResponseEntity<SourceJson> addSource(@RequestBody SourceRequest request) {
        Source source = administration.addSource(request.pressCode(), request.feedUrl(), request.category(),
                Boolean.TRUE.equals(request.fullText()), request.intervalMinutes(),
                !Boolean.FALSE.equals(request.enabled()));
        return ResponseEntity.created(URI.create("/api/v1/admin/sources/" + source.id())).body(SourceJson.of(source));
    }

    @Operation(summary = "Every source with its health")
    @GetMapping("/sources")
    List<SourceJson> sources() {
        return sources.all().stream().map(SourceJson::of).toList();
    }

    @Operation(summary = "A source's health: last fetch, last success, last error, articles taken, next fetch")
    @GetMapping("/sources/{id}")
    SourceJson source(@PathVariable long id) {
        return SourceJson.of(administration.source(id));
    }

    @Operation(summary = "Fetch a source now and say what came of it")
    @PostMapping("/sources/{id}/poll")
    Poll poll(@PathVariable long id) {
        FeedPolling.PollReport report = polling.poll(administration.source(id));
        return new Poll(report, SourceJson.of(administration.source(id)));
    }
}
