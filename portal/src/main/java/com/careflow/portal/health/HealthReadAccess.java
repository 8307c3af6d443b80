package com.careflow.portal.health;

import java.time.Clock;
import java.util.Optional;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;

import com.careflow.domain.health.HealthAccess;
import com.careflow.domain.health.HealthAccessLog;
import com.careflow.domain.health.HealthConsents;
import com.careflow.portal.security.PortalUser;
import com.careflow.portal.security.Roles;

/**
 * Who may read a customer's health records besides the customer: a provider while they have an active order with
 * the customer on which the customer consented; an admin with a reason. Reviewers, analysts and finance never (the
 * route is closed to them in SecurityConfig, and refused here too). Every read allowed here is written to the
 * customer's access log before anything is shown.
 */
@Component
class HealthReadAccess {

    static final int REASON_MIN = 5;
    static final int REASON_MAX = 200;

    /** An admin opened the records without saying why: the page asks for the reason first. */
    static class ReasonRequiredException extends RuntimeException {
        ReasonRequiredException() {
            super("An admin must give a reason to read a customer's health records");
        }
    }

    private final HealthConsents consents;
    private final HealthAccessLog log;
    private final Clock clock;

    HealthReadAccess(HealthConsents consents, HealthAccessLog log, Clock clock) {
        this.consents = consents;
        this.log = log;
        this.clock = clock;
    }

    /**
     * Lets {@code viewer} read {@code customerId}'s records ({@code what}: which view) and logs it, or refuses.
     * Returns why the read is allowed: the consenting order's number, or the admin's reason.
     */
    String open(PortalUser viewer, String customerId, String reason, String what) {
        if (viewer.id().equals(customerId)) {
            return null;
        }
        String why;
        String role;
        if (viewer.isAdmin()) {
            String given = reason == null ? "" : reason.strip();
            if (given.length() < REASON_MIN || given.length() > REASON_MAX) {
                throw new ReasonRequiredException();
            }
            why = given;
            role = Roles.ADMIN;
        }
        else if (viewer.roles().contains(Roles.PROVIDER)) {
            Optional<String> order = consents.consentingOrder(viewer.id(), customerId);
            why = order.orElseThrow(() -> new AccessDeniedException("Provider " + viewer.id()
                    + " has no active order with consent of " + customerId));
            role = Roles.PROVIDER;
        }
        else {
            throw new AccessDeniedException(viewer.id() + " may not read health records of " + customerId);
        }
        log.save(new HealthAccess(null, customerId, viewer.id(), viewer.name(), role, why, what, clock.instant()));
        return why;
    }
}
