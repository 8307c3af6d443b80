package com.careflow.payment;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.mongodb.repository.MongoRepository;

/** Payments by idempotency key ({@code order-charge:<orderNumber>:<attempt>}); one per attempt of an order. */
public interface Payments extends MongoRepository<Payment, String> {

    List<Payment> findByOrderNumber(String orderNumber);

    Optional<Payment> findFirstByOrderNumberAndStatusIn(String orderNumber, Collection<PaymentStatus> statuses);

    /** The order's charge that went through (approved, or refunded since); declined attempts do not count. */
    default Optional<Payment> charged(String orderNumber) {
        return findFirstByOrderNumberAndStatusIn(orderNumber, List.of(PaymentStatus.APPROVED, PaymentStatus.REFUNDED));
    }

    /** Inserts the payment unless one with its id exists; either way returns the stored one. */
    default Payment recordOnce(Payment payment) {
        try {
            return insert(payment);
        } catch (DuplicateKeyException alreadyRecorded) {
            return findById(payment.id()).orElseThrow(() -> alreadyRecorded);
        }
    }
}
