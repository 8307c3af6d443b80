package com.careflow.portal.order;

import java.time.Clock;
import java.time.YearMonth;

import org.springframework.validation.Errors;
import org.springframework.validation.Validator;

/** Card number (digits, length, Luhn) and expiry checks on top of the form's annotations; the card must not expire before this month ends. */
class PaymentFormValidator implements Validator {

    private final Clock clock;

    PaymentFormValidator(Clock clock) {
        this.clock = clock;
    }

    @Override
    public boolean supports(Class<?> type) {
        return PaymentForm.class.isAssignableFrom(type);
    }

    @Override
    public void validate(Object target, Errors errors) {
        PaymentForm form = (PaymentForm) target;
        if (!errors.hasFieldErrors("cardNumber")) {
            String problem = CardNumbers.problem(CardNumbers.normalize(form.getCardNumber()));
            if (problem != null) {
                errors.rejectValue("cardNumber", problem);
            }
        }
        if (!errors.hasFieldErrors("expiry")) {
            String[] monthYear = form.getExpiry().split("/");
            YearMonth expiry = YearMonth.of(2000 + Integer.parseInt(monthYear[1]), Integer.parseInt(monthYear[0]));
            if (expiry.isBefore(YearMonth.now(clock))) {
                errors.rejectValue("expiry", "payment.expiry.past");
            }
        }
    }
}
