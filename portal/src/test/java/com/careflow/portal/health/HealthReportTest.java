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
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.font.PDFont;
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

/**
 * The monthly PDF, read back with PDFBox: the month's figures in the reader's language (Chinese unless they chose
 * English), in the embedded subset of the report's font, and one chart image per trend.
 */
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
    void theMonthlyReportHoldsTheMonthsFiguresAndItsChartsInChineseByDefault() throws Exception {
        YearMonth last = aMonthOfReadings();

        MockHttpServletResponse response = mvc.perform(get("/health/report").param("month", last.toString())
                .with(TestUsers.user(CUSTOMER, "customer"))).andExpect(status().isOk()).andReturn().getResponse();
        assertThat(response.getContentType()).isEqualTo("application/pdf");
        assertThat(response.getHeader("Content-Disposition")).contains("careflow-health-" + last + ".pdf");
        // the font's subset, not the 10 MB font
        assertThat(response.getContentAsByteArray().length).isLessThan(300_000);

        try (PDDocument pdf = Loader.loadPDF(response.getContentAsByteArray())) {
            String text = new PDFTextStripper().getText(pdf);
            assertThat(text).contains("CareFlow 健康月报 · " + last.getYear() + "年" + last.getMonthValue() + "月",
                    "血压（mmHg）", "读数 5 次", "平均 132/80", "最低 124/80", "最高 140/80", "趋势：上升",
                    "风险等级：高血压 1 级", "请改善生活方式", "心率（bpm）", "心率正常", "仅供参考")
                    .doesNotContain("心率偏快", "Blood pressure", "BP_STAGE_1");
            assertThat(pdf.getDocumentInformation().getTitle()).startsWith("CareFlow 健康月报");
            assertThat(fonts(pdf)).isNotEmpty().allSatisfy(font -> {
                assertThat(font.isEmbedded()).as(font.getName()).isTrue();
                assertThat(font.getName()).matches("[A-Z]{6}\\+NotoSansSC.*");
            });
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
    void anEnglishReaderGetsTheReportInEnglish() throws Exception {
        YearMonth last = aMonthOfReadings();

        byte[] report = mvc.perform(get("/health/report").param("month", last.toString()).param("lang", "en")
                .with(TestUsers.user(CUSTOMER, "customer"))).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsByteArray();

        try (PDDocument pdf = Loader.loadPDF(report)) {
            String text = new PDFTextStripper().getText(pdf);
            String month = last.getMonth().getDisplayName(TextStyle.FULL, Locale.ENGLISH) + " " + last.getYear();
            assertThat(text).contains("CareFlow health report - " + month, "Blood pressure (mmHg)",
                    "Readings: 5", "average 132/80", "lowest 124/80", "highest 140/80", "Direction: Rising",
                    "risk level: Hypertension stage 1", "Heart rate (bpm)", "Normal heart rate")
                    .doesNotContain("Fast heart rate", "血压");
            assertThat(fonts(pdf)).allSatisfy(font -> assertThat(font.isEmbedded()).isTrue());
            assertThat(images(pdf)).hasSize(2);
        }
    }

    @Test
    void aMonthWithoutReadingsSaysSoAndABadMonthIsRefused() throws Exception {
        MockHttpServletResponse response = mvc.perform(get("/health/report").param("month", "2020-02")
                .with(TestUsers.user(CUSTOMER, "customer"))).andReturn().getResponse();
        try (PDDocument pdf = Loader.loadPDF(response.getContentAsByteArray())) {
            assertThat(new PDFTextStripper().getText(pdf)).contains("2020年2月没有读数。");
            assertThat(images(pdf)).isEmpty();
        }
        response = mvc.perform(get("/health/report").param("month", "2020-02").param("lang", "en")
                .with(TestUsers.user(CUSTOMER, "customer"))).andReturn().getResponse();
        try (PDDocument pdf = Loader.loadPDF(response.getContentAsByteArray())) {
            assertThat(new PDFTextStripper().getText(pdf)).contains("No readings in February 2020.");
        }
        assertThat(mvc.perform(get("/health/report").param("month", "2020-13")
                .with(TestUsers.user(CUSTOMER, "customer"))).andReturn().getResponse().getStatus()).isEqualTo(400);
    }

    /** Last month: five rising blood pressures (stage 1 on average) and five normal heart rates; one this month. */
    private YearMonth aMonthOfReadings() throws Exception {
        YearMonth last = YearMonth.now(clock).minusMonths(1);
        for (int day = 1; day <= 5; day++) {
            record(last.atDay(day * 5).atTime(8, 0), "BLOOD_PRESSURE", "systolic", String.valueOf(120 + 4 * day),
                    "diastolic", "80");
            record(last.atDay(day * 5).atTime(9, 0), "HEART_RATE", "heartRate", "70");
        }
        record(LocalDateTime.now(clock).minusMinutes(5), "HEART_RATE", "heartRate", "110"); // this month
        return last;
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

    private static List<PDFont> fonts(PDDocument pdf) throws Exception {
        List<PDFont> fonts = new ArrayList<>();
        for (PDPage page : pdf.getPages()) {
            for (COSName name : page.getResources().getFontNames()) {
                fonts.add(page.getResources().getFont(name));
            }
        }
        return fonts;
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
