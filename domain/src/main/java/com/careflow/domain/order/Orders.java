package com.careflow.domain.order;

import java.util.List;

import org.springframework.data.mongodb.repository.MongoRepository;

/** All service orders, by order number. */
public interface Orders extends MongoRepository<ServiceOrder, String> {

    List<ServiceOrder> findByCustomerIdOrderByCreatedAtDesc(String customerId);
}
