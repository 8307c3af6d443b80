package com.careflow.domain.appointment;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.LocalDateTime;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.mongodb.core.MongoOperations;

import com.careflow.domain.provider.ProviderFixtures;

@DomainMongoTest
class ProviderCalendarTest {

    private static final LocalDate DAY = LocalDate.now(AppointmentTimes.ZONE).plusDays(3);

    @Autowired
    ProviderCalendar calendar;
    @Autowired
    MongoOperations mongo;

    @BeforeEach
    void empty() {
        ProviderFixtures.clear(mongo);
    }

    @Test
    void anAppointmentTakesEveryHalfHourBlockItTouches() {
        assertThat(ProviderCalendar.blocks(DAY.atTime(9, 45), 45))
                .containsExactly(DAY.atTime(9, 30), DAY.atTime(10, 0));
        assertThat(ProviderCalendar.blocks(DAY.atTime(9, 0), 240)).hasSize(8);
    }

    @Test
    void aProviderIsNeverBookedTwiceAtOnce() {
        assertThat(calendar.book("p-1", "ORD-1", DAY.atTime(9, 0), 120)).isTrue();
        assertThat(calendar.book("p-1", "ORD-1", DAY.atTime(9, 0), 120)).as("same order again").isTrue();

        assertThat(calendar.book("p-1", "ORD-2", DAY.atTime(8, 0), 90)).as("overlaps 09:00").isFalse();
        assertThat(calendar.isFree("p-1", DAY.atTime(8, 0), 60)).as("the failed booking left nothing").isTrue();
        assertThat(calendar.book("p-2", "ORD-2", DAY.atTime(9, 0), 120)).as("another provider").isTrue();
        assertThat(calendar.book("p-1", "ORD-3", DAY.atTime(11, 0), 60)).as("right after").isTrue();
        assertThat(calendar.isFree("p-1", DAY.atTime(10, 30), 30)).isFalse();
    }

    @Test
    void releasingFreesTheOrdersTimeOnly() {
        calendar.book("p-1", "ORD-1", DAY.atTime(9, 0), 60);
        calendar.book("p-1", "ORD-2", DAY.atTime(13, 0), 60);

        calendar.release("p-1", "ORD-1");
        calendar.release("p-1", "ORD-1");

        assertThat(calendar.isFree("p-1", DAY.atTime(9, 0), 60)).isTrue();
        assertThat(calendar.isFree("p-1", DAY.atTime(13, 0), 60)).isFalse();
        calendar.releaseOrder("ORD-2");
        assertThat(calendar.isFree("p-1", DAY.atTime(13, 0), 60)).isTrue();
    }

    @Test
    void loadCountsOrdersNotBlocks() {
        LocalDateTime now = DAY.atStartOfDay();
        calendar.book("p-1", "ORD-1", DAY.atTime(9, 0), 240);
        calendar.book("p-1", "ORD-2", DAY.plusDays(1).atTime(9, 0), 30);
        calendar.book("p-1", "ORD-3", DAY.plusDays(9).atTime(9, 0), 30);
        calendar.book("p-2", "ORD-4", DAY.atTime(9, 0), 30);

        assertThat(calendar.load("p-1", now, now.plusDays(7))).isEqualTo(2);
        assertThat(calendar.load("p-3", now, now.plusDays(7))).isZero();
    }
}
