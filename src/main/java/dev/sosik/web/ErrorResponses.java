package dev.sosik.web;

import java.time.Duration;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.dao.DataAccessException;
import org.springframework.dao.PessimisticLockingFailureException;
import org.springframework.dao.QueryTimeoutException;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.HttpMediaTypeNotSupportedException;
import org.springframework.web.HttpRequestMethodNotSupportedException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.method.annotation.HandlerMethodValidationException;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.servlet.resource.NoResourceFoundException;

/** Turns what went wrong in a controller into the right status with a Korean message (see {@link ErrorPages}). */
@ControllerAdvice
class ErrorResponses {

    private static final Logger log = LoggerFactory.getLogger(ErrorResponses.class);
    private static final Duration RETRY_BUSY = Duration.ofSeconds(1);

    private final ErrorPages pages;

    ErrorResponses(ErrorPages pages) {
        this.pages = pages;
    }

    @ExceptionHandler
    ResponseEntity<?> refused(ClientErrorException e, HttpServletRequest request) {
        return pages.respond(request, e);
    }

    @ExceptionHandler
    ResponseEntity<?> noSuchPage(NoResourceFoundException e, HttpServletRequest request) {
        return pages.respond(request, HttpStatus.NOT_FOUND, ErrorPages.defaultMessage(HttpStatus.NOT_FOUND));
    }

    @ExceptionHandler
    ResponseEntity<?> malformedValue(MethodArgumentTypeMismatchException e, HttpServletRequest request) {
        return pages.respond(request, HttpStatus.BAD_REQUEST, "'" + e.getName() + "' 값이 올바르지 않습니다.");
    }

    @ExceptionHandler
    ResponseEntity<?> missingValue(MissingServletRequestParameterException e, HttpServletRequest request) {
        return pages.respond(request, HttpStatus.BAD_REQUEST,
                "'" + e.getParameterName() + "' 값이 필요합니다.");
    }

    @ExceptionHandler({HandlerMethodValidationException.class, HttpMessageNotReadableException.class})
    ResponseEntity<?> unreadable(Exception e, HttpServletRequest request) {
        // a body refused while it was read (too large) keeps its own answer, whatever the reader wrapped it in
        for (Throwable cause = e.getCause(); cause != null; cause = cause.getCause()) {
            if (cause instanceof ClientErrorException refused) {
                return pages.respond(request, refused);
            }
        }
        return pages.respond(request, HttpStatus.BAD_REQUEST, ErrorPages.defaultMessage(HttpStatus.BAD_REQUEST));
    }

    @ExceptionHandler
    ResponseEntity<?> wrongMethod(HttpRequestMethodNotSupportedException e, HttpServletRequest request) {
        return pages.respond(request, HttpStatus.METHOD_NOT_ALLOWED,
                ErrorPages.defaultMessage(HttpStatus.METHOD_NOT_ALLOWED));
    }

    @ExceptionHandler
    ResponseEntity<?> wrongMediaType(HttpMediaTypeNotSupportedException e, HttpServletRequest request) {
        return pages.respond(request, HttpStatus.UNSUPPORTED_MEDIA_TYPE,
                ErrorPages.defaultMessage(HttpStatus.UNSUPPORTED_MEDIA_TYPE));
    }

    /**
     * A write that waited too long for a row another write held (many readers reacting to one article at once): the
     * request changed nothing and may simply be sent again, so it is told so, never answered as a failure of ours.
     */
    @ExceptionHandler({PessimisticLockingFailureException.class, QueryTimeoutException.class})
    ResponseEntity<?> busy(DataAccessException e, HttpServletRequest request) {
        log.warn("{} {} waited too long for the database: {}", request.getMethod(), request.getRequestURI(),
                e.getMostSpecificCause().getMessage());
        return pages.respond(request, new ClientErrorException(HttpStatus.SERVICE_UNAVAILABLE,
                "요청이 몰려 처리하지 못했습니다. 잠시 후 다시 시도해 주세요.", Map.of(), RETRY_BUSY));
    }

    @ExceptionHandler
    ResponseEntity<?> unexpected(Exception e, HttpServletRequest request) {
        log.error("Unexpected error on {} {}", request.getMethod(), request.getRequestURI(), e);
        return pages.respond(request, HttpStatus.INTERNAL_SERVER_ERROR,
                ErrorPages.defaultMessage(HttpStatus.INTERNAL_SERVER_ERROR));
    }
}
