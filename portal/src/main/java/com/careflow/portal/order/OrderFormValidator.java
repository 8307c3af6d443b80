package com.careflow.portal.order;

import java.time.Clock;
import java.time.LocalDateTime;

import org.springframework.validation.Errors;
import org.springframework.validation.Validator;

/**
 * The rules bean validation cannot express against the platform clock: a booking must be in the future and
 * within the booking horizon. The date-time is wall-clock time in the platform zone (Asia/Shanghai).
 */
class OrderFormValidator implements Validator {

    static final int BOOKING_HORIZON_DAYS = 90;

    private final Clock clock;

    OrderFormValidator(Clock clock) {
        this.clock = clock;
    }

    @Override
    public boolean supports(Class<?> type) {
        return OrderForm.class.isAssignableFrom(type);
    }

    @Override
    public void validate(Object target, Errors errors) {
        LocalDateTime scheduledAt = ((OrderForm) target).getScheduledAt();
        if (scheduledAt == null || errors.hasFieldErrors("scheduledAt")) {
            return;
        }
        LocalDateTime now = LocalDateTime.now(clock);
        if (!scheduledAt.isAfter(now)) {
            errors.rejectValue("scheduledAt", "order.scheduledAt.notFuture");
        }
        else if (scheduledAt.isAfter(now.plusDays(BOOKING_HORIZON_DAYS))) {
            errors.rejectValue("scheduledAt", "order.scheduledAt.tooFar", new Object[] {BOOKING_HORIZON_DAYS}, null);
        }
    }
}
