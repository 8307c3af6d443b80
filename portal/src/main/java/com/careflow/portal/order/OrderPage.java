package com.careflow.portal.order;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;

import com.careflow.domain.catalog.ServiceItems;
import com.careflow.domain.order.OrderStatus;
import com.careflow.domain.order.ServiceOrder;
import com.careflow.portal.operations.ProcessSteps;
import com.careflow.portal.security.Roles;

/**
 * The order page's model: the order as its customer reads it (the engine's steps only for staff), and which of the actions (pay, cancel, reschedule,
 * complain) it offers right now. Shared by the controllers whose forms re-show the page with field errors.
 */
@Component
class OrderPage {

    static final String VIEW = "order/detail";
    static final String RESCHEDULE_FORM = "rescheduleForm";
    static final String COMPLAINT_FORM = "complaintForm";

    private final OrderViews views;
    private final AppointmentSlots slots;
    private final ServiceItems services;
    private final ProcessSteps steps;
    private final Clock clock;

    OrderPage(OrderViews views, AppointmentSlots slots, ServiceItems services, ProcessSteps steps, Clock clock) {
        this.views = views;
        this.slots = slots;
        this.services = services;
        this.steps = steps;
        this.clock = clock;
    }

    String show(ServiceOrder order, Locale locale, Model model) {
        model.addAttribute("order", order);
        model.addAttribute("statusLabel", views.statusLabel(order.getStatus(), locale));
        model.addAttribute("cancelReason", views.cancelReason(order, locale));
        model.addAttribute("timeline", views.timeline(order, locale));
        if (seesEngineSteps()) {
            model.addAttribute("processSteps", order.getProcessInstanceId() == null ? List.of()
                    : steps.of(order.getProcessInstanceId(), locale));
        }
        model.addAttribute("payable", order.getStatus() == OrderStatus.PENDING);
        model.addAttribute("payment", PaymentView.of(order, clock));
        model.addAttribute("cancellable", CustomerActions.mayCancel(order));
        // a rejected reschedule shows its form with the errors, also when the reason is that it is too late now
        boolean reschedulable = CustomerActions.mayReschedule(order, clock) || hasErrors(model, RESCHEDULE_FORM);
        model.addAttribute("reschedulable", reschedulable);
        model.addAttribute("complaintAllowed", order.canFileComplaint(clock));
        // every action that answers with this page (a reschedule, a complaint) renders the payment form too
        if (!model.containsAttribute(OrderController.PAYMENT_FORM)) {
            model.addAttribute(OrderController.PAYMENT_FORM, new PaymentForm());
        }
        if (!model.containsAttribute(COMPLAINT_FORM)) {
            model.addAttribute(COMPLAINT_FORM, new ComplaintForm());
        }
        if (reschedulable) {
            RescheduleForm form = (RescheduleForm) model.getAttribute(RESCHEDULE_FORM);
            if (form == null) {
                form = new RescheduleForm();
                form.setDate(order.getAppointmentStart().toLocalDate());
                model.addAttribute(RESCHEDULE_FORM, form);
            }
            LocalDate day = form.getDate() != null ? form.getDate() : order.getAppointmentStart().toLocalDate();
            model.addAttribute("rescheduleSlots", services.findById(order.getServiceId())
                    .map(service -> slots.options(service, day, locale)).orElse(List.of()));
            model.addAttribute("earliest", slots.today());
            model.addAttribute("latest", slots.lastBookableDay());
            model.addAttribute("horizonDays", AppointmentSlots.BOOKING_HORIZON_DAYS);
        }
        return VIEW;
    }

    /**
     * The engine's steps are for staff who work with the process (admin, analyst); a customer reads the business
     * timeline, and the steps are not even read from the engine for them.
     */
    private static boolean seesEngineSteps() {
        return Roles.holdsAnyOf(SecurityContextHolder.getContext().getAuthentication(), Roles.ADMIN, Roles.ANALYST);
    }

    private static boolean hasErrors(Model model, String form) {
        return model.getAttribute(BindingResult.MODEL_KEY_PREFIX + form) instanceof BindingResult result
                && result.hasErrors();
    }
}
