package com.careflow.domain.provider;

import java.time.Instant;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;

import org.springframework.data.mongodb.repository.MongoRepository;

import com.careflow.domain.catalog.ServiceCategory;

/** Provider profiles. */
public interface Providers extends MongoRepository<Provider, String> {

    List<Provider> findByActiveTrueAndCityIn(Collection<String> cities);

    /** Active providers in one of {@code cities} with a certificate for {@code category} valid at {@code at}, by id. */
    default List<Provider> certified(ServiceCategory category, Collection<String> cities, Instant at) {
        return findByActiveTrueAndCityIn(cities).stream()
                .filter(p -> p.isCertifiedFor(category, at))
                .sorted(Comparator.comparing(Provider::getId))
                .toList();
    }
}
