package com.careflow.portal.health;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.graphics.image.LosslessFactory;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.apache.pdfbox.pdmodel.graphics.state.RenderingMode;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

import com.careflow.domain.health.BandRange;
import com.careflow.domain.health.HealthProfile;
import com.careflow.domain.health.HealthRecords;
import com.careflow.domain.health.Reading;
import com.careflow.domain.health.RiskBands;
import com.careflow.domain.health.Trend;
import com.careflow.domain.health.Trends;

/**
 * A customer's monthly report as a PDF (Apache PDFBox) in the reader's language: the month's figures per type with
 * direction, risk level and advice, and each type's chart with the risk bands shaded, drawn on the server
 * ({@link ReportChart}). The words are the pages' own messages (health.*), in {@link ReportFont}, embedded as a
 * subset. The profile's free text (allergies …) stays out: the report is about the month's figures.
 */
@Component
class HealthReport {

    private static final float MARGIN = 50;
    private static final float CHART_WIDTH = 495;
    private static final float CHART_HEIGHT = CHART_WIDTH * ReportChart.HEIGHT / ReportChart.WIDTH;

    private final HealthRecords records;
    private final Trends trends;
    private final MessageSource messages;
    private final ReportFont font;
    private final Clock clock;

    HealthReport(HealthRecords records, Trends trends, MessageSource messages, ReportFont font, Clock clock) {
        this.records = records;
        this.trends = trends;
        this.messages = messages;
        this.font = font;
        this.clock = clock;
    }

    byte[] monthly(String customerId, YearMonth month, Locale locale) {
        Instant from = month.atDay(1).atStartOfDay(clock.getZone()).toInstant();
        Instant to = month.plusMonths(1).atDay(1).atStartOfDay(clock.getZone()).toInstant().minusMillis(1);
        HealthProfile profile = records.profileOf(customerId);
        List<Trend> monthTrends = trends.between(customerId, from, to);
        Words words = new Words(messages, locale);
        String monthName = month.format(DateTimeFormatter.ofPattern(words.get("health.report.month"), locale));
        try {
            return font.write(() -> {
                try (PDDocument pdf = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
                    String title = words.get("health.report.title", monthName);
                    pdf.getDocumentInformation().setTitle(title);
                    Writer writer = new Writer(pdf, font.embedIn(pdf));
                    writer.heading(18, title);
                    writer.line(9, words.get("health.notADiagnosis"));
                    writer.line(9, words.get("health.report.sources"));
                    if (profile.bmi() != null) {
                        writer.line(11, words.get("health.report.profile", profile.heightCm(), profile.weightKg(),
                                profile.bmi(), words.get("health.risk." + profile.bmiBand())));
                    }
                    if (monthTrends.isEmpty()) {
                        writer.line(12, words.get("health.report.empty", monthName));
                    }
                    for (Trend trend : monthTrends) {
                        List<Reading> points = records.readingsBetween(customerId, trend.type(), from, to).stream()
                                .filter(r -> trend.timing() == null || trend.timing() == r.glucoseTiming()).toList();
                        writer.trend(words, trend, points,
                                RiskBands.ranges(trend.type(), trend.timing(), profile.heightCm()), from, to);
                    }
                    writer.close();
                    pdf.save(out);
                    return out.toByteArray();
                }
            });
        }
        catch (IOException e) {
            throw new UncheckedIOException("The health report of " + month + " could not be written", e);
        }
    }

    /** The report's messages in one language. */
    private record Words(MessageSource messages, Locale locale) {
        String get(String key, Object... args) {
            return messages.getMessage(key, args, locale);
        }
    }

    /** Writes top to bottom, wrapping long lines and starting a new page when the next block does not fit. */
    private static final class Writer {
        private final PDDocument pdf;
        private final PDFont font;
        private PDPageContentStream page;
        private float y;

        Writer(PDDocument pdf, PDFont font) throws IOException {
            this.pdf = pdf;
            this.font = font;
            newPage();
        }

