package com.careflow.payment;

import java.util.Optional;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.mongodb.repository.MongoRepository;

/** Payments by idempotency key ({@code order-charge:<orderNumber>}). */
public interface Payments extends MongoRepository<Payment, String> {

    Optional<Payment> findByOrderNumber(String orderNumber);

    /** Inserts the payment unless one with its id exists; either way returns the stored one. */
    default Payment recordOnce(Payment payment) {
        try {
            return insert(payment);
        } catch (DuplicateKeyException alreadyRecorded) {
            return findById(payment.id()).orElseThrow(() -> alreadyRecorded);
        }
    }
}
