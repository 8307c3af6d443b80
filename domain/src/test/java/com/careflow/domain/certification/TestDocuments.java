package com.careflow.domain.certification;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

import javax.imageio.ImageIO;
import java.awt.image.BufferedImage;

/** Tiny but real documents, made in code: a one-page PDF, a 2×2 PNG, a 2×2 JPEG. */
public final class TestDocuments {

    private TestDocuments() {
    }

    /** A minimal valid PDF whose page says {@code text}: a different text gives a different checksum. */
    public static byte[] pdf(String text) {
        String stream = "BT /F1 12 Tf 20 100 Td (" + text + ") Tj ET";
        String body = "%PDF-1.4\n"
                + "1 0 obj << /Type /Catalog /Pages 2 0 R >> endobj\n"
                + "2 0 obj << /Type /Pages /Kids [3 0 R] /Count 1 >> endobj\n"
                + "3 0 obj << /Type /Page /Parent 2 0 R /MediaBox [0 0 200 200] /Contents 4 0 R >> endobj\n"
                + "4 0 obj << /Length " + stream.length() + " >> stream\n" + stream + "\nendstream endobj\n"
                + "trailer << /Root 1 0 R >>\n%%EOF\n";
        return body.getBytes(StandardCharsets.ISO_8859_1);
    }

    public static byte[] png() {
        return image("png");
    }

    public static byte[] jpeg() {
        return image("jpeg");
    }

    private static byte[] image(String format) {
        BufferedImage image = new BufferedImage(2, 2, BufferedImage.TYPE_INT_RGB);
        image.setRGB(0, 0, 0x2a7ab0);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            ImageIO.write(image, format, out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }
}
