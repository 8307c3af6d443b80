package com.careflow.domain.catalog;

import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;

import org.springframework.data.annotation.Id;
import org.springframework.data.domain.DomainEvents;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * One orderable service of the catalog: price in CNY with two decimals, duration in minutes. Name and description
 * are Chinese, the platform's language; {@code nameEn} and {@code descriptionEn} are their English versions (may be
 * missing: English pages then show the Chinese text).
 */
@Document("services")
public record ServiceItem(
        @Id String id,
        ServiceCategory category,
        String name,
        String description,
        BigDecimal price,
        int durationMinutes,
        String city,
        boolean active,
        String nameEn,
        String descriptionEn) {

    /** A service known in Chinese only. */
    public ServiceItem(String id, ServiceCategory category, String name, String description, BigDecimal price,
            int durationMinutes, String city, boolean active) {
        this(id, category, name, description, price, durationMinutes, city, active, null, null);
    }

    /** The name in the visitor's language: English for English visitors when there is one, else Chinese. */
    public String nameIn(Locale locale) {
        return english(locale) && hasText(nameEn) ? nameEn : name;
    }

    public String descriptionIn(Locale locale) {
        return english(locale) && hasText(descriptionEn) ? descriptionEn : description;
    }

    private static boolean english(Locale locale) {
        return locale != null && "en".equals(locale.getLanguage());
    }

    private static boolean hasText(String text) {
        return text != null && !text.isBlank();
    }

    /** Published by the repository on every save: an immutable item is only ever saved when it is new or replaced. */
    @DomainEvents
    List<ServiceItemSaved> saved() {
        return List.of(new ServiceItemSaved(id));
    }
}
