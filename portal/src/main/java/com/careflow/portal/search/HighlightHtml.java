package com.careflow.portal.search;

import java.util.regex.Pattern;

/**
 * The last guard before {@code th:utext}: highlight HTML from the search module is escaped text with
 * {@code <mark>} tags only. Whatever else looks like markup ({@code <}, {@code >}, quotes) is escaped again here, so
 * a bug upstream shows up as visible text, never as a script. Entities the encoder wrote ({@code &lt;}) are left
 * alone: escaping their {@code &} would show them double-escaped.
 */
final class HighlightHtml {

    private static final Pattern MARK = Pattern.compile("(?=</?mark>)|(?<=</?mark>)");

    private HighlightHtml() {
    }

    static String safe(String html) {
        if (html == null) {
            return null;
        }
        StringBuilder safe = new StringBuilder(html.length());
        for (String part : MARK.split(html)) {
            safe.append(part.equals("<mark>") || part.equals("</mark>") ? part : escape(part));
        }
        return safe.toString();
    }

    /** Plain text as HTML, for a title without highlight. */
    static String text(String text) {
        return text == null ? null : escape(text.replace("&", "&amp;"));
    }

    private static String escape(String part) {
        return part.replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;").replace("'", "&#39;");
    }
}
