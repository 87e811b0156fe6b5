package dev.sosik.web;

import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Tells a guest's request before Spring Session and Spring Security have looked at it: a reader is signed in
 * through the session alone (no remember-me, no HTTP authentication), so a request without a session cookie is a
 * guest's. A request with one may still be a guest's (an expired session): it goes the long way.
 */
@Component
public class Guests {

    private final String sessionCookie;

    Guests(@Value("${server.servlet.session.cookie.name:SESSION}") String sessionCookie) {
        this.sessionCookie = sessionCookie;
    }

    public boolean isGuest(HttpServletRequest request) {
        Cookie[] cookies = request.getCookies();
        if (cookies != null) {
            for (Cookie cookie : cookies) {
                if (cookie.getName().equals(sessionCookie)) {
                    return false;
                }
            }
        }
        return true;
    }
}
