package com.careflow.portal.task;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import org.springframework.stereotype.Component;

import com.careflow.domain.health.alert.HealthAlert;
import com.careflow.domain.health.alert.HealthAlerts;
import com.careflow.domain.order.Orders;
import com.careflow.domain.order.ServiceOrder;
import com.careflow.domain.people.People;
import com.careflow.domain.people.Person;
import com.careflow.domain.process.HealthAlertProcess;

/**
 * The crisis call-back task ({@code CallBack} of health-alert, for consultants): the subject is what was measured;
 * the form shows it with whom to call — the customer's name and mail from the people directory, and the contact
 * phone of their latest order, the only phone number the platform keeps — and records the outcome with its own
 * decision form ({@link CallBackController}).
 */
@Component
class CallBackTasks implements ReviewTaskType {

    private final HealthAlerts alerts;
    private final People people;
    private final Orders orders;

    CallBackTasks(HealthAlerts alerts, People people, Orders orders) {
        this.alerts = alerts;
        this.people = people;
        this.orders = orders;
    }

    /** The alert and how to reach the customer; null fields when the platform does not know them. */
    record CallBackSubject(HealthAlert alert, String name, String email, String phone) {
    }

    @Override
    public String processId() {
        return HealthAlertProcess.PROCESS_ID;
    }

    @Override
    public Map<String, String> subjects(Collection<String> businessKeys) {
        return alerts.findAllById(businessKeys).stream().collect(Collectors.toMap(HealthAlert::id,
                HealthAlert::summary));
    }

    @Override
    public Optional<Object> subject(String businessKey) {
        return Optional.ofNullable(businessKey).flatMap(alerts::findById).map(alert -> {
            Optional<Person> person = people.findById(alert.customerId());
            Optional<ServiceOrder> latest = orders.findByCustomerIdOrderByCreatedAtDesc(alert.customerId()).stream()
                    .filter(order -> order.getContactPhone() != null).findFirst();
            return new CallBackSubject(alert, person.map(Person::displayName).orElse(null),
                    person.map(Person::email).orElse(null), latest.map(ServiceOrder::getContactPhone).orElse(null));
        });
    }

    @Override
    public List<String> reasons() {
        return List.of();
    }

    @Override
    public String reasonLabelPrefix() {
        return "";
    }

    @Override
    public String form(String elementId) {
        return "task/call-back :: subject";
    }

    @Override
    public String decisionForm(String elementId) {
        return "task/call-back :: decision";
    }
}
