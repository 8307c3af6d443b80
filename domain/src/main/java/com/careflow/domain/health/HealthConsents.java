package com.careflow.domain.health;

import java.util.List;
import java.util.Optional;

import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Component;

import com.careflow.domain.order.OrderStatus;
import com.careflow.domain.order.ServiceOrder;

/**
 * Whether a provider may read a customer's health records: only while the provider has an active order with that
 * customer (confirmed with them, or in progress) on which the customer consented to share them. Completing or
 * cancelling the order ends it; so does another provider taking the order over.
 */
@Component
public class HealthConsents {

    static final List<OrderStatus> ACTIVE = List.of(OrderStatus.CONFIRMED, OrderStatus.IN_PROGRESS);

    private final MongoTemplate mongo;

    HealthConsents(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    /** The number of the order that lets {@code providerId} read {@code customerId}'s records now, if any. */
    public Optional<String> consentingOrder(String providerId, String customerId) {
        Query query = Query.query(Criteria.where("providerId").is(providerId).and("customerId").is(customerId)
                .and("status").in(ACTIVE).and("healthDataConsent").is(true))
                .with(Sort.by("scheduledAt"));
        return Optional.ofNullable(mongo.findOne(query, ServiceOrder.class)).map(ServiceOrder::getOrderNumber);
    }
}
