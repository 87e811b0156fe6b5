package dev.sosik.ingest.fetch;

/**
 * Why a URL may not be fetched, thrown by {@link AddressGuard#check}. The {@link #reason() reason} is a short English
 * sentence such as {@code refused: 10.0.0.7 is a private address}.
 *
 * <p>A refusal is {@link #permanent() permanent} when asking again cannot help (a scheme other than http or https, no
 * host, an address the guard forbids); a host name that does not resolve is not, since DNS failures are often passing.
 */
public final class FetchRefused extends RuntimeException {

    private final boolean permanent;

    public FetchRefused(String reason, boolean permanent) {
        // A refusal is an expected outcome, not a bug: no stack trace to fill in.
        super(reason, null, false, false);
        this.permanent = permanent;
    }

    public String reason() {
        return getMessage();
    }

    public boolean permanent() {
        return permanent;
    }
}
