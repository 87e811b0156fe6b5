package dev.sosik.rewards.events;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * A month as the attendance page draws it: weeks from Sunday to Saturday, blank cells (null) before the first
 * and after the last day.
 */
public record MonthCalendar(YearMonth month, List<List<Integer>> weeks, Set<Integer> checked, int today) {

    static MonthCalendar of(LocalDate today, Set<Integer> checked) {
        YearMonth month = YearMonth.from(today);
        List<Integer> cells = new ArrayList<>();
        for (int blank = 0; blank < month.atDay(1).getDayOfWeek().getValue() % 7; blank++) {
            cells.add(null);
        }
        for (int day = 1; day <= month.lengthOfMonth(); day++) {
            cells.add(day);
        }
        while (cells.size() % 7 != 0) {
            cells.add(null);
        }
        List<List<Integer>> weeks = new ArrayList<>();
        for (int start = 0; start < cells.size(); start += 7) {
            weeks.add(cells.subList(start, start + 7));
        }
        return new MonthCalendar(month, weeks, checked, today.getDayOfMonth());
    }

    public String title() {
        return month.getYear() + "년 " + month.getMonthValue() + "월";
    }

    public boolean isChecked(Integer day) {
        return day != null && checked.contains(day);
    }
}