        void newPage() throws IOException {
            close();
            PDPage next = new PDPage(PDRectangle.A4);
            pdf.addPage(next);
            page = new PDPageContentStream(pdf, next);
            y = PDRectangle.A4.getHeight() - MARGIN;
        }

        void line(float size, String text) throws IOException {
            write(size, text, false);
        }

        /** One weight of the font only (each is 10 MB): headings are drawn heavier by stroking the glyphs too. */
        void heading(float size, String text) throws IOException {
            write(size, text, true);
        }

        private void write(float size, String text, boolean heavy) throws IOException {
            for (String part : wrap(text, size)) {
                if (y - size * 1.5f < MARGIN) {
                    newPage();
                }
                y -= size * 1.5f;
                page.beginText();
                page.setFont(font, size);
                // the text rendering mode stays in the graphics state: set it for every line
                page.setRenderingMode(heavy ? RenderingMode.FILL_STROKE : RenderingMode.FILL);
                if (heavy) {
                    page.setLineWidth(size / 30);
                }
                page.newLineAtOffset(MARGIN, y);
                page.showText(part);
                page.endText();
            }
        }

        /** Breaks at the last space that fits (English), else before the character that does not fit (Chinese). */
        private List<String> wrap(String text, float size) throws IOException {
            List<String> lines = new ArrayList<>();
            String rest = text;
            while (width(rest, size) > CHART_WIDTH) {
                int end = 1;
                while (end < rest.length() && width(rest.substring(0, end + 1), size) <= CHART_WIDTH) {
                    end++;
                }
                int space = rest.lastIndexOf(' ', end);
                int cut = space > 0 ? space : end;
                lines.add(rest.substring(0, cut).stripTrailing());
                rest = rest.substring(cut).stripLeading();
            }
            lines.add(rest);
            return lines;
        }

        private float width(String text, float size) throws IOException {
            return font.getStringWidth(text) / 1000 * size;
        }

        void trend(Words words, Trend t, List<Reading> points, List<BandRange> bands, Instant from, Instant to)
                throws IOException {
            if (y - CHART_HEIGHT - 110 < MARGIN) {
                newPage();
            }
            y -= 10;
            String unit = TrendView.unitOf(t.type());
            String type = words.get("health.type." + t.type())
                    + (t.timing() == null ? "" : " · " + words.get("health.timing." + t.timing()));
            heading(13, words.get("health.report.trend", type, unit));
            line(10, words.get("health.report.figures", t.count(), pair(t.average(), t.secondaryAverage()),
                    pair(t.min(), t.secondaryMin()), pair(t.max(), t.secondaryMax())));
            line(10, words.get("health.report.direction", words.get("health.direction." + t.direction())
                    + (t.change() == null ? "" : " " + words.get("health.direction.change", t.change(), unit)),
                    t.band() == null ? "—" : words.get("health.risk." + t.band())));
            if (t.band() != null) {
                line(10, words.get("health.advice." + t.band()));
            }
            ReportChart.Scale scale = ReportChart.scale(points);
            PDImageXObject chart = LosslessFactory.createFromImage(pdf,
                    ReportChart.draw(points, bands, from, to, scale));
            if (y - CHART_HEIGHT - 20 < MARGIN) {
                newPage();
            }
            y -= CHART_HEIGHT + 6;
            page.drawImage(chart, MARGIN, y, CHART_WIDTH, CHART_HEIGHT);
            line(8, words.get("health.report.scale", String.format(Locale.ROOT, "%.1f", scale.low()),
                    String.format(Locale.ROOT, "%.1f", scale.high()), unit));
        }

        void close() throws IOException {
            if (page != null) {
                page.close();
            }
        }

        private static String pair(BigDecimal main, BigDecimal second) {
            return second == null ? main.toPlainString() : main.toPlainString() + "/" + second.toPlainString();
        }
    }
}
