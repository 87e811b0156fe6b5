package dev.sosik.web;

import java.util.Map;

import gg.jte.TemplateEngine;
import gg.jte.output.StringOutput;
import jakarta.servlet.http.HttpServletRequest;

import org.springframework.boot.webmvc.autoconfigure.error.ErrorViewResolver;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
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

    ErrorPages(TemplateEngine templates) {
        this.templates = templates;
    }

    public ResponseEntity<?> respond(HttpServletRequest request, HttpStatusCode status, String detail) {
        if (request.getRequestURI().startsWith("/api/")) {
            return ResponseEntity.status(status)
                    .contentType(MediaType.APPLICATION_PROBLEM_JSON)
                    .body(ProblemDetail.forStatusAndDetail(status, detail));
        }
        var html = new StringOutput();
        templates.render("web/error.jte", model(status, detail), html);
        return ResponseEntity.status(status).contentType(MediaType.TEXT_HTML).body(html.toString());
    }

    /** Errors that never reached a controller (the container's own) still get the Korean page. */
    @Override
    public ModelAndView resolveErrorView(HttpServletRequest request, HttpStatus status, Map<String, Object> model) {
        return new ModelAndView("web/error", model(status, defaultMessage(status)), status);
    }

    public static String defaultMessage(HttpStatusCode status) {
        return switch (status.value()) {
            case 400 -> "요청을 처리할 수 없습니다. 주소나 입력한 값을 확인해 주세요.";
            case 404 -> "요청하신 페이지를 찾을 수 없습니다. 주소가 바뀌었거나 삭제된 페이지입니다.";
            case 405 -> "허용되지 않은 요청 방식입니다.";
            case 413 -> "요청이 너무 큽니다.";
            case 415 -> "지원하지 않는 형식의 요청입니다.";
            default -> status.is4xxClientError()
                    ? "요청을 처리할 수 없습니다."
                    : "일시적인 오류로 요청을 처리하지 못했습니다. 잠시 후 다시 시도해 주세요.";
        };
    }

    private static Map<String, Object> model(HttpStatusCode status, String message) {
        return Map.of("status", status.value(), "message", message);
    }
}
