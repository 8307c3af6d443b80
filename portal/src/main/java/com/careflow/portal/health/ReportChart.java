package com.careflow.portal.health;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import com.careflow.domain.health.BandRange;
import com.careflow.domain.health.Reading;
import com.careflow.domain.health.RiskBand;

/**
 * The report's chart, drawn on the server with Java2D (the browser's Chart.js is not there): the risk bands shaded
 * as on the page, the readings as a line over the month (blood pressure: systolic, and diastolic in blue). No text
 * is drawn in the image, so a server without fonts draws it too; the report writes the scale beside it.
 */
final class ReportChart {

    static final int WIDTH = 1000;
    static final int HEIGHT = 300;
    static final Color LINE = new Color(0x0f, 0x76, 0x6e);
    static final Color SECOND_LINE = new Color(0x25, 0x63, 0xeb);
    static final Map<RiskBand.Severity, Color> SHADES = Map.of(
            RiskBand.Severity.NORMAL, new Color(209, 250, 229),
            RiskBand.Severity.WATCH, new Color(254, 243, 199),
            RiskBand.Severity.HIGH, new Color(254, 226, 226),
            RiskBand.Severity.CRISIS, new Color(233, 190, 190));

    /** The value axis of a chart: the readings with some room, widened to show the nearest band edges. */
    record Scale(double low, double high) {
        double y(double value) {
            return HEIGHT - (value - low) / (high - low) * HEIGHT;
        }
    }

    private ReportChart() {
    }

    static Scale scale(List<Reading> readings) {
        double low = Double.MAX_VALUE;
        double high = -Double.MAX_VALUE;
        for (Reading r : readings) {
            double main = ChartValues.main(r).doubleValue();
            low = Math.min(low, r.diastolic() == null ? main : r.diastolic());
            high = Math.max(high, main);
        }
        double pad = Math.max((high - low) * 0.2, 2);
        return new Scale(low - pad, high + pad);
    }

    static BufferedImage draw(List<Reading> readings, List<BandRange> bands, Instant from, Instant to, Scale scale) {
        BufferedImage image = new BufferedImage(WIDTH, HEIGHT, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        try {
            g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            g.setColor(Color.WHITE);
            g.fillRect(0, 0, WIDTH, HEIGHT);
            for (BandRange band : bands) {
                int top = band.to() == null ? 0 : clamp(scale.y(band.to().doubleValue()));
                int bottom = band.from() == null ? HEIGHT : clamp(scale.y(band.from().doubleValue()));
                g.setColor(SHADES.get(band.band().severity()));
                g.fillRect(0, top, WIDTH, Math.max(0, bottom - top));
            }
            g.setColor(Color.LIGHT_GRAY);
            g.drawRect(0, 0, WIDTH - 1, HEIGHT - 1);
            line(g, readings, r -> ChartValues.main(r), LINE, from, to, scale);
            if (!readings.isEmpty() && readings.get(0).diastolic() != null) {
                line(g, readings, r -> BigDecimal.valueOf(r.diastolic()), SECOND_LINE, from, to, scale);
            }
        }
        finally {
            g.dispose();
        }
        return image;
    }

    private static void line(Graphics2D g, List<Reading> readings, Function<Reading, BigDecimal> value,
            Color color, Instant from, Instant to, Scale scale) {
        g.setColor(color);
        g.setStroke(new BasicStroke(3f));
        double span = Math.max(1, to.toEpochMilli() - from.toEpochMilli());
        int lastX = -1;
        int lastY = -1;
        for (Reading r : readings) {
            int x = (int) Math.round((r.takenAt().toEpochMilli() - from.toEpochMilli()) / span * (WIDTH - 20)) + 10;
            int y = clamp(scale.y(value.apply(r).doubleValue()));
            g.fillOval(x - 5, y - 5, 10, 10);
            if (lastX >= 0) {
                g.drawLine(lastX, lastY, x, y);
            }
            lastX = x;
            lastY = y;
        }
    }

    private static int clamp(double y) {
        return (int) Math.round(Math.max(0, Math.min(HEIGHT, y)));
    }
}
