package com.careflow.portal.order;

import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;

import com.careflow.domain.process.AppointmentProcess;
import com.careflow.domain.process.GrabOrderProcess;
import com.careflow.domain.process.OrderPlaced;
import com.careflow.domain.process.PaymentSubmitted;
import com.careflow.domain.process.ServiceOrderProcess;

/**
 * Stands in for the engine at the order's boundary in web slices: records what the portal asked for, and can be
 * told to fail like an unreachable engine. ({@code EngineOrderProcessTest} covers the real one's variables and
 * message ids; the app module's end-to-end tests run the real engine.)
 */
public class RecordingOrderProcess implements OrderProcess {

    public record Payment(String orderNumber, PaymentSubmitted payment) {
    }

    /** A sent message as the engine would get it: name, business key (the order number), variables. */
    public record Message(String name, String orderNumber, Map<String, Object> variables) {
    }

    private final AtomicInteger instances = new AtomicInteger();
    private final List<OrderPlaced> started = new CopyOnWriteArrayList<>();
    private final List<Payment> payments = new CopyOnWriteArrayList<>();
    private final List<Message> messages = new CopyOnWriteArrayList<>();
    private volatile RuntimeException failure;

    @Override
    public String start(OrderPlaced placed) {
        failIfAsked();
        started.add(placed);
        return instanceId(instances.incrementAndGet());
    }

    @Override
    public void submitPayment(String orderNumber, PaymentSubmitted payment) {
        failIfAsked();
        payments.add(new Payment(orderNumber, payment));
    }

    @Override
    public void requestCancel(String orderNumber, String cancelledBy) {
        record(ServiceOrderProcess.MESSAGE_CANCEL_REQUESTED, orderNumber, Map.of("cancelledBy", cancelledBy));
    }

    @Override
    public void rescheduled(String orderNumber, String appointmentStart) {
        record(AppointmentProcess.MESSAGE_RESCHEDULED, orderNumber, Map.of("appointmentStart", appointmentStart));
    }

    @Override
    public void complaintFiled(String orderNumber) {
        record(ServiceOrderProcess.MESSAGE_COMPLAINT_FILED, orderNumber, Map.of());
    }

    @Override
    public void complaintDecided(String orderNumber, boolean approved) {
        record(ServiceOrderProcess.MESSAGE_COMPLAINT_DECIDED, orderNumber, Map.of("complaintApproved", approved));
    }

    @Override
    public void orderGrabbed(String orderNumber, String providerId) {
        record(GrabOrderProcess.MESSAGE_ORDER_GRABBED, orderNumber, Map.of("providerId", providerId));
    }

    @Override
    public void providerCheckedIn(String orderNumber) {
        record(AppointmentProcess.MESSAGE_PROVIDER_CHECKED_IN, orderNumber, Map.of("checkedIn", true));
    }

    @Override
    public void serviceCompleted(String orderNumber) {
        record(ServiceOrderProcess.MESSAGE_SERVICE_COMPLETED, orderNumber, Map.of());
    }

    public List<OrderPlaced> started() {
        return List.copyOf(started);
    }

    public List<Payment> payments() {
        return List.copyOf(payments);
    }

    public List<Message> messages() {
        return List.copyOf(messages);
    }

    public String lastInstanceId() {
        return instanceId(instances.get());
    }

    private static String instanceId(int number) {
        return "service-order-instance-" + number;
    }

    /** From now on every call fails the way the engine does when it cannot be reached. */
    public void failWith(RuntimeException failure) {
        this.failure = failure;
    }

    public void reset() {
        started.clear();
        payments.clear();
        messages.clear();
        failure = null;
    }

    private void record(String name, String orderNumber, Map<String, Object> variables) {
        failIfAsked();
        messages.add(new Message(name, orderNumber, variables));
    }

    private void failIfAsked() {
        if (failure != null) {
            throw failure;
        }
    }
}
