package dev.sosik.article;

import java.util.List;

/** Newer articles joined the related lists of these articles: their pages' 관련 기사 changed. */
public record RelatedChanged(List<Long> articleIds) {
}
