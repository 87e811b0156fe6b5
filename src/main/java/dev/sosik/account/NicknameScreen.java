package dev.sosik.account;

/** Says whether a nickname may be shown publicly; the comment abuse filter stands behind it. */
public interface NicknameScreen {

    boolean isAcceptable(String nickname);
}
