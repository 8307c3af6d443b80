package com.careflow.search;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The highlighted fragments of one hit. Elasticsearch's html encoder has escaped them; where a field has no
 * fragment (nothing matched, or no text was searched) the plain text is escaped here, so the portal can always
 * render titleHtml/snippetHtml unescaped.
 */
record Highlights(Map<String, List<String>> fragments) {

    /** About one line of results page. */
    static final int SNIPPET_LENGTH = 120;

    Highlights {
        fragments = fragments == null ? Map.of() : fragments;
    }

    /** The whole field, matches marked. */
    String title(String field, String plain) {
        return first(field).orElseGet(() -> escape(plain));
    }

    /** A fragment around the matches, or the start of the text. */
    String snippet(String field, String plain) {
        return first(field).orElseGet(() -> escape(start(plain)));
    }

    /** Whether the query matched in this field. */
    boolean matched(String field) {
        return first(field).isPresent();
    }

    private Optional<String> first(String field) {
        List<String> found = fragments.get(field);
        return found == null || found.isEmpty() ? Optional.empty() : Optional.of(found.get(0));
    }

    private static String start(String plain) {
        if (plain == null) {
            return "";
        }
        return plain.length() <= SNIPPET_LENGTH ? plain : plain.substring(0, SNIPPET_LENGTH) + "…";
    }

    static String escape(String plain) {
        if (plain == null) {
            return "";
        }
        StringBuilder html = new StringBuilder(plain.length() + 16);
        for (char c : plain.toCharArray()) {
            switch (c) {
                case '&' -> html.append("&amp;");
                case '<' -> html.append("&lt;");
                case '>' -> html.append("&gt;");
                case '"' -> html.append("&quot;");
                case '\'' -> html.append("&#x27;");
                default -> html.append(c);
            }
        }
        return html.toString();
    }
}
