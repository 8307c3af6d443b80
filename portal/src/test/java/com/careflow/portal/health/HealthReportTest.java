package com.careflow.portal.health;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.awt.image.BufferedImage;
import java.time.Clock;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;

import com.careflow.domain.health.ReadingDays;
import com.careflow.portal.PortalWebMvcTest;
import com.careflow.portal.TestUsers;

/** The monthly PDF, read back with PDFBox: the month's figures in its text, and one chart image per trend. */
@PortalWebMvcTest
class HealthReportTest {

    static final String CUSTOMER = "health-customer-3";

    @Autowired
    MockMvc mvc;
    @Autowired
    ReadingDays days;
    @Autowired
    Clock clock;

    @BeforeEach
    void empty() {
        days.deleteAll();
    }

    @Test
    void theMonthlyReportHoldsTheMonthsFiguresAndItsCharts() throws Exception {
        YearMonth last = YearMonth.now(clock).minusMonths(1);
        for (int day = 1; day <= 5; day++) {
            record(last.atDay(day * 5).atTime(8, 0), "BLOOD_PRESSURE", "systolic", String.valueOf(120 + 4 * day),
                    "diastolic", "80");
            record(last.atDay(day * 5).atTime(9, 0), "HEART_RATE", "heartRate", "70");
        }
        record(LocalDateTime.now(clock).minusMinutes(5), "HEART_RATE", "heartRate", "110"); // this month

        MockHttpServletResponse response = mvc.perform(get("/health/report").param("month", last.toString())
                .with(TestUsers.user(CUSTOMER, "customer"))).andExpect(status().isOk()).andReturn().getResponse();
        assertThat(response.getContentType()).isEqualTo("application/pdf");
        assertThat(response.getHeader("Content-Disposition")).contains("careflow-health-" + last + ".pdf");

        try (PDDocument pdf = Loader.loadPDF(response.getContentAsByteArray())) {
            String text = new PDFTextStripper().getText(pdf);
            assertThat(text).contains("CareFlow health report - " + last, "Blood pressure (mmHg)",
                    "Readings: 5", "average 132/80", "lowest 124/80", "highest 140/80", "Direction: RISING",
                    "BP_STAGE_1", "Heart rate (bpm)", "HR_NORMAL").doesNotContain("HR_HIGH");
            List<BufferedImage> charts = images(pdf);
            assertThat(charts).hasSize(2).allSatisfy(chart -> {
                assertThat(chart.getWidth()).isEqualTo(ReportChart.WIDTH);
                // the line is drawn over the shaded bands
                assertThat(hasColour(chart, ReportChart.LINE.getRGB())).isTrue();
                assertThat(hasColour(chart, ReportChart.SHADES.get(
                        com.careflow.domain.health.RiskBand.Severity.NORMAL).getRGB())).isTrue();
            });
        }
    }

    @Test
    void aMonthWithoutReadingsSaysSoAndABadMonthIsRefused() throws Exception {
        MockHttpServletResponse response = mvc.perform(get("/health/report").param("month", "2020-02")
                .with(TestUsers.user(CUSTOMER, "customer"))).andReturn().getResponse();
        try (PDDocument pdf = Loader.loadPDF(response.getContentAsByteArray())) {
            assertThat(new PDFTextStripper().getText(pdf)).contains("No readings in 2020-02.");
            assertThat(images(pdf)).isEmpty();
        }
        assertThat(mvc.perform(get("/health/report").param("month", "2020-13")
                .with(TestUsers.user(CUSTOMER, "customer"))).andReturn().getResponse().getStatus()).isEqualTo(400);
    }

    private void record(LocalDateTime at, String type, String... fieldsAndValues) throws Exception {
        var request = post("/health/readings").with(csrf()).with(TestUsers.user(CUSTOMER, "customer"))
                .param("type", type).param("takenAt", at.toString());
        for (int i = 0; i < fieldsAndValues.length; i += 2) {
            request.param(fieldsAndValues[i], fieldsAndValues[i + 1]);
        }
        mvc.perform(request).andExpect(status().is3xxRedirection());
    }

    private static List<BufferedImage> images(PDDocument pdf) throws Exception {
        List<BufferedImage> images = new ArrayList<>();
        for (PDPage page : pdf.getPages()) {
            for (COSName name : page.getResources().getXObjectNames()) {
                if (page.getResources().getXObject(name) instanceof PDImageXObject image) {
                    images.add(image.getImage());
                }
            }
        }
        return images;
    }

    private static boolean hasColour(BufferedImage image, int rgb) {
        for (int x = 0; x < image.getWidth(); x += 2) {
            for (int y = 0; y < image.getHeight(); y += 2) {
                if ((image.getRGB(x, y) & 0xffffff) == (rgb & 0xffffff)) {
                    return true;
                }
            }
        }
        return false;
    }
}
