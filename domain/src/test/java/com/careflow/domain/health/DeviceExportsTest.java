package com.careflow.domain.health;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.ZoneId;

import org.junit.jupiter.api.Test;

/** Device exports in CSV and JSON: every row read, or every bad row reported by its line and nothing taken. */
class DeviceExportsTest {

    static final Instant NOW = Instant.parse("2026-12-02T08:00:00Z");
    static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");

    @Test
    void aCsvExportBecomesDeviceReadings() {
        String csv = """
                type,takenAt,systolic,diastolic,pulse,glucose,glucoseTiming,weightKg,heartRate,note
                BLOOD_PRESSURE,2026-12-01T07:30:00Z,128,82,70,,,,,"morning, after walk"
                blood_glucose,2026-12-01 08:00,,,,5.6,fasting,,,
                WEIGHT,2026-11-30T07:00:00+08:00,,,,,,68.5,,
                """;
        DeviceExports.Parsed parsed = DeviceExports.parse("export.csv", csv, "c1", NOW, CHINA);

        assertThat(parsed.problems()).isEmpty();
        assertThat(parsed.readings()).hasSize(3).allSatisfy(r -> {
            assertThat(r.customerId()).isEqualTo("c1");
            assertThat(r.source()).isEqualTo(ReadingSource.DEVICE);
        });
        assertThat(parsed.readings().get(0).note()).isEqualTo("morning, after walk");
        assertThat(parsed.readings().get(1).takenAt()).isEqualTo(Instant.parse("2026-12-01T00:00:00Z"));
        assertThat(parsed.readings().get(1).glucoseTiming()).isEqualTo(GlucoseTiming.FASTING);
        assertThat(parsed.readings().get(2).weightKg()).isEqualByComparingTo("68.5");
    }

    @Test
    void badCsvRowsAreReportedByLineAndNothingIsTaken() {
        String csv = """
                type,takenAt,systolic,diastolic
                BLOOD_PRESSURE,2026-12-01T07:30:00Z,128,82
                BLOOD_PRESSURE,2026-12-01T08:30:00Z,80,90
                BLOOD_PRESSURE,2026-12-01T09:30:00Z,1x0,70
                BLOOD_PRESSURE,2027-01-01T09:30:00Z,120,70
                """;
        DeviceExports.Parsed parsed = DeviceExports.parse("export.csv", csv, "c1", NOW, CHINA);

        assertThat(parsed.readings()).isEmpty();
        assertThat(parsed.problems()).containsExactly(new ImportProblem(3, "systolic", "notAboveDiastolic"),
                new ImportProblem(4, "systolic", "number"), new ImportProblem(5, "takenAt", "future"));
    }

    @Test
    void aJsonExportIsReadAndItsBadObjectReportedAtTheLineItStarts() {
        String good = """
                [
                  {"type": "HEART_RATE", "takenAt": "2026-12-01T07:30:00Z", "heartRate": 64},
                  {"type": "BLOOD_GLUCOSE", "takenAt": "2026-12-01T09:00:00Z", "glucose": 8.2,
                   "glucoseTiming": "AFTER_MEAL", "source": "HOSPITAL"}
                ]
                """;
        DeviceExports.Parsed parsed = DeviceExports.parse("export.json", good, "c1", NOW, CHINA);
        assertThat(parsed.problems()).isEmpty();
        assertThat(parsed.readings()).extracting(Reading::type)
                .containsExactly(ReadingType.HEART_RATE, ReadingType.BLOOD_GLUCOSE);
        assertThat(parsed.readings().get(1).source()).isEqualTo(ReadingSource.HOSPITAL);

        String bad = good.replace("\"heartRate\": 64", "\"heartRate\": 640").replace("BLOOD_GLUCOSE", "SUGAR");
        assertThat(DeviceExports.parse("export.json", bad, "c1", NOW, CHINA).problems())
                .containsExactly(new ImportProblem(2, "heartRate", "range"), new ImportProblem(3, "type", "unknown"));
    }

    @Test
    void filesThatAreNoExportSaySo() {
        assertThat(DeviceExports.parse("x.csv", "", "c1", NOW, CHINA).problems())
                .containsExactly(new ImportProblem(1, "file", "empty"));
        assertThat(DeviceExports.parse("x.csv", "a,b\n1,2\n", "c1", NOW, CHINA).problems())
                .containsExactly(new ImportProblem(1, "file", "header"));
        assertThat(DeviceExports.parse("x.json", "[\n{\"type\": \n", "c1", NOW, CHINA).problems())
                .extracting(ImportProblem::field).containsExactly("file");
    }
}
