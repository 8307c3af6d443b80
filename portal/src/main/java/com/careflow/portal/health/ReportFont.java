package com.careflow.portal.health;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;

/**
 * The monthly report's font: Noto Sans SC Regular (SIL OFL 1.1), a TrueType font with the Chinese and Latin glyphs,
 * copied by frontend/build.mjs from the npm registry's package to careflow/fonts/ on the classpath (not served). It is
 * parsed once, when the portal starts, and a missing file stops the start: a report without it could not show
 * Chinese. Each document embeds the subset of the glyphs it uses (tens of KB, the whole font is 10 MB).
 */
@Component
class ReportFont {

    static final String LOCATION = "careflow/fonts/NotoSansSC-Regular.ttf";

    private final TrueTypeFont font;

    ReportFont() {
        this(LOCATION);
    }

    ReportFont(String location) {
        ClassPathResource resource = new ClassPathResource(location);
        if (!resource.exists()) {
            throw new IllegalStateException("The health report's font " + location + " is not on the classpath: "
                    + "it comes with the careflow-frontend jar (frontend/build.mjs)");
        }
        try (InputStream in = resource.getInputStream()) {
            font = new TTFParser().parse(new RandomAccessReadBuffer(in));
        }
        catch (IOException e) {
            throw new UncheckedIOException("The health report's font " + location + " could not be read", e);
        }
    }

    /**
     * The font for one document, subset when the document is saved. FontBox reads the parsed font lazily and is not
     * thread-safe, so {@link #write} runs one document at a time.
     */
    PDType0Font embedIn(PDDocument pdf) throws IOException {
        return PDType0Font.load(pdf, font, true);
    }

    /** Runs the writing of one document (up to its save, when the subset is made) with the font to itself. */
    synchronized <T> T write(IoWork<T> work) throws IOException {
        return work.run();
    }

    @FunctionalInterface
    interface IoWork<T> {
        T run() throws IOException;
    }
}
