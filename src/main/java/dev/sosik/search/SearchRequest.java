package dev.sosik.search;

import java.time.LocalDate;

/**
 * A search as a reader asked it. Filters are optional (null); from and to are days in Korea, both included.
 *
 * @param latest newest first instead of most relevant first
 */
public record SearchRequest(String query, String categoryCode, String pressCode, LocalDate from, LocalDate to,
                            boolean latest, int offset, int size) {
}
