package com.careflow.portal.search;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;

import org.springframework.web.util.UriUtils;

import com.careflow.search.SearchHit;
import com.careflow.search.SearchType;

/**
 * One result as pages and the API show it: where it leads ({@code url}, null for providers, who have no public page
 * yet) and highlight HTML that is safe for {@code th:utext} (see {@link HighlightHtml}).
 */
public record HitView(String type, String id, String url, String title, String titleHtml, String snippetHtml,
        String category, List<String> categories, String city, BigDecimal price, Double rating, List<String> levels,
        List<String> languages, String kind, String authorName, Instant publishedAt) {

    static HitView of(SearchHit hit) {
        String titleHtml = hit.titleHtml() == null ? HighlightHtml.text(hit.title()) : HighlightHtml.safe(hit.titleHtml());
        return new HitView(hit.type().alias(), hit.id(), url(hit.type(), hit.id()), hit.title(), titleHtml,
                HighlightHtml.safe(hit.snippetHtml()), hit.category(), orEmpty(hit.categories()), hit.city(),
                hit.price(), hit.rating(), orEmpty(hit.levels()), orEmpty(hit.languages()), hit.kind(),
                hit.authorName(), hit.publishedAt());
    }

    /** The public page of a result: a service's catalog page, a published piece in the community. */
    static String url(SearchType type, String id) {
        return switch (type) {
            case SERVICES -> "/catalog/" + UriUtils.encodePathSegment(id, StandardCharsets.UTF_8);
            case CONTENT -> "/community/" + UriUtils.encodePathSegment(id, StandardCharsets.UTF_8);
            case PROVIDERS -> null;
        };
    }

    private static List<String> orEmpty(List<String> values) {
        return values == null ? List.of() : values;
    }
}
