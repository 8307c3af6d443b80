package com.careflow.search;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

/**
 * One result. {@code titleHtml} and {@code snippetHtml} are HTML-escaped text in which only the matched terms are
 * wrapped in {@code <mark>…</mark>} (Elasticsearch's html encoder); everything else is plain data. Fields that do
 * not apply to the hit's type are null (or empty).
 *
 * @param category   ServiceCategory name (services)
 * @param categories certified ServiceCategory names still valid (providers)
 * @param levels     CertificationLevel names of those certificates (providers)
 * @param kind       ContentKind name (content)
 */
public record SearchHit(SearchType type, String id, String title, String titleHtml, String snippetHtml,
        String category, List<String> categories, String city, BigDecimal price, Double rating,
        List<String> levels, List<String> languages, String kind, String authorName, Instant publishedAt) {
}
