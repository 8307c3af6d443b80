package com.careflow.search;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Set;

import com.careflow.domain.catalog.ServiceCategory;
import com.careflow.domain.catalog.ServiceItem;
import com.careflow.domain.content.Content;
import com.careflow.domain.content.ContentKind;
import com.careflow.domain.provider.Certification;
import com.careflow.domain.provider.CertificationLevel;
import com.careflow.domain.provider.Provider;

/** Domain objects for search tests, built through the domain's own constructors and transitions. */
final class TestData {

    private TestData() {
    }

    static ServiceItem service(String id, ServiceCategory category, String name, String description, String price,
            String city) {
        return new ServiceItem(id, category, name, description, new BigDecimal(price), 60, city, true);
    }

    /** The same service with English texts, as the demo catalog has them. */
    static ServiceItem english(ServiceItem item, String nameEn, String descriptionEn) {
        return new ServiceItem(item.id(), item.category(), item.name(), item.description(), item.price(),
                item.durationMinutes(), item.city(), item.active(), nameEn, descriptionEn);
    }

    static ServiceItem inactive(ServiceItem item) {
        return new ServiceItem(item.id(), item.category(), item.name(), item.description(), item.price(),
                item.durationMinutes(), item.city(), false);
    }

    static Provider provider(String id, String name, String city, double rating, Set<String> specialties,
            Certification... certifications) {
        return new Provider(id, name, city, "朝阳区", List.of(certifications), List.of("zh"), specialties, rating, true,
                null);
    }

    static Certification certificate(ServiceCategory category, CertificationLevel level, Instant expiresAt) {
        return new Certification(category, level, expiresAt);
    }

    /** Submitted and published at {@code at}. */
    static Content published(String id, ContentKind kind, String title, String body, Instant at) {
        Content content = submitted(id, kind, title, body, at);
        content.publish("reviewer", "Reviewer", at);
        return content;
    }

    static Content submitted(String id, ContentKind kind, String title, String body, Instant at) {
        return Content.submit(id, kind, title, body,
                new Content.Author("author-" + id, "作者" + id, id + "@careflow.local", Content.ROLE_CUSTOMER), "zh-CN",
                at);
    }
}
