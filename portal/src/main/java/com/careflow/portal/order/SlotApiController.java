package com.careflow.portal.order;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

import com.careflow.domain.catalog.ServiceItem;
import com.careflow.domain.catalog.ServiceItems;
import com.careflow.portal.order.AppointmentSlots.SlotOption;

/**
 * The slots of one day, for the script (static/js/slots.js) that refills the slot select when the customer
 * picks another date on the order or reschedule form. Errors are problem documents (a RestController).
 */
@RestController
class SlotApiController {

    private final ServiceItems services;
    private final AppointmentSlots slots;

    SlotApiController(ServiceItems services, AppointmentSlots slots) {
        this.services = services;
        this.slots = slots;
    }

    @GetMapping("/orders/slots")
    List<SlotOption> slots(@RequestParam("service") String serviceId,
            @RequestParam("date") @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate date, Locale locale) {
        ServiceItem service = services.findById(serviceId)
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "No service " + serviceId));
        return slots.options(service, date, locale);
    }
}
