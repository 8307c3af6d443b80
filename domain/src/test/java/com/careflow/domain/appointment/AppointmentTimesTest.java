package com.careflow.domain.appointment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.time.LocalDateTime;

import org.junit.jupiter.api.Test;

class AppointmentTimesTest {

    @Test
    void variablesCarryThePlatformOffsetWithSeconds() {
        assertThat(AppointmentTimes.iso(LocalDateTime.of(2026, 11, 23, 9, 0))).isEqualTo("2026-11-23T09:00:00+08:00");
    }

    @Test
    void parsesOwnFormatOtherOffsetsAndLocalTimes() {
        LocalDateTime nine = LocalDateTime.of(2026, 11, 23, 9, 0);

        assertThat(AppointmentTimes.parse("2026-11-23T09:00:00+08:00")).isEqualTo(nine);
        assertThat(AppointmentTimes.parse("2026-11-23T01:00:00Z")).isEqualTo(nine);
        assertThat(AppointmentTimes.parse("2026-11-23T09:00")).isEqualTo(nine);
        assertThat(AppointmentTimes.parse(AppointmentTimes.iso(nine.plusMinutes(45)))).isEqualTo(nine.plusMinutes(45));
    }

    @Test
    void badValuesAreNamed() {
        assertThatIllegalArgumentException().isThrownBy(() -> AppointmentTimes.parse("tomorrow at nine"))
                .withMessage("appointment time 'tomorrow at nine' is not an ISO-8601 date-time like "
                        + "2026-11-23T09:00:00+08:00");
        assertThatIllegalArgumentException().isThrownBy(() -> AppointmentTimes.parse(" "))
                .withMessage("appointment time is missing");
    }
}
