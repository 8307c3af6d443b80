package com.careflow.domain.assignment;

import java.util.Collection;
import java.util.List;

import org.springframework.data.mongodb.repository.MongoRepository;
import org.springframework.data.mongodb.repository.Query;

/** Offers, for reading; every change goes through {@link OfferDesk}. */
public interface Offers extends MongoRepository<Offer, String> {

    List<Offer> findByStatusInOrderByOpenedAt(Collection<OfferStatus> statuses);

    /** The offers {@code providerId} can grab now, oldest first. */
    @Query(value = "{ 'status': { '$in': ['OPEN', 'ESCALATED'] }, 'eligibleProviderIds': ?0 }",
            sort = "{ 'openedAt': 1 }")
    List<Offer> findOpenFor(String providerId);
}
