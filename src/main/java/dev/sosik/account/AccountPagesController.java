package dev.sosik.account;

import java.util.HashMap;
import java.util.Map;

import dev.sosik.web.ClientErrorException;
import dev.sosik.web.Redirects;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.ModelAndView;

/** The sign-up and sign-in pages; plain forms that work without JavaScript. */
@Controller
class AccountPagesController {

    private final SignUp signUp;
    private final SignIn signIn;

    AccountPagesController(SignUp signUp, SignIn signIn) {
        this.signUp = signUp;
        this.signIn = signIn;
    }

    @GetMapping("/signup")
    ModelAndView signUpForm(@RequestParam(required = false) String next) {
        return signUpPage(new SignUpForm("", "", Map.of(), null), next);
    }

    @PostMapping("/signup")
    ModelAndView signUp(@RequestParam(name = "login_id", defaultValue = "") String loginId,
                        @RequestParam(defaultValue = "") String nickname,
                        @RequestParam(defaultValue = "") String password,
                        @RequestParam(name = "password_confirm", defaultValue = "") String passwordConfirm,
                        @RequestParam(required = false) String next,
                        HttpServletRequest request, HttpServletResponse response) {
        if (!password.equals(passwordConfirm)) {
            var page = signUpPage(new SignUpForm(loginId, nickname,
                    Map.of("password_confirm", "비밀번호가 서로 다릅니다."), "입력한 내용을 확인해 주세요."), next);
            page.setStatus(HttpStatus.BAD_REQUEST);
            return page;
        }
        try {
            Reader reader = Reader.of(signUp.open(loginId, nickname, password));
            signIn.startSession(reader, request, response);
            return Redirects.seeOther(LocalPaths.orHome(next));
        } catch (ClientErrorException e) {
            var page = signUpPage(new SignUpForm(loginId, nickname, e.fieldErrors(), e.getMessage()), next);
            page.setStatus(e.status());
            return page;
        }
    }

    @GetMapping("/login")
    ModelAndView signInForm(@RequestParam(required = false) String next) {
        return signInPage("", null, next);
    }

    @PostMapping("/login")
    ModelAndView signIn(@RequestParam(name = "login_id", defaultValue = "") String loginId,
                        @RequestParam(defaultValue = "") String password,
                        @RequestParam(required = false) String next,
                        HttpServletRequest request, HttpServletResponse response) {
        try {
            signIn.signIn(loginId, password, request, response);
            return Redirects.seeOther(LocalPaths.orHome(next));
        } catch (ClientErrorException e) {
            var page = signInPage(loginId, e.getMessage(), next);
            page.setStatus(e.status());
            return page;
        }
    }

    private static ModelAndView signUpPage(SignUpForm form, String next) {
        Map<String, Object> model = new HashMap<>();
        model.put("form", form);
        model.put("next", LocalPaths.orHome(next));
        return new ModelAndView("account/signup", model);
    }

    private static ModelAndView signInPage(String loginId, String message, String next) {
        Map<String, Object> model = new HashMap<>();
        model.put("loginId", loginId);
        model.put("message", message);
        model.put("next", LocalPaths.orHome(next));
        return new ModelAndView("account/login", model);
    }
}
