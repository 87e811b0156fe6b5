package dev.sosik.web;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;

import gg.jte.TemplateEngine;
import gg.jte.output.StringOutput;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.boot.webmvc.autoconfigure.error.ErrorViewResolver;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.ModelAndView;

/**
 * One answer for every error: RFC 9457 problem details under /api, a Korean page everywhere else,
 * and never a stack trace.
 */
@Component
public class ErrorPages implements ErrorViewResolver {

    private final TemplateEngine templates;
    private final JsonMapper json;

    public ErrorPages(TemplateEngine templates, JsonMapper json) {
        this.templates = templates;
        this.json = json;
    }

    public ResponseEntity<String> respond(HttpServletRequest request, HttpStatusCode status, String detail) {
        return respond(request, new ClientErrorException(HttpStatus.valueOf(status.value()), detail));
    }

    public ResponseEntity<String> respond(HttpServletRequest request, ClientErrorException error) {
        boolean api = isApi(request);
        var response = ResponseEntity.status(error.status())
                .contentType(api ? MediaType.APPLICATION_PROBLEM_JSON : MediaType.TEXT_HTML);
        if (error.retryAfter() != null) {
            response.header(HttpHeaders.RETRY_AFTER, Long.toString(retryAfterSeconds(error.retryAfter())));
        }
        return response.body(api ? problem(request, error) : page(error.status(), error.getMessage()));
    }

    /** The same answer, written straight to the response, for refusals made before any controller runs. */
    public void write(HttpServletRequest request, HttpServletResponse response, HttpStatus status, String detail)
            throws IOException {
        ResponseEntity<String> answer = respond(request, status, detail);
        response.setStatus(answer.getStatusCode().value());
        response.setContentType(answer.getHeaders().getContentType() + ";charset=UTF-8");
        byte[] body = answer.getBody().getBytes(StandardCharsets.UTF_8);
        response.setContentLength(body.length);
        response.getOutputStream().write(body);
    }

    /** Errors that never reached a controller (the container's own) still get the Korean page. */
    @Override
    public ModelAndView resolveErrorView(HttpServletRequest request, HttpStatus status, Map<String, Object> model) {
        return new ModelAndView("web/error", Map.of("status", status.value(), "message", defaultMessage(status)),
                status);
    }

    public static String defaultMessage(HttpStatusCode status) {
        return switch (status.value()) {
            case 400 -> "요청을 처리할 수 없습니다. 주소나 입력한 값을 확인해 주세요.";
            case 401 -> "로그인이 필요합니다.";
            case 403 -> "이 요청을 처리할 권한이 없습니다.";
            case 404 -> "요청하신 페이지를 찾을 수 없습니다. 주소가 바뀌었거나 삭제된 페이지입니다.";
            case 405 -> "허용되지 않은 요청 방식입니다.";
            case 413 -> "요청이 너무 큽니다.";
            case 415 -> "지원하지 않는 형식의 요청입니다.";
            case 429 -> "요청이 너무 많습니다. 잠시 후 다시 시도해 주세요.";
            default -> status.is4xxClientError()
                    ? "요청을 처리할 수 없습니다."
                    : "일시적인 오류로 요청을 처리하지 못했습니다. 잠시 후 다시 시도해 주세요.";
        };
    }

    private static boolean isApi(HttpServletRequest request) {
        return request.getRequestURI().startsWith("/api/");
    }

    private String problem(HttpServletRequest request, ClientErrorException error) {
        Map<String, Object> problem = new LinkedHashMap<>();
        problem.put("type", "about:blank");
        problem.put("title", error.status().getReasonPhrase());
        problem.put("status", error.status().value());
        problem.put("detail", error.getMessage());
        problem.put("instance", request.getRequestURI());
        if (!error.fieldErrors().isEmpty()) {
            problem.put("errors", error.fieldErrors());
        }
        return json.writeValueAsString(problem);
    }

    private String page(HttpStatusCode status, String message) {
        var html = new StringOutput();
        templates.render("web/error.jte", Map.of("status", status.value(), "message", message), html);
        return html.toString();
    }

    private static long retryAfterSeconds(Duration retryAfter) {
        return Math.max(1, retryAfter.toSeconds() + (retryAfter.toNanosPart() > 0 ? 1 : 0));
    }
}
