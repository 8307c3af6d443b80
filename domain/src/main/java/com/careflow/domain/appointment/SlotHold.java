package com.careflow.domain.appointment;

import java.time.LocalDateTime;
import java.util.List;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/** How many orders hold one slot of one service, and which; id {@code serviceId|start}. */
@Document(ServiceSlots.COLLECTION)
record SlotHold(@Id String id, String serviceId, LocalDateTime start, int held, List<String> holders) {
}
