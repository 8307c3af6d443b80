package com.careflow.portal.provider;

import java.text.NumberFormat;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

import com.careflow.domain.assignment.GrabOutcome;
import com.careflow.domain.assignment.Offer;
import com.careflow.domain.assignment.OfferDesk;
import com.careflow.domain.assignment.Offers;
import com.careflow.portal.order.OrderProcess;

/**
 * The offers a provider can grab, and grabbing one. The claim happens in Mongo ({@link OfferDesk#grab}), exactly
 * once whatever the contention; the winner's grab is then told to the grab-order instance. If that message does not
 * get through, the round's timer finds the offer taken in Mongo and the process goes on with the same winner, so
 * the provider still has the order.
 */
@Component
class ProviderOffers {

    private static final Logger log = LoggerFactory.getLogger(ProviderOffers.class);
    private static final DateTimeFormatter APPOINTMENT = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    private final Offers offers;
    private final OfferDesk desk;
    private final OrderProcess process;
    private final MessageSource messages;

    ProviderOffers(Offers offers, OfferDesk desk, OrderProcess process, MessageSource messages) {
        this.offers = offers;
        this.desk = desk;
        this.process = process;
        this.messages = messages;
    }

    List<OfferView> openFor(String providerId, Locale locale) {
        return offers.findOpenFor(providerId).stream().map(offer -> view(offer, locale)).toList();
    }

    GrabOutcome grab(String orderNumber, String providerId) {
        GrabOutcome outcome = desk.grab(orderNumber, providerId);
        if (outcome == GrabOutcome.WON) {
            try {
                process.orderGrabbed(orderNumber, providerId);
            }
            catch (RuntimeException e) {
                log.warn("Order {} was grabbed by {} but the process could not be told; its round timer will find "
                        + "the winner", orderNumber, providerId, e);
            }
        }
        return outcome;
    }

    /** What the provider reads about the result of a grab, in the page language. */
    String describe(GrabOutcome outcome, Locale locale) {
        return messages.getMessage("provider.grab." + outcome.name(), null, outcome.name(), locale);
    }

    private OfferView view(Offer offer, Locale locale) {
        NumberFormat money = NumberFormat.getNumberInstance(Locale.ROOT);
        money.setMinimumFractionDigits(2);
        money.setMaximumFractionDigits(2);
        money.setGroupingUsed(true);
        return new OfferView(offer.getOrderNumber(), offer.getServiceName(),
                messages.getMessage("category." + offer.getCategory().name(), null, offer.getCategory().name(), locale),
                offer.getCity(), APPOINTMENT.format(offer.getAppointmentStart()), offer.getDurationMinutes(),
                "¥" + money.format(offer.getAmount()), offer.getRound(), offer.getStatus().name());
    }

    /** One row of the offers table, and one element of GET /api/provider/offers. */
    record OfferView(String orderNumber, String serviceName, String category, String city, String appointmentStart,
            int durationMinutes, String amount, int round, String status) {
    }
}
