package dev.sosik.account;

import java.util.List;

import dev.sosik.web.ClientErrorException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpStatus;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.authentication.logout.SecurityContextLogoutHandler;
import org.springframework.security.web.context.SecurityContextRepository;
import org.springframework.stereotype.Service;

/** Signs readers in and out, for the pages and the API alike. */
@Service
public class SignIn {

    /** The same words whether the login id is unknown or the password wrong, so ids cannot be probed. */
    static final String WRONG_CREDENTIALS = "아이디 또는 비밀번호가 올바르지 않습니다.";

    private final Accounts accounts;
    private final SignInThrottle throttle;
    private final AuthenticationProvider passwords;
    private final SecurityContextRepository contexts;
    private final SecurityContextHolderStrategy holder = SecurityContextHolder.getContextHolderStrategy();

    SignIn(Accounts accounts, SignInThrottle throttle, PasswordEncoder encoder, SecurityContextRepository contexts) {
        this.accounts = accounts;
        this.throttle = throttle;
        this.contexts = contexts;
        UserDetailsService hashes = loginId -> accounts.passwordHash(loginId)
                .map(hash -> User.withUsername(loginId).password(hash).roles("READER").build())
                .orElseThrow(() -> new UsernameNotFoundException(loginId));
        // Checks an unknown id against a dummy hash too, so that timing does not tell which ids exist.
        var provider = new DaoAuthenticationProvider(hashes);
        provider.setPasswordEncoder(encoder);
        this.passwords = provider;
    }

    public Reader signIn(String loginId, String password, HttpServletRequest request, HttpServletResponse response) {
        String id = SignUp.normalizeLoginId(loginId);
        String address = request.getRemoteAddr();
        throttle.check(id, address);
        try {
            passwords.authenticate(UsernamePasswordAuthenticationToken.unauthenticated(id, password));
        } catch (BadCredentialsException e) {
            throttle.recordFailure(id, address);
            throw new ClientErrorException(HttpStatus.UNAUTHORIZED, WRONG_CREDENTIALS);
        }
        throttle.clear(id);
        Reader reader = Reader.of(accounts.findByLoginId(id).orElseThrow());
        startSession(reader, request, response);
        return reader;
    }

    /** Signs in the given reader: a fresh session id (no fixation), the reader kept in the session. */
    void startSession(Reader reader, HttpServletRequest request, HttpServletResponse response) {
        if (request.getSession(false) != null) {
            request.changeSessionId();
        }
        var authorities = List.of(new SimpleGrantedAuthority("ROLE_" + reader.role().name()));
        var context = holder.createEmptyContext();
        context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(reader, null, authorities));
        holder.setContext(context);
        contexts.saveContext(context, request, response);
    }

    public void signOut(HttpServletRequest request, HttpServletResponse response) {
        new SecurityContextLogoutHandler().logout(request, response, holder.getContext().getAuthentication());
    }
}
