package dev.sosik.web;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.util.unit.DataSize;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Refuses a request body larger than anything the portal takes (a comment is 500 characters; a press's push of
 * up to 100 articles is allowed more) before it is read, so that nobody can make the server parse megabytes of JSON.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
class RequestSizeLimit extends OncePerRequestFilter {

    private final long maxBytes;
    private final long maxPushBytes;
    private final ErrorPages errors;

    RequestSizeLimit(@Value("${sosik.max-request-body:256KB}") DataSize maxBytes,
                     @Value("${sosik.max-push-body:10MB}") DataSize maxPushBytes, ErrorPages errors) {
        this.maxBytes = maxBytes.toBytes();
        this.maxPushBytes = maxPushBytes.toBytes();
        this.errors = errors;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        long limit = request.getRequestURI().startsWith("/api/v1/ingest/") ? maxPushBytes : maxBytes;
        if (request.getContentLengthLong() > limit) {
            errors.write(request, response, HttpStatus.CONTENT_TOO_LARGE, "요청 본문이 너무 큽니다.");
            return;
        }
        chain.doFilter(request, response);
    }
}
