package dev.sosik.account;

import java.util.Map;

/** What the sign-up form shows again after a refusal: never the password. */
public record SignUpForm(String loginId, String nickname, Map<String, String> errors, String message) {
}
