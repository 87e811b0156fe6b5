package dev.sosik.account;

import java.text.Normalizer;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import dev.sosik.web.BadRequestException;
import dev.sosik.web.ClientErrorException;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.http.HttpStatus;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;

/** Opens readers' accounts, with the rules a reader is told about when a field is not right. */
@Service
public class SignUp {

    private static final Pattern LOGIN_ID = Pattern.compile("[a-z0-9_]{4,20}");
    private static final Pattern NICKNAME = Pattern.compile("[가-힣a-zA-Z0-9_]{2,12}");
    private static final int MIN_PASSWORD = 8;
    private static final int MAX_PASSWORD = 64;
    /** Nicknames that would let a reader pass for the portal's staff. */
    private static final Set<String> RESERVED = Set.of("admin", "administrator", "관리자", "운영자", "운영진", "소식",
            "sosik", "moderator", "모더레이터");

    private final Accounts accounts;
    private final PasswordEncoder encoder;
    private final NicknameScreen nicknameScreen;

    SignUp(Accounts accounts, PasswordEncoder encoder, NicknameScreen nicknameScreen) {
        this.accounts = accounts;
        this.encoder = encoder;
        this.nicknameScreen = nicknameScreen;
    }

    /** Login ids are compared without case and surrounding spaces. */
    static String normalizeLoginId(String loginId) {
        return loginId == null ? "" : loginId.strip().toLowerCase(Locale.ROOT);
    }

    static String normalizeNickname(String nickname) {
        return nickname == null ? "" : Normalizer.normalize(nickname.strip(), Normalizer.Form.NFC);
    }

    public Account open(String loginId, String nickname, String password) {
        String id = normalizeLoginId(loginId);
        String name = normalizeNickname(nickname);
        Map<String, String> errors = new LinkedHashMap<>();
        if (!LOGIN_ID.matcher(id).matches()) {
            errors.put("login_id", "아이디는 영문 소문자, 숫자, 밑줄(_)로 4~20자여야 합니다.");
        } else if (accounts.loginIdTaken(id)) {
            errors.put("login_id", "이미 사용 중인 아이디입니다.");
        }
        if (!NICKNAME.matcher(name).matches()) {
            errors.put("nickname", "닉네임은 한글, 영문, 숫자, 밑줄(_)로 2~12자여야 합니다.");
        } else if (RESERVED.contains(name.toLowerCase(Locale.ROOT)) || !nicknameScreen.isAcceptable(name)) {
            errors.put("nickname", "사용할 수 없는 닉네임입니다.");
        } else if (accounts.nicknameTaken(name)) {
            errors.put("nickname", "이미 사용 중인 닉네임입니다.");
        }
        String passwordProblem = passwordProblem(password, id);
        if (passwordProblem != null) {
            errors.put("password", passwordProblem);
        }
        if (!errors.isEmpty()) {
            throw new BadRequestException("입력한 내용을 확인해 주세요.", errors);
        }
        try {
            return accounts.add(id, name, encoder.encode(password), Role.READER);
        } catch (DuplicateKeyException e) {
            // another sign-up took the id or the nickname between the check and the insert
            throw new ClientErrorException(HttpStatus.CONFLICT, "이미 사용 중인 아이디 또는 닉네임입니다.",
                    Map.of(), null);
        }
    }

    private static String passwordProblem(String password, String loginId) {
        if (password == null || password.length() < MIN_PASSWORD || password.length() > MAX_PASSWORD) {
            return "비밀번호는 8~64자여야 합니다.";
        }
        int kinds = (password.chars().anyMatch(Character::isLetter) ? 1 : 0)
                + (password.chars().anyMatch(Character::isDigit) ? 1 : 0)
                + (password.chars().anyMatch(c -> !Character.isLetterOrDigit(c)) ? 1 : 0);
        if (kinds < 2) {
            return "비밀번호에는 문자, 숫자, 기호 중 두 가지 이상을 섞어 주세요.";
        }
        if (!loginId.isEmpty() && password.toLowerCase(Locale.ROOT).contains(loginId)) {
            return "비밀번호에 아이디를 넣을 수 없습니다.";
        }
        return null;
    }
}
