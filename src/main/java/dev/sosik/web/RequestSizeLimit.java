package dev.sosik.web;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
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

    private static final String TOO_LARGE = "요청 본문이 너무 큽니다.";

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
            errors.write(request, response, HttpStatus.CONTENT_TOO_LARGE, TOO_LARGE);
            return;
        }
        // A body sent in chunks announces no length: it is counted as it is read instead.
        chain.doFilter(request.getContentLengthLong() < 0 ? new CappedBody(request, limit) : request, response);
    }

    /** A request whose body stream refuses to be read past the limit. */
    private static final class CappedBody extends HttpServletRequestWrapper {

        private final long limit;
        private ServletInputStream capped;

        CappedBody(HttpServletRequest request, long limit) {
            super(request);
            this.limit = limit;
        }

        @Override
        public ServletInputStream getInputStream() throws IOException {
            if (capped == null) {
                capped = new CappedStream(super.getInputStream(), limit);
            }
            return capped;
        }

        @Override
        public BufferedReader getReader() throws IOException {
            String charset = getCharacterEncoding();
            return new BufferedReader(new InputStreamReader(getInputStream(),
                    charset == null ? StandardCharsets.UTF_8 : Charset.forName(charset)));
        }
    }

    private static final class CappedStream extends ServletInputStream {

        private final ServletInputStream body;
        private final long limit;
        private long read;

        CappedStream(ServletInputStream body, long limit) {
            this.body = body;
            this.limit = limit;
        }

        @Override
        public int read() throws IOException {
            int next = body.read();
            count(next < 0 ? 0 : 1);
            return next;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) throws IOException {
            int count = body.read(buffer, offset, length);
            count(Math.max(count, 0));
            return count;
        }

        private void count(int bytes) {
            read += bytes;
            if (read > limit) {
                throw new ClientErrorException(HttpStatus.CONTENT_TOO_LARGE, TOO_LARGE);
            }
        }

        @Override
        public boolean isFinished() {
            return body.isFinished();
        }

        @Override
        public boolean isReady() {
            return body.isReady();
        }

        @Override
        public void setReadListener(ReadListener listener) {
            body.setReadListener(listener);
        }
    }
}
