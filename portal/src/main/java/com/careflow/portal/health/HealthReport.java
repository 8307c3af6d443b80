package com.careflow.portal.health;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.YearMonth;
import java.util.List;
import java.util.Locale;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.apache.pdfbox.pdmodel.graphics.image.LosslessFactory;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.springframework.stereotype.Component;

import com.careflow.domain.health.BandRange;
import com.careflow.domain.health.HealthProfile;
import com.careflow.domain.health.HealthRecords;
import com.careflow.domain.health.Reading;
import com.careflow.domain.health.RiskBands;
import com.careflow.domain.health.Trend;
import com.careflow.domain.health.Trends;

/**
 * A customer's monthly report as a PDF (Apache PDFBox): the month's figures per type with direction and risk level,
 * and each type's chart with the risk bands shaded, drawn on the server ({@link ReportChart}). The text is English in
 * PDFBox's built-in Helvetica, which has no Chinese glyphs; free text of the profile (allergies …) is therefore left
 * out rather than garbled.
 */
@Component
class HealthReport {

    private static final float MARGIN = 50;
    private static final float CHART_WIDTH = 495;
    private static final float CHART_HEIGHT = CHART_WIDTH * ReportChart.HEIGHT / ReportChart.WIDTH;

    private final HealthRecords records;
    private final Trends trends;
    private final Clock clock;

    HealthReport(HealthRecords records, Trends trends, Clock clock) {
        this.records = records;
        this.trends = trends;
        this.clock = clock;
    }

    byte[] monthly(String customerId, YearMonth month) {
        Instant from = month.atDay(1).atStartOfDay(clock.getZone()).toInstant();
        Instant to = month.plusMonths(1).atDay(1).atStartOfDay(clock.getZone()).toInstant().minusMillis(1);
        HealthProfile profile = records.profileOf(customerId);
        try (PDDocument pdf = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            pdf.getDocumentInformation().setTitle("CareFlow health report " + month);
            Writer writer = new Writer(pdf);
            writer.line(Writer.BOLD, 18, "CareFlow health report - " + month);
            writer.line(Writer.REGULAR, 9, "For information only, not a diagnosis.");
            writer.line(Writer.REGULAR, 9, "Risk bands: 2017 ACC/AHA (blood pressure, shaded by the systolic value), "
                    + "Chinese diabetes guideline 2020 (glucose), WS/T 428-2013 (BMI).");
            if (profile.bmi() != null) {
                writer.line(Writer.REGULAR, 11, "Height " + profile.heightCm() + " cm, weight " + profile.weightKg()
                        + " kg, BMI " + profile.bmi() + " (" + profile.bmiBand() + ")");
            }
            List<Trend> monthTrends = trends.between(customerId, from, to);
            if (monthTrends.isEmpty()) {
                writer.line(Writer.REGULAR, 12, "No readings in " + month + ".");
            }
            for (Trend trend : monthTrends) {
                List<Reading> points = records.readingsBetween(customerId, trend.type(), from, to).stream()
                        .filter(r -> trend.timing() == null || trend.timing() == r.glucoseTiming()).toList();
                writer.trend(trend, points, RiskBands.ranges(trend.type(), trend.timing(), profile.heightCm()),
                        from, to);
            }
            writer.close();
            pdf.save(out);
            return out.toByteArray();
        }
        catch (IOException e) {
            throw new UncheckedIOException("The health report of " + month + " could not be written", e);
        }
    }

    /** Writes top to bottom, starting a new page when the next block does not fit. */
    private static final class Writer {
        static final PDType1Font REGULAR = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
        static final PDType1Font BOLD = new PDType1Font(Standard14Fonts.FontName.HELVETICA_BOLD);

        private final PDDocument pdf;
        private PDPageContentStream page;
        private float y;

        Writer(PDDocument pdf) throws IOException {
            this.pdf = pdf;
            newPage();
        }

        void newPage() throws IOException {
            close();
            PDPage next = new PDPage(PDRectangle.A4);
            pdf.addPage(next);
            page = new PDPageContentStream(pdf, next);
            y = PDRectangle.A4.getHeight() - MARGIN;
        }

        void line(PDType1Font font, float size, String text) throws IOException {
            y -= size * 1.5f;
            page.beginText();
            page.setFont(font, size);
            page.newLineAtOffset(MARGIN, y);
            page.showText(text);
            page.endText();
        }

        void trend(Trend t, List<Reading> points, List<BandRange> bands, Instant from,
                Instant to) throws IOException {
            if (y - CHART_HEIGHT - 90 < MARGIN) {
                newPage();
            }
            y -= 10;
            String timing = t.timing() == null ? "" : " (" + t.timing().name().toLowerCase(Locale.ROOT) + ")";
            String title = label(t) + timing;
            line(BOLD, 13, title);
            line(REGULAR, 10, "Readings: " + t.count() + "   average " + pair(t.average(), t.secondaryAverage())
                    + "   lowest " + pair(t.min(), t.secondaryMin()) + "   highest " + pair(t.max(), t.secondaryMax()));
            line(REGULAR, 10, "Direction: " + t.direction() + (t.change() == null ? ""
                    : " (fitted change " + t.change() + " over the month)") + "   risk level: "
                    + (t.band() == null ? "-" : t.band()));
            ReportChart.Scale scale = ReportChart.scale(points);
            PDImageXObject chart = LosslessFactory.createFromImage(pdf,
                    ReportChart.draw(points, bands, from, to, scale));
            y -= CHART_HEIGHT + 6;
            page.drawImage(chart, MARGIN, y, CHART_WIDTH, CHART_HEIGHT);
            line(REGULAR, 8, String.format("Scale %.1f to %.1f; shaded: green normal, amber watch, red high.",
                    scale.low(), scale.high()));
        }

        void close() throws IOException {
            if (page != null) {
                page.close();
            }
        }

        private static String pair(BigDecimal main, BigDecimal second) {
            return second == null ? main.toPlainString() : main + "/" + second;
        }

        private static String label(Trend t) {
            return switch (t.type()) {
                case BLOOD_PRESSURE -> "Blood pressure (mmHg)";
                case BLOOD_GLUCOSE -> "Blood glucose (mmol/L)";
                case WEIGHT -> "Weight (kg)";
                case HEART_RATE -> "Heart rate (bpm)";
            };
        }
    }
}
