package com.careflow.assign;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import com.careflow.assign.Variables.OrderRef;
import com.careflow.assign.Variables.SlotInput;
import com.careflow.domain.appointment.AppointmentTimes;
import com.careflow.domain.appointment.ProviderCalendar;
import com.careflow.domain.appointment.ServiceSlots;
import com.careflow.worker.BpmnError;
import com.careflow.worker.TaskFailure;


@AssignWorkerTest
class SlotWorkerTest {

    @Autowired
    SlotWorker worker;
    @Autowired
    ServiceSlots slots;
    @Autowired
    ProviderCalendar calendar;
    @Autowired
    Fixtures fixtures;

    private final String nine = AppointmentTimes.iso(Fixtures.NINE);

    @BeforeEach
    void reset() {
        fixtures.reset();
    }

    @Test
    void reservingHoldsTheSlotOnceUntilItIsFull() {
        // 北京 escort: three certified providers, so three places
        for (String order : new String[] {"ORD-1", "ORD-1", "ORD-2", "ORD-3"}) {
            worker.reserveSlot(new SlotInput(order, Fixtures.ESCORT.id(), nine));
        }

        BpmnError full = catchThrowableOfType(BpmnError.class,
                () -> worker.reserveSlot(new SlotInput("ORD-4", Fixtures.ESCORT.id(), nine)));

        assertThat(full.code()).isEqualTo("SLOT_UNAVAILABLE");
        assertThat(full.getMessage()).isEqualTo("The slot " + nine
                + " of service escort-beijing-halfday is fully booked");
        assertThat(slots.day(Fixtures.ESCORT, Fixtures.NINE.toLocalDate()).get(0).held()).isEqualTo(3);
    }

    @Test
    void releasingGivesBackTheSlotAndTheProvidersTime() {
        worker.reserveSlot(new SlotInput("ORD-1", Fixtures.ESCORT.id(), nine));
        calendar.book("bj-1", "ORD-1", Fixtures.NINE, 240);

        worker.releaseSlot(new OrderRef("ORD-1"));
        worker.releaseSlot(new OrderRef("ORD-1"));

        assertThat(slots.isHeld(Fixtures.ESCORT.id(), Fixtures.NINE, "ORD-1")).isFalse();
        assertThat(slots.day(Fixtures.ESCORT, Fixtures.NINE.toLocalDate()).get(0).held()).isZero();
        assertThat(calendar.isFree("bj-1", Fixtures.NINE, 240)).isTrue();
    }

    @Test
    void badVariablesRaiseAnIncidentAtOnce() {
        TaskFailure unknown = catchThrowableOfType(TaskFailure.class,
                () -> worker.reserveSlot(new SlotInput("ORD-1", "no-such-service", nine)));
        TaskFailure offGrid = catchThrowableOfType(TaskFailure.class, () -> worker.reserveSlot(
                new SlotInput("ORD-1", Fixtures.ESCORT.id(), AppointmentTimes.iso(Fixtures.NINE.plusHours(1)))));
        TaskFailure garbled = catchThrowableOfType(TaskFailure.class,
                () -> worker.reserveSlot(new SlotInput("ORD-1", Fixtures.ESCORT.id(), "soon")));

        assertThat(unknown.getMessage())
                .isEqualTo("Cannot reserve the slot of order ORD-1: service no-such-service does not exist");
        assertThat(offGrid.getMessage()).contains("is not the start of a slot of service escort-beijing-halfday");
        assertThat(garbled.getMessage()).isEqualTo("Cannot reserve the slot of order ORD-1: appointment time "
                + "'soon' is not an ISO-8601 date-time like 2026-11-23T09:00:00+08:00");
        assertThat(unknown.retryable()).isFalse();
        assertThat(offGrid.retryable()).isFalse();
        assertThat(garbled.retryable()).isFalse();
    }
}
