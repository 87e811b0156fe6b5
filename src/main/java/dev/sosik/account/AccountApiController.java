package dev.sosik.account;

import java.net.URI;

import dev.sosik.web.ClientErrorException;
import io.swagger.v3.oas.annotations.Operation;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** Sign-up, sign-in and sign-out for API clients; the session cookie and the CSRF cookie do the rest. */
@RestController
@RequestMapping("/api/v1")
class AccountApiController {

    private final SignUp signUp;
    private final SignIn signIn;
    private final Accounts accounts;

    AccountApiController(SignUp signUp, SignIn signIn, Accounts accounts) {
        this.signUp = signUp;
        this.signIn = signIn;
        this.accounts = accounts;
    }

    record SignUpRequest(String loginId, String nickname, String password) {
    }

    record SignInRequest(String loginId, String password) {
    }

    record Me(long id, String loginId, String nickname, String role) {

        static Me of(Reader reader) {
            return new Me(reader.id(), reader.loginId(), reader.nickname(), reader.role().name().toLowerCase());
        }
    }

    @Operation(summary = "Open an account and sign in with it")
    @PostMapping("/accounts")
    ResponseEntity<Me> signUp(@RequestBody SignUpRequest body, HttpServletRequest request,
                              HttpServletResponse response) {
        Reader reader = Reader.of(signUp.open(body.loginId(), body.nickname(), body.password()));
        signIn.startSession(reader, request, response);
        return ResponseEntity.created(URI.create("/api/v1/me")).body(Me.of(reader));
    }

    @Operation(summary = "Sign in")
    @PostMapping("/session")
    Me signIn(@RequestBody SignInRequest body, HttpServletRequest request, HttpServletResponse response) {
        return Me.of(signIn.signIn(body.loginId(), body.password(), request, response));
    }

    @Operation(summary = "Sign out")
    @DeleteMapping("/session")
    ResponseEntity<Void> signOut(HttpServletRequest request, HttpServletResponse response) {
        signIn.signOut(request, response);
        return ResponseEntity.noContent().build();
    }

    @Operation(summary = "The signed-in reader (401 for a guest)")
    @GetMapping("/me")
    Me me(@AuthenticationPrincipal Reader reader) {
        if (reader == null || accounts.find(reader.id()).isEmpty()) {
            throw new ClientErrorException(HttpStatus.UNAUTHORIZED, "로그인이 필요합니다.");
        }
        return Me.of(reader);
    }
}
