package dev.sosik;

import java.io.PrintStream;

/**
 * A one-line progress bar for the long commands (import, search rebuild, hashtag retag): done/total, percent and
 * rate, redrawn at most ten times a second. Without a stream it shows nothing.
 */
public final class ProgressBar {

    private static final int WIDTH = 30;
    private static final long REDRAW_NANOS = 100_000_000;

    private final PrintStream out;
    private final long total;
    private final long started = System.nanoTime();
    private long done;
    private long drawnAt;

    public ProgressBar(PrintStream out, long total) {
        this.out = out;
        this.total = total;
    }

    public void step() {
        done++;
        long now = System.nanoTime();
        if (out != null && now - drawnAt >= REDRAW_NANOS) {
            drawnAt = now;
            draw(now);
        }
    }

    public void finish() {
        if (out != null) {
            draw(System.nanoTime());
            out.println();
        }
    }

    private void draw(long now) {
        int filled = total == 0 ? WIDTH : (int) (WIDTH * done / total);
        double seconds = Math.max(1e-9, (now - started) / 1e9);
        out.printf("\r[%s%s] %d/%d %3d%% %.0f/s", "#".repeat(filled), ".".repeat(WIDTH - filled), done, total,
                total == 0 ? 100 : 100 * done / total, done / seconds);
        out.flush();
    }
}
