package dev.sosik.account;

/** What an account may do: readers react and comment; admins also moderate. */
public enum Role {
    READER, ADMIN;

    String dbValue() {
        return name().toLowerCase();
    }

    static Role of(String dbValue) {
        return valueOf(dbValue.toUpperCase());
    }
}
