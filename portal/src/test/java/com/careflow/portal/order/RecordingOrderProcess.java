package com.careflow.portal.order;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicLong;

import com.careflow.domain.process.OrderPlaced;
import com.careflow.domain.process.PaymentSubmitted;

/**
 * Stands in for Zeebe at the engine boundary in web slices: records what the portal asked for, and can be told
 * to fail like an unreachable broker. (The real engine is exercised by the app module's end-to-end tests.)
 */
public class RecordingOrderProcess implements OrderProcess {

    public record Payment(String orderNumber, PaymentSubmitted payment) {
    }

    private final AtomicLong keys = new AtomicLong(2251799813685248L);
    private final List<OrderPlaced> started = new CopyOnWriteArrayList<>();
    private final List<Payment> payments = new CopyOnWriteArrayList<>();
    private volatile RuntimeException failure;

    @Override
    public long start(OrderPlaced placed) {
        failIfAsked();
        started.add(placed);
        return keys.incrementAndGet();
    }

    @Override
    public void submitPayment(String orderNumber, PaymentSubmitted payment) {
        failIfAsked();
        payments.add(new Payment(orderNumber, payment));
    }

    public List<OrderPlaced> started() {
        return List.copyOf(started);
    }

    public List<Payment> payments() {
        return List.copyOf(payments);
    }

    public long lastKey() {
        return keys.get();
    }

    /** From now on every call fails the way the Camunda client does when the broker cannot be reached. */
    public void failWith(RuntimeException failure) {
        this.failure = failure;
    }

    public void reset() {
        started.clear();
        payments.clear();
        failure = null;
    }

    private void failIfAsked() {
        if (failure != null) {
            throw failure;
        }
    }
}
