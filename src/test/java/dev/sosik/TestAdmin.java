package dev.sosik;

import java.net.http.HttpResponse;

/** The admin of the test database (its password is set in the test profiles), signed in on its own client. */
public final class TestAdmin {

    public static final String PASSWORD = "admin-test-pass-1";

    private TestAdmin() {
    }

    public static TestHttp signedIn(int port) {
        var http = new TestHttp(port);
        http.get("/api/v1/me");
        HttpResponse<String> signedIn = http.json("POST", "/api/v1/session",
                "{\"login_id\":\"admin\",\"password\":\"" + PASSWORD + "\"}");
        if (signedIn.statusCode() != 200) {
            throw new AssertionError("admin sign-in answered " + signedIn.statusCode() + ": " + signedIn.body());
        }
        return http;
    }
}
