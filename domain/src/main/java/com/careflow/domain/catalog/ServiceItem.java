package com.careflow.domain.catalog;

import java.math.BigDecimal;
import java.util.List;

import org.springframework.data.annotation.Id;
import org.springframework.data.domain.DomainEvents;
import org.springframework.data.mongodb.core.mapping.Document;

/** One orderable service of the catalog: price in CNY with two decimals, duration in minutes. */
@Document("services")
public record ServiceItem(
        @Id String id,
        ServiceCategory category,
        String name,
        String description,
        BigDecimal price,
        int durationMinutes,
        String city,
        boolean active) {

    /** Published by the repository on every save: an immutable item is only ever saved when it is new or replaced. */
    @DomainEvents
    List<ServiceItemSaved> saved() {
        return List.of(new ServiceItemSaved(id));
    }
}
