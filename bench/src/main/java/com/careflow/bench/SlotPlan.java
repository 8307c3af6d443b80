package com.careflow.bench;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import com.careflow.domain.appointment.ServiceSlots;
import com.careflow.domain.catalog.ServiceItem;

/**
 * Hands out appointment times on the service's slot grid, {@code perSlot} orders per slot, from the day after
 * tomorrow on (so no reminder timer fires during the run). Never more orders in a slot than it has room for.
 */
final class SlotPlan {

    private final ServiceSlots slots;
    private final ServiceItem service;
    private final LocalDate firstDay;
    private final int perSlot;
    private final Map<LocalDate, List<LocalDateTime>> grids = new HashMap<>();
    private int handedOut;

    SlotPlan(ServiceSlots slots, ServiceItem service, LocalDate today, int perSlot) {
        this.slots = slots;
        this.service = service;
        this.firstDay = today.plusDays(2);
        this.perSlot = perSlot;
    }

    synchronized LocalDateTime next() {
        int slotIndex = handedOut++ / perSlot;
        LocalDate day = firstDay;
        List<LocalDateTime> grid = grid(day);
        while (slotIndex >= grid.size()) {
            slotIndex -= grid.size();
            day = day.plusDays(1);
            grid = grid(day);
        }
        return grid.get(slotIndex);
    }

    private List<LocalDateTime> grid(LocalDate day) {
        return grids.computeIfAbsent(day, d -> slots.day(service, d).stream().map(ServiceSlots.Slot::start).toList());
    }
}
