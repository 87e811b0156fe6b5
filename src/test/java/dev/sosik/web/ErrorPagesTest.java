package dev.sosik.web;

import static org.assertj.core.api.Assertions.assertThat;

import gg.jte.ContentType;
import gg.jte.TemplateEngine;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.dao.QueryTimeoutException;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.mock.web.MockHttpServletRequest;

class ErrorPagesTest {

    private final ErrorPages pages = new ErrorPages(TemplateEngine.createPrecompiled(ContentType.Html),
            tools.jackson.databind.json.JsonMapper.builder().build());

    @Test
    void aServerErrorOnAPageIsAKoreanPageWithoutDetails() {
        ResponseEntity<?> response = pages.respond(new MockHttpServletRequest("GET", "/articles/1"),
                HttpStatus.INTERNAL_SERVER_ERROR, ErrorPages.defaultMessage(HttpStatus.INTERNAL_SERVER_ERROR));

        assertThat(response.getStatusCode().value()).isEqualTo(500);
        assertThat(response.getHeaders().getContentType()).isEqualTo(MediaType.TEXT_HTML);
        Document page = Jsoup.parse((String) response.getBody());
        assertThat(page.selectFirst(".error-page h1").text()).isEqualTo("일시적인 오류입니다");
        assertThat(page.selectFirst(".error-message").text()).startsWith("일시적인 오류로 요청을 처리하지 못했습니다.");
    }

    @Test
    void aWriteThatWaitedTooLongForALockIsA503ToSendAgainNeverA500() {
        ResponseEntity<?> response = new ErrorResponses(pages).busy(
                new QueryTimeoutException("Timeout trying to lock table \"article_counter\""),
                new MockHttpServletRequest("PUT", "/api/v1/articles/1/reaction"));

        assertThat(response.getStatusCode().value()).isEqualTo(503);
        assertThat(response.getHeaders().getFirst("Retry-After")).isEqualTo("1");
        var problem = tools.jackson.databind.json.JsonMapper.builder().build().readTree((String) response.getBody());
        assertThat(problem.get("detail").asString()).isEqualTo("요청이 몰려 처리하지 못했습니다. 잠시 후 다시 시도해 주세요.");
    }

    @Test
    void aServerErrorInTheApiIsAProblemDetail() {
        ResponseEntity<?> response = pages.respond(new MockHttpServletRequest("GET", "/api/v1/articles"),
                HttpStatus.INTERNAL_SERVER_ERROR, ErrorPages.defaultMessage(HttpStatus.INTERNAL_SERVER_ERROR));

        assertThat(response.getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
        var problem = tools.jackson.databind.json.JsonMapper.builder().build().readTree((String) response.getBody());
        assertThat(problem.get("status").asInt()).isEqualTo(500);
        assertThat(problem.get("detail").asString()).startsWith("일시적인 오류로");
    }
}
