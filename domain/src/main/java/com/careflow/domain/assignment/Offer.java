package com.careflow.domain.assignment;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

import com.careflow.domain.catalog.ServiceCategory;

/**
 * An order on offer to providers, id = order number. Only {@link OfferDesk} changes it, and only with conditional
 * updates (never a whole-document save), so a grab and a round change can never overwrite each other.
 */
@Document("offers")
public class Offer {

    @Id
    private String orderNumber;
    private String serviceId;
    private String serviceName;
    private ServiceCategory category;
    private String city;
    private BigDecimal amount;
    private LocalDateTime appointmentStart;
    private int durationMinutes;
    private int round;
    private Set<String> eligibleProviderIds = new LinkedHashSet<>();
    private OfferStatus status;
    private String winnerId;
    private String winnerName;
    private AssignedBy assignedBy;
    /** Winners who did not show up and were replaced, oldest first. */
    private List<String> replacedProviderIds = new ArrayList<>();
    private Instant openedAt;
    private Instant roundEndsAt;
    private Instant takenAt;
    private Instant alertedAt;

    protected Offer() {
        // for Spring Data
    }

    Offer(String orderNumber, String serviceId, String serviceName, ServiceCategory category, String city,
            BigDecimal amount, LocalDateTime appointmentStart, int durationMinutes, Set<String> eligibleProviderIds,
            Instant openedAt, Instant roundEndsAt) {
        this.orderNumber = orderNumber;
        this.serviceId = serviceId;
        this.serviceName = serviceName;
        this.category = category;
        this.city = city;
        this.amount = amount;
        this.appointmentStart = appointmentStart;
        this.durationMinutes = durationMinutes;
        this.round = 1;
        this.eligibleProviderIds = new LinkedHashSet<>(eligibleProviderIds);
        this.status = OfferStatus.OPEN;
        this.openedAt = openedAt;
        this.roundEndsAt = roundEndsAt;
    }

    public boolean isTaken() {
        return status == OfferStatus.TAKEN;
    }

    public boolean isWonBy(String providerId) {
        return isTaken() && providerId != null && providerId.equals(winnerId);
    }

    public String getOrderNumber() { return orderNumber; }
    public String getServiceId() { return serviceId; }
    public String getServiceName() { return serviceName; }
    public ServiceCategory getCategory() { return category; }
    public String getCity() { return city; }
    public BigDecimal getAmount() { return amount; }
    public LocalDateTime getAppointmentStart() { return appointmentStart; }
    public int getDurationMinutes() { return durationMinutes; }
    public int getRound() { return round; }
    public Set<String> getEligibleProviderIds() { return Set.copyOf(eligibleProviderIds); }
    public OfferStatus getStatus() { return status; }
    public String getWinnerId() { return winnerId; }
    public String getWinnerName() { return winnerName; }
    public AssignedBy getAssignedBy() { return assignedBy; }
    public List<String> getReplacedProviderIds() { return List.copyOf(replacedProviderIds); }
    public Instant getOpenedAt() { return openedAt; }
    public Instant getRoundEndsAt() { return roundEndsAt; }
    public Instant getTakenAt() { return takenAt; }
    public Instant getAlertedAt() { return alertedAt; }
}
