package com.careflow.domain.catalog;

import java.util.List;
import java.util.Optional;

import org.springframework.data.mongodb.repository.MongoRepository;

/** The service catalog. */
public interface ServiceItems extends MongoRepository<ServiceItem, String> {

    List<ServiceItem> findByActiveTrueOrderByCategoryAscPriceAsc();

    List<ServiceItem> findByActiveTrueAndCategoryOrderByPriceAsc(ServiceCategory category);

    Optional<ServiceItem> findByIdAndActiveTrue(String id);

    Optional<ServiceItem> findByName(String name);
}
