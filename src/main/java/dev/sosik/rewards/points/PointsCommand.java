package dev.sosik.rewards.points;

import java.io.PrintStream;
import java.util.List;

/** {@code sosik points check} proves the cached balances against the ledger; {@code expire} writes off now. */
public final class PointsCommand {

    private PointsCommand() {
    }

    /** The exit code: 0 when the ledger is sound (or the expiry ran), 1 when the check found a mismatch. */
    public static int run(Ledger ledger, String what, PrintStream out) {
        if (what.equals("expire")) {
            out.printf("소멸 처리한 포인트: %d점%n", ledger.expireAll());
            return 0;
        }
        List<String> problems = ledger.check();
        problems.forEach(out::println);
        out.printf("포인트 원장 점검: 계정 %d개, 불일치 %d건%n", ledger.accounts(), problems.size());
        return problems.isEmpty() ? 0 : 1;
    }
}
