package com.careflow.domain.order;

import java.util.List;

import org.springframework.data.mongodb.repository.MongoRepository;

/** All service orders, by order number. */
public interface Orders extends MongoRepository<ServiceOrder, String> {

    List<ServiceOrder> findByCustomerIdOrderByCreatedAtDesc(String customerId);

    /** A provider's orders, next appointment first. */
    List<ServiceOrder> findByProviderIdOrderByScheduledAtAsc(String providerId);

    /** Complaints in a given state, e.g. the OPEN ones operations has to decide. */
    List<ServiceOrder> findByComplaintStatusOrderByCreatedAtDesc(ComplaintStatus status);
}
